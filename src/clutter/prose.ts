import { foldSpace } from '../dom/text';
import { PLACEHOLDER_TEXT } from './removal-log';
import { elementsNamed } from '../dom/elements';

/**
 * What the clutter steps must never take with a box: article prose. A block of prose is a
 * paragraph-like block (a `p`, a list item, a quote, a cell, or a div or section holding only text
 * and inline markup) of at least `PROSE_WORDS` words, whose links are under `MAX_PROSE_LINKS` of its
 * text, and which is not a teaser: a teaser's blurb is cut off with an ellipsis ("…decided to...").
 * A box grows around its label only as far as it holds no such block.
 */

export const PROSE_WORDS = 25;
const MAX_PROSE_LINKS = 0.5;
const PARAGRAPHS = new Set(['p', 'li', 'blockquote', 'dd', 'td', 'pre']);
const TEXT_HOLDERS = new Set(['div', 'section', 'article', 'span', 'font', 'center']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'ul', 'ol', 'li', 'table', 'blockquote', 'figure', 'form', 'header', 'footer', 'aside', 'nav', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'main']);
const WORD = /[\p{L}\p{N}]+/gu;
const CUT_OFF = /(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/;

/** The folded text of `el` without the placeholders of removed blocks. */
export function visibleText(el: Node): string {
  return visibleOf(el.textContent ?? '');
}

/** `visibleText` of an element whose `textContent` was read already (`raw`): in jsdom each read builds the subtree's text again. */
export function visibleOf(raw: string): string {
  return foldSpace(raw.replaceAll(PLACEHOLDER_TEXT, ''));
}

export function wordCount(s: string, atLeast = Infinity): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(s) && ++n < atLeast);
  return n;
}

/** Characters of link text under `el`. */
export function linkChars(el: Element): number {
  let n = 0;
  for (const a of elementsNamed(el, 'a')) n += visibleText(a).length;
  return n;
}

/** `el` holds text and inline markup only (no block inside). */
export function isTextBlock(el: Element): boolean {
  if (PARAGRAPHS.has(el.localName)) return true;
  if (!TEXT_HOLDERS.has(el.localName)) return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCKS.has(c.localName)) return false;
  return true;
}

/** A block of article prose (see above). */
export function isProse(el: Element): boolean {
  if (!isTextBlock(el)) return false;
  const text = visibleText(el);
  if (text.length < PROSE_WORDS * 3 || wordCount(text, PROSE_WORDS) < PROSE_WORDS) return false;
  if (CUT_OFF.test(text)) return false;
  return linkChars(el) < text.length * MAX_PROSE_LINKS;
}

/** Whether `el` (or a block inside it, outside `except`) is prose. */
export function holdsProse(el: Element, except?: Element): boolean {
  if (el === except) return false;
  if (isProse(el)) return true;
  if (isTextBlock(el) && el.localName !== 'li') return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (holdsProse(c, except)) return true;
  return false;
}
