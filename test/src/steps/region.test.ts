import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { mayWiden, widerRegion, proseChars } from '../../../src/steps/region';
import { pruneNonContent } from '../../../src/steps/prune';
import { runReadability } from '../../../src/steps/readability';
import { extract } from '../../../src/index';

/** A sentence of prose long enough to count (over 60 characters), numbered so each is distinct. */
const para = (n: number, topic = 'river'): string =>
  `<p>Paragraph ${n} about the ${topic}: the water rose overnight and the old bridge closed at dawn, long before commuters came.</p>`;
const section = (k: number, paras = 3): string =>
  `<section><h2>Part ${k}</h2>${Array.from({ length: paras }, (_, i) => para(k * 10 + i)).join('')}</section>`;

/**
 * Runs the region step as extract does after Readability: `kept` stands for what Readability kept
 * (an element holding copies of some of the page's paragraphs).
 */
function widen(body: string, keptHtml: string): { text: string; prose: number } | null {
  const { document, close } = documentFromHtml(`<!doctype html><html><body>${body}</body></html>`);
  try {
    const kept = document.createElement('div');
    kept.innerHTML = keptHtml;
    // The page stands for the fresh copy extract prepares (pruned, here) for the region check.
    pruneNonContent(document.body);
    const wider = widerRegion(document.body, kept);
    return wider ? { text: wider.textContent ?? '', prose: proseChars(wider) } : null;
  } finally {
    close();
  }
}

describe('region check: widening what Readability kept', () => {
  it('widens one kept section of a many-section article to the whole article', () => {
    const body = `<header><h1>Flood</h1></header><main><div class="story">${[1, 2, 3, 4, 5].map((k) => `<div class="block">${section(k)}</div>`).join('')}</div></main>`;
    const r = widen(body, section(1));
    expect(r).not.toBeNull();
    for (const n of [10, 22, 42]) expect(r!.text).toContain(`Paragraph ${n} `);
  });

  it('keeps Readability\'s choice when the next level up is a list of other articles (teasers)', () => {
    const teasers = [1, 2, 3].map((k) => `<article><h3><a href="/p${k}">Other story ${k}</a></h3>${para(100 + k, 'council')}</article>`).join('');
    const body = `<header><h1>Flood</h1></header><div class="page"><div class="post">${para(1)}${para(2)}</div><div class="more">${teasers}</div></div>`;
    expect(widen(body, para(1) + para(2))).toBeNull();
  });

  it('widens past the container holding the h1 only for much more prose (a second column is not the story)', () => {
    const aside = `<div class="column">${[1, 2].map((k) => para(300 + k, 'market')).join('')}</div>`;
    const body = `<div class="wrap"><div class="post"><h1>Flood</h1>${para(1)}${para(2)}${para(3)}</div>${aside}</div>`;
    expect(widen(body, para(1) + para(2) + para(3))).toBeNull();
  });

  it('takes the page\'s densest prose container when Readability chose a box outside it', () => {
    const disclosure = `<div class="disclosure">${para(900, 'advertisers')}</div>`;
    const body = `${disclosure}<div class="content"><h1>Flood</h1>${[1, 2, 3, 4].map((k) => section(k)).join('')}</div>`;
    const r = widen(body, para(900, 'advertisers'));
    expect(r).not.toBeNull();
    expect(r!.text).toContain('Paragraph 10 ');
    expect(r!.text).not.toContain('advertisers');
  });

  it('finds what Readability kept on a page whose paragraphs are text-only divs (it turns them into <p>)', () => {
    const divs = (k: number): string => `<div class="part">${[0, 1, 2].map((i) => para(k * 10 + i).replace(/^<p>/, '<div class="text">').replace(/<\/p>$/, '</div>')).join('')}</div>`;
    const body = `<header><h1>Flood</h1></header><div class="story">${[1, 2, 3, 4].map(divs).join('')}</div>`;
    const r = widen(body, [10, 11, 12, 20, 21, 22].map((n) => para(n)).join(''));
    expect(r).not.toBeNull();
    expect(r!.text).toContain('Paragraph 42 ');
  });

  it('does not take a wider container whose extra text is only link lists', () => {
    const links = `<ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/t${i}">A long related link title number ${i} about something else entirely</a></li>`).join('')}</ul>`;
    const body = `<div class="outer"><div class="story">${para(1)}${para(2)}</div><div class="menu">${links}</div></div>`;
    expect(widen(body, para(1) + para(2))).toBeNull();
  });
});

describe('region check: whether a copy of the page is worth making', () => {
  const check = (body: string, keptHtml: string): boolean => {
    const { document, close } = documentFromHtml(`<!doctype html><html><body>${body}</body></html>`);
    try {
      const kept = document.createElement('div');
      kept.innerHTML = keptHtml;
      const before = document.body.innerHTML;
      const answer = mayWiden(document, kept);
      expect(document.body.innerHTML).toBe(before); // the live page is only read
      return answer;
    } finally {
      close();
    }
  };
  it('yes when the page holds far more prose than Readability kept', () => {
    expect(check(`<main>${[1, 2, 3, 4].map((k) => section(k)).join('')}</main>`, section(1))).toBe(true);
  });
  it('no when the rest of the page is menus, links and short lines', () => {
    const chrome = `<nav>${Array.from({ length: 30 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join(' ')}</nav><footer><p>© Riverside Post</p></footer>`;
    expect(check(`${chrome}<main>${section(1)}</main>${chrome}`, section(1))).toBe(false);
  });
  it('counts the real body of a clobbered page (`<img name="body">`, form controls named like DOM members)', () => {
    const clobber = '<img name="body"><form><input name="textContent"><input name="getElementsByTagName"><p>x</p></form>';
    expect(check(`${clobber}<main>${[1, 2, 3, 4].map((k) => section(k)).join('')}</main>`, section(1))).toBe(true);
    expect(check(`${clobber}<main>${section(1)}</main>`, section(1))).toBe(false);
  });
});

describe('region check: which pages get the second look', () => {
  // A page builder's chapters, each deep in its own wrappers (Readability scores five levels up
  // from a paragraph, so the column holding both gets nothing), one in a wrapper more.
  const deep = (inner: string): string => `<section><div><section><div><div><div><div>${inner}</div></div></div></div></section></div></section>`;
  const chapter = (k: number, n: number): string => Array.from({ length: n }, (_, i) => para(k * 10 + i)).join('');
  const page = `<!doctype html><html><head><title>Flood</title></head><body><main><h1>Flood</h1><div class="col"><div>${deep(chapter(1, 6))}</div>${deep(chapter(2, 4))}</div></main><footer><a href="/about">About</a></footer></body></html>`;

  it('a page Readability kept 59% of, one chapter of two, is widened to both', () => {
    const url = 'https://example.com/flood';
    const alone = runReadability(documentFromHtml(page, url).document, 0, 500)!.content.textContent ?? '';
    expect(alone).toContain('Paragraph 15 ');
    expect(alone).not.toContain('Paragraph 20 ');
    const r = extract(documentFromHtml(page, url).document, { url });
    expect(r.ok).toBe(true);
    for (const n of [10, 15, 20, 23]) expect(r.ok && r.article.text).toContain(`Paragraph ${n} `);
  });
});
