import { describe, expect, it } from 'vitest';
import { PARAGRAPHS, fold, runArticle as run } from '../rules/fixtures';

/**
 * steps/lead.ts: the story's opening paragraphs, printed in the title's block while Readability
 * keeps the body's, join the article at its start; a lone standfirst, a run broken by a list of
 * links, and a teaser cut off with an ellipsis do not.
 */

const LEAD = [
  'So you have decided to cross the river on the new bridge, but where to begin when the works have closed half of the roads around it?',
  'In the past few months the council has published a map of detours, a timetable for the ferry and a list of the car parks that stay open.',
];

/** A page whose title block (a "header" Readability sweeps as unlikely) holds `head` after the h1, and whose body holds the story. */
function page(head: string, cls = 'entry-header'): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge delayed again | Riverside Post</title></head><body>
<main><div class="${cls}"><h1>Bridge delayed again</h1><p>By Jane Roe</p>${head}</div>
<div class="entry-content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`;
}

const paras = (ps: string[]): string => ps.map((p) => `<p>${p}</p>`).join('');

describe('the lead beside the title', () => {
  it('joins the article at its start, in order, past a short byline line', () => {
    const text = fold(run(page(paras(LEAD))).text);
    for (const p of [...LEAD, ...PARAGRAPHS]) expect(text).toContain(p);
    expect(text.indexOf(LEAD[0])).toBeLessThan(text.indexOf(LEAD[1]));
    expect(text.indexOf(LEAD[1])).toBeLessThan(text.indexOf(PARAGRAPHS[0]));
  });

  it('also from a page builder widget of its own with hashed class names, which Readability does not sweep', () => {
    const html = `<!DOCTYPE html><html><head><title>Bridge delayed again</title></head><body><main>
<div class="k3x9"><div class="q1"><div class="w7"><h1>Bridge delayed again</h1>${paras(LEAD)}</div></div></div>
<div class="k4z2"><div class="q1"><div class="w8">${paras(PARAGRAPHS)}</div></div></div></main></body></html>`;
    const text = fold(run(html).text);
    for (const p of [...LEAD, ...PARAGRAPHS]) expect(text).toContain(p);
    expect(text.indexOf(LEAD[1])).toBeLessThan(text.indexOf(PARAGRAPHS[0]));
  });

  it('a lone standfirst stays out', () => {
    expect(fold(run(page(paras([LEAD[0]]))).text)).not.toContain(LEAD[0]);
  });

  it('a paragraph of links between title and story: none is taken', () => {
    const links = `<p><a href="/a">Roads closed this week in the north of the town</a> <a href="/b">Ferry timetable for the winter</a> <a href="/c">Car parks</a></p>`;
    const text = fold(run(page(paras([LEAD[0]]) + links + paras([LEAD[1]]))).text);
    for (const p of LEAD) expect(text).not.toContain(p);
  });

  it('a teaser cut off with an ellipsis: none is taken', () => {
    const text = fold(run(page(paras([LEAD[0], LEAD[1].replace(/\.$/, '…')]))).text);
    expect(text).not.toContain(LEAD[0]);
  });

  it("a short line of the title block's own links (a feed, a sign-up further down) is no break; a short link to another story is", () => {
    const tools = `<p><a href="https://feeds.example.net/riverside">RSS</a> <a href="#newsletters">Free newsletters</a></p>`;
    const text = fold(run(page(tools + paras(LEAD))).text);
    for (const p of [...LEAD, ...PARAGRAPHS]) expect(text).toContain(p);
    const teaser = `<p>Read: <a href="/news/ferry-returns">Ferry returns</a></p>`;
    const broken = fold(run(page(paras([LEAD[0]]) + teaser + paras([LEAD[1]]))).text);
    for (const p of LEAD) expect(broken).not.toContain(p);
  });
});

