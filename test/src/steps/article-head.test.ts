import { describe, expect, it } from 'vitest';
import { PARAGRAPHS, fold, runArticle as run } from '../rules/fixtures';

/** steps/article-head.ts: the title and byline printed again at the top of the text go, once. */

const page = (head: string, tail = ''): string => `<!DOCTYPE html><html lang="en"><head><title>Bridge delayed again | Riverside Post</title>
<meta property="og:title" content="Bridge delayed again"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-03-12T08:00:00Z"></head><body>
<main><article><div class="story">${head}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${tail}</div></article></main></body></html>`;

describe('the head of the article, repeated', () => {
  it('the title as the first heading of the text goes, and a lone "by" line', () => {
    // (an h2 that repeats the title Readability drops itself; an h3 it keeps)
    const a = run(page('<h3>Bridge delayed again</h3><p>by</p>'));
    expect(a.title).toBe('Bridge delayed again');
    expect(a.text.slice(0, 60)).toBe(PARAGRAPHS[0].slice(0, 60));
    expect(a.removed.some((r) => r.reason.startsWith('the title, repeated'))).toBe(true);
  });

  it('also inside a page builder\'s wrappers (each holding only the heading) and after empty widgets', () => {
    const a = run(page('<div class="w1"><ul><li><a href="/2024/03/12/"><span></span></a></li></ul></div><div class="e4"><div class="c2"><h3>Bridge delayed again</h3></div></div>'));
    expect(a.text.slice(0, 60)).toBe(PARAGRAPHS[0].slice(0, 60));
    expect(a.removed.some((r) => r.reason.startsWith('the title, repeated'))).toBe(true);
  });

  it("inside the story's own header block (kicker, headline, standfirst, byline): the block is no prose, its lines are judged", () => {
    const header = '<header class="h1x"><p>The Big Fix</p><h3>Bridge delayed again</h3><p>The council voted for more money, and the contractor asked for another season on the deck of the new bridge, which residents had hoped to cross by the spring.</p></header>';
    const a = run(page(header));
    expect(a.removed.some((r) => r.reason.startsWith('the title, repeated'))).toBe(true);
    expect(fold(a.text)).not.toContain('Bridge delayed again The council');
  });

  it('the byline with the date beside it on one line goes; another name with a date stays', () => {
    const a = run(page('<p><span>By <a href="/staff/jane-roe">Jane Roe</a></span> <span>March 12, 2024</span></p>'));
    expect(a.text.slice(0, 60)).toBe(PARAGRAPHS[0].slice(0, 60));
    expect(a.removed.some((r) => r.reason.startsWith('the byline, shown with the title'))).toBe(true);
    const b = run(page('<p>By John Doe March 12, 2024</p>'));
    expect(fold(b.text)).toContain('By John Doe March 12, 2024');
  });

  it('the same words as a heading further down stay', () => {
    const a = run(page('', '<h3>Bridge delayed again</h3><p>The council will meet again in May to decide whether the contractor keeps the job or the work goes out to tender again.</p>'));
    expect(fold(a.text)).toContain('Bridge delayed again The council will meet again');
  });

  it('an h1 Readability kept stays: it is the title line itself, not a repeat', () => {
    // (Readability drops an h1 like its own title, from <title>; this page's <title> is another,
    // and the h1, sharing a word with it, is the title we show)
    const html = page('<h1>Bridge delayed again</h1>').replace(/Bridge delayed again \| Riverside Post|content="Bridge delayed again"/g, (m) => m.startsWith('content') ? 'content="Bridge works cost the town a fortune"' : 'Bridge works cost the town a fortune');
    const a = run(html);
    expect(a.title).toBe('Bridge delayed again');
    expect(a.text.startsWith('Bridge delayed again')).toBe(true);
    expect(a.removed.some((r) => r.reason.startsWith('the title, repeated'))).toBe(false);
  });

  it('another first heading stays', () => {
    const a = run(page('<h2>Why the cost doubled</h2>'));
    expect(a.text.startsWith('Why the cost doubled')).toBe(true);
  });

  it('the publication date as a line of its own goes; another date stays', () => {
    const a = run(page('<p><font size="1">March 12, 2024 8:35 am</font></p>'));
    expect(a.text.slice(0, 60)).toBe(PARAGRAPHS[0].slice(0, 60));
    expect(a.removed.some((r) => r.reason === 'the date, shown with the title')).toBe(true);
    const b = run(page('<p>March 14, 2024</p>'));
    expect(b.text.startsWith('March 14, 2024')).toBe(true);
  });

  it("the site's navigation as a line of links, with its label, goes as one removal", () => {
    const nav = '<div><b>Sections</b></div><p><a href="/news/">News</a><br><a href="/opinion/">Opinion</a><br><a href="/israel/">Israel</a><br><a href="/jewish-world/">Jewish World</a></p>';
    const a = run(page(nav));
    expect(a.text.slice(0, 60)).toBe(PARAGRAPHS[0].slice(0, 60));
    const mine = a.removed.filter((r) => r.reason === "the site's navigation");
    expect(mine).toHaveLength(1);
    expect(mine[0].text).toContain('Sections');
  });

  it('a line of links to other sites, or a sentence with links to the site, stays', () => {
    const out = '<p><a href="https://a.example/x">Council</a> <a href="https://b.example/y">Ferry</a> <a href="https://c.example/z">Budget</a></p>';
    expect(fold(run(page(out)).text)).toContain('Council Ferry Budget');
    const said = '<p>See <a href="/news/">News</a>, <a href="/opinion/">Opinion</a> and <a href="/israel/">Israel</a> for our earlier reports.</p>';
    expect(fold(run(page(said)).text)).toContain('See News, Opinion and Israel for our earlier reports.');
  });
});
