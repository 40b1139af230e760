import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { pruneTail, pruneTailBoxes, pruneTeasers } from '../../../src/steps/prune-tail';
import { RemovalLog } from '../../../src/clutter/removal-log';

const URL = 'https://www.example.com/blog/flood-report';
const para = (n: number): string =>
  `<p>Paragraph ${n} about the river: the water rose overnight and the old bridge closed at dawn, long before commuters came.</p>`;
const story = (n = 8): string => Array.from({ length: n }, (_, i) => para(i + 1)).join('');
const card = (k: number, href = `https://example.com/blog/other-${k}`): string =>
  `<div class="c"><figure><a href="${href}"><img src="x${k}.jpg" alt=""></a></figure><h3><a href="${href}">Other story ${k}</a></h3><p>A short teaser for story ${k}, which tells a little of what happened next.</p><p>Dec ${k}, 2025</p></div>`;

function run(html: string, url: string | null = URL): { text: string; removed: number; log: RemovalLog } {
  const { document, close } = documentFromHtml(`<!doctype html><html><body><div id="root">${html}</div></body></html>`, url ?? undefined);
  try {
    const root = document.getElementById('root')!;
    const log = new RemovalLog();
    const removed = pruneTeasers(root, url, log);
    return { text: (root.textContent ?? '').replace(/\s+/g, ' '), removed, log };
  } finally {
    close();
  }
}

describe('teaser cards after the article', () => {
  it('removes a run of linked headlines with teasers that ends the article, and logs each card', () => {
    const r = run(`${story()}<div class="more">${[1, 2, 3].map((k) => card(k)).join('<hr>')}</div>`);
    expect(r.removed).toBe(1);
    expect(r.text).toContain('Paragraph 8 ');
    expect(r.text).not.toContain('Other story');
    expect(r.log.pending.length).toBeGreaterThan(0);
    expect(r.log.pending.every((p) => p.kind === 'related')).toBe(true);
  });

  it('removes cards laid out in rows (a grid), and cards among the story\'s own blocks', () => {
    const grid = `<div class="grid"><div class="row">${card(1)}${card(2)}</div><div class="row">${card(3)}${card(4)}</div></div>`;
    expect(run(`${story()}${grid}`).text).not.toContain('Other story');
    expect(run(`${story()}${card(1)}${card(2)}`).text).not.toContain('Other story');
  });

  it('keeps a roundup whose linked headlines are the article', () => {
    const r = run(`${para(1)}${[1, 2, 3, 4, 5].map((k) => card(k)).join('')}`);
    expect(r.removed).toBe(0);
    expect(r.text).toContain('Other story 5');
  });

  it('removes a run of cut-off excerpts as long as the short story above it; the same cards with whole sentences are a roundup', () => {
    const excerpt = (k: number, end: string): string =>
      `<article><h3><a href="https://example.com/blog/other-${k}">Other story ${k}</a></h3><p>March ${k}, 2025</p>` +
      `<p>When the county denied the permit, the owners of the old mill wondered whether they could appeal the decision. While the path is not straightforward, there are remedies${end}</p></article>`;
    const grid = (end: string): string => `<div class="posts">${[1, 2, 3, 4].map((k) => excerpt(k, end)).join('')}</div>`;
    for (const end of ['…', '...', '. At Smith & Sons,']) expect(run(`${story(4)}${grid(end)}`).text).not.toContain('Other story');
    expect(run(`${story(4)}${grid('.')}`).removed).toBe(0);
    // Still only where they end the article.
    expect(run(`${story(4)}${grid('…')}${story(10)}`).removed).toBe(0);
  });

  it('keeps cards in the middle of the story, headlines linking off-site or to the page itself, and a lone card', () => {
    expect(run(`${story(4)}${card(1)}${card(2)}${story(4)}`).removed).toBe(0);
    expect(run(`${story()}${card(1, 'https://shop.other.org/p1')}${card(2, 'https://shop.other.org/p2')}`).removed).toBe(0);
    expect(run(`${story()}${card(1, `${URL}#part-1`)}${card(2, `${URL}#part-2`)}`).removed).toBe(0);
    expect(run(`${story()}${card(1)}`).removed).toBe(0);
  });

  it('keeps sections whose headings link but which hold more than a teaser', () => {
    const long = (k: number): string => `<div><h3><a href="https://example.com/guide-${k}">Guide ${k}</a></h3>${story(6)}</div>`;
    expect(run(`${story(20)}${long(1)}${long(2)}`).removed).toBe(0);
  });

  it("removes cards whose heading links nowhere over a blurb and a lone 'Learn more' to another page of the site", () => {
    const more = (k: number, href = `/services/s-${k}`, button = `<ul><li><a href="${href}">LEARN MORE</a></li></ul>`): string =>
      `<div class="k${k}"><img src="s${k}.jpg" alt=""><h3>Service ${k}</h3><p>What service ${k} does for a business like yours, in a sentence.</p>${button}</div>`;
    const r = run(`${story()}<section class="q1"><h2>Explore more</h2><div class="g">${[1, 2, 3].map((k) => more(k)).join('')}</div></section>`);
    expect(r.text).toContain('Paragraph 8 ');
    expect(r.text).not.toContain('Service 2');
    // Not when the cards link off the site, to two pages each, or by a link inside a sentence.
    expect(run(`${story()}${more(1, 'https://other.org/a')}${more(2, 'https://other.org/b')}`).removed).toBe(0);
    const two = (k: number): string => more(k).replace('</ul>', `<li><a href="/contact">Contact us</a></li></ul>`);
    expect(run(`${story()}${two(1)}${two(2)}`).removed).toBe(0);
    const inline = (k: number): string => more(k, '', `<p>Ask us about it, or <a href="/services/s-${k}">learn more</a> on its page.</p>`);
    expect(run(`${story()}${inline(1)}${inline(2)}`).removed).toBe(0);
  });

  it('does nothing without the page\'s address', () => {
    expect(run(`${story()}${card(1)}${card(2)}${card(3)}`, null).removed).toBe(0);
  });
});

const bio = (img = '<img src="https://example.com/avatars/jane.jpg" width="96" height="96" alt="Jane Roe">'): string =>
  `<div class="b"><p>${img}</p><div><p>Jane Roe has written for the paper since 2018 and covers the river, the bridges and the city council.</p></div></div>`;

function boxes(html: string, byline: string | null = null): { text: string; removed: number; log: RemovalLog } {
  const { document, close } = documentFromHtml(`<!doctype html><html><body><div id="root">${html}</div></body></html>`, URL);
  try {
    const root = document.getElementById('root')!;
    const log = new RemovalLog();
    const removed = pruneTailBoxes(root, log, byline);
    return { text: (root.textContent ?? '').replace(/\s+/g, ' '), removed, log };
  } finally {
    close();
  }
}

describe("the author's box after the article", () => {
  it('removes a small picture with a short text that ends the article, and logs it', () => {
    const r = boxes(`${story()}${bio()}`);
    expect(r.removed).toBe(1);
    expect(r.text).toContain('Paragraph 8 ');
    expect(r.text).not.toContain('Jane Roe has written');
    expect(r.log.pending[0].kind).toBe('chrome');
  });

  it('knows an avatar by its address when the picture has no size', () => {
    expect(boxes(`${story()}${bio('<img src="https://secure.gravatar.com/avatar/abc?s=96" alt="">')}`).removed).toBe(1);
  });

  it('keeps a large picture with its caption, a box in the middle of the story, and a box as long as the story', () => {
    expect(boxes(`${story()}${bio('<img src="https://example.com/photos/bridge.jpg" width="1200" height="800" alt="">')}`).removed).toBe(0);
    expect(boxes(`${story(4)}${bio()}${story(4)}`).removed).toBe(0);
    expect(boxes(`${para(1)}${bio()}`).removed).toBe(0);
  });

  it("removes the byline's author's bio though a disclaimer follows it; keeps another's, and the author's long closing words", () => {
    const disclaimer = '<p>Disclaimer: this article is for information only and is no substitute for advice from a qualified professional who knows your case.</p>'.repeat(2);
    expect(boxes(`${story()}${bio()}${disclaimer}`).removed).toBe(0);
    expect(boxes(`${story()}${bio()}${disclaimer}`, 'By Jane Roe, River Reporter').text).not.toContain('Jane Roe has written');
    expect(boxes(`${story()}${bio()}${disclaimer}`, 'By John Doe').removed).toBe(0);
    const verdict = bio().replace("</div></div>", `${story(6)}</div></div>`);
    expect(boxes(`${story(30)}${verdict}${disclaimer.repeat(4)}`, 'Jane Roe').removed).toBe(0);
    // Still only under the story.
    expect(boxes(`${para(1)}${bio()}${story()}`, 'Jane Roe').removed).toBe(0);
    expect(boxes(`${para(1)}${bio()}`, 'Jane Roe').removed).toBe(0);
  });

  it('runs both checks on the article (pruneTail)', () => {
    const { document, close } = documentFromHtml(`<!doctype html><html><body><div id="root">${story()}${card(1)}${card(2)}${bio()}</div></body></html>`, URL);
    const root = document.getElementById('root')!;
    pruneTail(root, URL, new RemovalLog());
    const text = root.textContent ?? '';
    close();
    expect(text).toContain('Paragraph 8 ');
    expect(text).not.toContain('Other story');
    expect(text).not.toContain('Jane Roe has written');
  });
});
