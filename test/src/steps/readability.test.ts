import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { runReadability } from '../../../src/steps/readability';

/**
 * Readability's unlikely sweep, with what it spares (steps/readability.ts, vendor/readability.ts 9.):
 * the block holding the page's title and most of its prose, whatever its class names say.
 */
const para = (i: number, what = 'story'): string =>
  `<p>Paragraph ${i} of the ${what}, with enough words in it, and commas, to be scored as prose by Readability's grabber, which counts them.</p>`;
const story = Array.from({ length: 8 }, (_, i) => para(i)).join('\n');
const page = (body: string): Document => new JSDOM(`<!doctype html><html><head><title>A title</title></head><body>${body}</body></html>`, { url: 'https://example.com/story' }).window.document;
const text = (body: string): string => runReadability(page(body), 0, 500)?.content.textContent ?? '';

describe('the unlikely sweep', () => {
  const note = `<div class="supplemental-note">${para(0, 'supplement')}</div>`;

  test('walks into a page-wide wrapper named as a sidebar that holds the title and the story, and still sweeps the boxes in it', () => {
    for (const name of ['layout-with-sidebar', 'x1 footer-fixed']) {
      const out = text(`<div class="${name}"><h1>A title</h1><p class="lede">${para(0, 'lede')}</p><div class="entry">${story}${note}</div></div>`);
      expect(out).toContain('Paragraph 7 of the story');
      expect(out).not.toContain('supplement');
    }
  });

  test('keeps a paragraph\'s own words whatever their class says, and still sweeps a paragraph\'s links by theirs', () => {
    const quote = '<p>She said: <span class="contextmenu quote">the garden is at its best in winter, when nothing else is</span>.</p>';
    const links = '<p>A version of this story appears in print. <span class="story-footer-links"><a href="/reprints">Order Reprints</a> | <a href="/subscribe">Subscribe</a></span></p>';
    const out = text(`<div class="layout-with-sidebar"><h1>A title</h1><p class="lede">${para(0, 'lede')}</p><div class="entry">${story}${quote}${links}</div></div>`);
    expect(out).toContain('She said: the garden is at its best in winter, when nothing else is.');
    expect(out).toContain('A version of this story appears in print.');
    expect(out).not.toContain('Order Reprints');
  });

  test('still sweeps a long thread of replies below a short story: it does not hold the title', () => {
    const replies = Array.from({ length: 12 }, (_, i) => para(i, 'replies')).join('\n');
    const out = text(`<article><h1>A title</h1>${story.split('\n').slice(0, 5).join('')}</article><div class="replies">${replies}</div>`);
    expect(out).toContain('Paragraph 4 of the story');
    expect(out).not.toContain('of the replies');
    // Nor on a page without an h1, which has no title for the thread not to hold.
    const untitled = text(`<article>${story.split('\n').slice(0, 5).join('')}</article><div class="replies">${replies}</div>`);
    expect(untitled).toContain('Paragraph 4 of the story');
    expect(untitled).not.toContain('of the replies');
  });

  test('still sweeps a named box that holds less than half the prose, and a hidden one', () => {
    const side = `<div class="sidebar">${para(0, 'sidebar')}${para(1, 'sidebar')}</div><div class="sidebar" style="display:none">${story.replaceAll('story', 'hidden copy')}</div>`;
    const out = text(`<div class="main"><h1>A title</h1>${story}${side}</div>`);
    expect(out).toContain('Paragraph 7 of the story');
    expect(out).not.toContain('of the sidebar');
    expect(out).not.toContain('hidden copy');
  });
});
