import { describe, expect, it } from 'vitest';
import { pageWith, runArticle as run } from '../rules/fixtures';

describe('article selectors', () => {
  it("remove an author box after Readability has read the byline in it", () => {
    const box = '<section class="author-box"><h4 class="author-box-title">Jane Roe</h4><p>Jane Roe writes about transport and has covered the council, its budgets and its bridges for the Riverside Post since 2009.</p></section>';
    const html = pageWith(box);
    const a = run(html);
    expect(a.byline).toBe('Jane Roe');
    expect(a.text).not.toContain('writes about transport');
    expect(a.removed.some((r) => r.kind === 'chrome' && r.reason.includes('author-box')), JSON.stringify(a.removed)).toBe(true);
  });
});
