import { describe, expect, it } from 'vitest';
import { PARAGRAPHS, fold, runArticle as run } from '../rules/fixtures';

/** steps/article-head.ts: the title and byline printed again at the top of the text go, once. */

const page = (head: string, tail = ''): string => `<!DOCTYPE html><html lang="en"><head><title>Bridge delayed again | Riverside Post</title>
<meta property="og:title" content="Bridge delayed again"><meta name="author" content="Jane Roe"></head><body>
<main><article><div class="story">${head}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${tail}</div></article></main></body></html>`;

describe('the head of the article, repeated', () => {
  it('the title as the first heading of the text goes, and a lone "by" line', () => {
    // (an h2 that repeats the title Readability drops itself; an h3 it keeps)
    const a = run(page('<h3>Bridge delayed again</h3><p>by</p>'));
    expect(a.title).toBe('Bridge delayed again');
    expect(a.text.slice(0, 60)).toBe(PARAGRAPHS[0].slice(0, 60));
    expect(a.removed.some((r) => r.reason.startsWith('the title, repeated'))).toBe(true);
  });

  it('the same words as a heading further down stay', () => {
    const a = run(page('', '<h3>Bridge delayed again</h3><p>The council will meet again in May to decide whether the contractor keeps the job or the work goes out to tender again.</p>'));
    expect(fold(a.text)).toContain('Bridge delayed again The council will meet again');
  });

  it('another first heading stays', () => {
    const a = run(page('<h2>Why the cost doubled</h2>'));
    expect(a.text.startsWith('Why the cost doubled')).toBe(true);
  });
});
