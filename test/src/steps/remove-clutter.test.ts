import { describe, expect, it } from 'vitest';
import { PARAGRAPHS, fold, pageWith, runArticle as run } from '../rules/fixtures';

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

describe('the label a rule left', () => {
  const list = '<ul class="related-posts"><li><a href="/news/tram-line-date">Tram line gets a start date</a></li><li><a href="/news/ferry-timetable">Ferry timetable changes in May</a></li></ul>';
  const storyThen = (after: string): string => {
    const p = (i: number): string => `<p>${PARAGRAPHS[i]}</p>`;
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge delayed again | Riverside Post</title></head><body>
<main><article><h1>Bridge delayed again</h1><div class="k1">${PARAGRAPHS.map((_, i) => p(i)).join('')}${after}</div></article></main></body></html>`;
  };

  it('goes with the list the rule took, as one removal, when no section goes on under it', () => {
    for (const label of ['<h3>Read more:</h3>', '<p><strong>Lesen Sie auch</strong></p>']) {
      const a = run(storyThen(`<hr>${label}${list}<p><em>All loans made by Example Bank.</em></p>`));
      expect(a.text).not.toMatch(/Read more|Lesen Sie auch|Tram line/);
      const box = a.removed.filter((r) => r.kind === 'related');
      expect(box, JSON.stringify(a.removed)).toHaveLength(1);
      expect(box[0].html).toMatch(/Read more|Lesen Sie auch/);
      expect(box[0].html).toContain('Tram line gets a start date');
      for (const p of PARAGRAPHS) expect(fold(a.text)).toContain(p);
    }
  });

  it('stays when its section goes on, or when it is a sentence', () => {
    const more = 'The bridge was first proposed in 1998, and the council has since held four public consultations on its design, its cost and the route of the road that leads to it. Each of them drew more residents than the last, and the fourth filled the town hall twice over.';
    const a = run(storyThen(`<h2>The long history of the crossing</h2>${list}<p>${more}</p>`));
    expect(a.text).toContain('The long history of the crossing');
    const b = run(storyThen(`<p>These are the stories we wrote about it.</p>${list}`));
    expect(b.text).toContain('These are the stories we wrote about it.');
    // A line of a paragraph beside what a rule took inside the paragraph is no label of it.
    const c = run(storyThen(`<p>A version of this story appears in print in the <span>Riverside edition</span> <span class="related-posts"><a href="/news/reprints">Order reprints of this story</a></span></p>`));
    expect(c.text).toContain('Riverside edition');
  });
});
