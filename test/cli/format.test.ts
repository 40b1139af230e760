import { describe, expect, it } from 'vitest';
import { extensionOf, parseFormat } from '../../cli/format';

describe('CLI formats', () => {
  it('--out files take the registry extension (json its own)', () => {
    expect(['txt', 'md', 'html', 'json'].map((f) => extensionOf(parseFormat(f)!))).toEqual(['txt', 'md', 'html', 'json']);
    expect(parseFormat('yaml')).toBeNull();
  });
});
