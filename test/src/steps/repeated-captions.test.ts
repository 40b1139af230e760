import { describe, expect, it } from 'vitest';
import { RULE_FIXTURES, pageWith, runArticle as run } from '../rules/fixtures';

describe('a caption repeated as text', () => {
  it('shows a repeated caption once', () => {
    const chrome = RULE_FIXTURES.find((f) => f.kind === 'chrome')!;
    const a = run(pageWith(chrome.positive.find((f) => f.name.includes('caption'))!.html));
    // Once in the article (the figure's own caption); the text leaves captions out (render/text.ts).
    expect(a.html.split('>The bridge in March. Photo: Jane Roe.<').length - 1).toBe(1);
    expect(a.text).not.toContain('The bridge in March.');
    expect(a.removed.some((r) => r.kind === 'chrome' && r.reason === 'caption repeated as text')).toBe(true);
  });
});
