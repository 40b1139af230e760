import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { pageProse, proseOutside } from '../../../src/steps/prose-outside';

/** 30 words of prose, numbered so each paragraph is distinct. */
const para = (n: number, topic = 'ferry'): string =>
  `<p>Paragraph ${n} about the ${topic}: the water rose overnight, and the old landing closed at dawn, long before the first commuters came down to the pier and found the gates shut and the timetable gone.</p>`;
const paras = (from: number, n: number, topic?: string) => Array.from({ length: n }, (_, i) => para(from + i, topic)).join('');

/**
 * The page's prose noted on `body`, then what the article does not hold: `#kept` stands for the
 * article, a copy of it taken out of the page as Readability does (its elements rebuilt).
 */
function measure(body: string, removedSelector?: string): { words: number; group: number } {
  const { document, close } = documentFromHtml(`<!doctype html><html><body>${body}</body></html>`);
  try {
    const blocks = pageProse(document.body);
    const article = document.createElement('div');
    article.innerHTML = document.getElementById('kept')?.innerHTML ?? '';
    const removed = new Set<Element>();
    for (const el of removedSelector ? document.querySelectorAll(removedSelector) : []) {
      el.remove();
      removed.add(el);
    }
    return proseOutside(blocks, article, removed);
  } finally {
    close();
  }
}

describe('prose outside the article (the page-larger signal)', () => {
  it('counts a section of article prose left out, grouped under its parent', () => {
    const m = measure(`<div id="kept">${paras(0, 4)}</div><div class="part-two">${paras(10, 5)}</div><div>${para(20)}</div>`);
    expect(m).toEqual({ words: 6 * 35, group: 5 * 35 });
  });

  it('does not count the article itself', () => {
    expect(measure(`<div id="kept">${paras(0, 8)}</div>`)).toEqual({ words: 0, group: 0 });
  });

  it('counts what Readability’s cleaning dropped from the article, not what the clutter steps removed', () => {
    // The article as kept lacks the page's paragraphs 10-14 (dropped) and 20-21 (removed by a step).
    const m = measure(`<div id="kept">${paras(0, 4)}</div><div class="dropped">${paras(10, 5)}</div><div class="teasers">${paras(20, 2)}</div>`, '.teasers');
    expect(m).toEqual({ words: 5 * 35, group: 5 * 35 });
  });

  it('does not count comments, asides, menus, footers, forms or sidebars, however long their prose', () => {
    const shapes = [
      `<ol class="comment-list">${Array.from({ length: 6 }, (_, i) => `<li><div>${para(i)}</div></li>`).join('')}</ol>`,
      `<div id="comments"><div>${paras(0, 6)}</div></div>`,
      `<aside>${paras(0, 6)}</aside>`,
      `<nav><div>${paras(0, 6)}</div></nav>`,
      `<footer>${paras(0, 6)}</footer>`,
      `<form>${paras(0, 6)}</form>`,
      `<div class="sidebar-widgets"><div>${paras(0, 6)}</div></div>`,
      `<div role="complementary">${paras(0, 6)}</div>`,
    ];
    for (const s of shapes) expect(measure(`<div id="kept">${paras(50, 4)}</div>${s}`), s.slice(0, 40)).toEqual({ words: 0, group: 0 });
  });

  it('does not count short blocks (captions, teasers) or blocks that are mostly links', () => {
    const teasers = Array.from({ length: 8 }, (_, i) => `<p>Teaser ${i}: the council votes on the new bridge budget today.</p>`).join('');
    const links = Array.from({ length: 6 }, (_, i) => `<p><a href="/a${i}">${para(i).replace(/<\/?p>/g, '')}</a> more</p>`).join('');
    expect(measure(`<div id="kept">${paras(50, 4)}</div><div>${teasers}</div><div>${links}</div>`)).toEqual({ words: 0, group: 0 });
  });
});
