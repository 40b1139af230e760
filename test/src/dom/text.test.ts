import { describe, expect, it } from 'vitest';
import { countWords, hasWords } from '../../../src/dom/text';

describe('hasWords agrees with countWords', () => {
  it.each([
    ['', 1],
    ['one', 1],
    ['one two', 3],
    ["it's the council’s bridge, 2025", 4],
    ["it's the council’s bridge, 2025", 5],
    ['— … — !!', 1],
  ])('%j has at least %i words: as countWords says', (s, n) => {
    expect(hasWords(s, n)).toBe(countWords(s) >= n);
  });
  it('is called again and again without carrying state over', () => {
    expect(hasWords('a b c', 3)).toBe(true);
    expect(hasWords('a b c', 3)).toBe(true);
    expect(hasWords('a b', 3)).toBe(false);
  });
});
