import type { RemovalKind } from '../types';
import { foldSpace } from '../dom/text';
import { formKind } from './forms';

/**
 * How far a removal may reach, shared by the steps that remove clutter from the page and the
 * article: the size limits, the blocks that are never removed (they hold the article itself, or
 * more text than clutter has), and widening a match to the block around it.
 */

/** A block whose removal would cost real article text is never removed. */
export const MAX_REMOVABLE_CHARS = 1200;
/** Content patterns are tried against short blocks only. */
export const MAX_PATTERN_CHARS = 320;
/** A group's long patterns (closing notes of a paragraph) reach this far. */
export const MAX_LONG_PATTERN_CHARS = 640;
const CONTAINERS = new Set(['div', 'section', 'aside', 'ul', 'ol', 'nav', 'footer', 'header', 'figure', 'li', 'p', 'span', 'strong', 'em', 'b', 'small', 'label', 'td', 'tr', 'table', 'dd', 'dl']);

export function textOf(el: Element): string {
  return foldSpace(el.textContent ?? '');
}

/** An `<article>` holding no more text than this is a card or a box (a share bar, a sign-up), not a story. */
const MAX_BOX_ARTICLE_CHARS = 300;

export function isArticleRoot(el: Element): boolean {
  const n = el.localName;
  if (n === 'article') return (el.textContent ?? '').length > MAX_BOX_ARTICLE_CHARS * 4 || textOf(el).length > MAX_BOX_ARTICLE_CHARS;
  return n === 'html' || n === 'body' || n === 'main' ||
    el.getAttribute('itemprop') === 'articleBody' || el.id === 'readability-page-1';
}

function isCommentsBlock(el: Element): boolean {
  if (el.localName === 'aside' || el.id === 'comments') return true;
  const c = el.getAttribute('class') ?? '';
  return c.includes('comments');
}

export function protects(el: Element): boolean {
  if (isArticleRoot(el)) return true;
  return !isCommentsBlock(el) && textOf(el).length > MAX_REMOVABLE_CHARS;
}

/** Grow a match to the widest ancestor that holds nothing else (same text, or only share links). */
export function widen(el: Element, stopAt: Element, kind: RemovalKind): Element {
  let cur = el;
  const base = textOf(el);
  while (cur.parentElement && cur.parentElement !== stopAt && CONTAINERS.has(cur.parentElement.localName)) {
    const parent = cur.parentElement;
    const pt = textOf(parent);
    const sameText = pt === base || pt.length === 0;
    const shareBar = kind === 'share' && pt.length <= 160 && !/[.!?]\s/.test(pt) &&
      Array.from(parent.children).every((c) => textOf(c).length <= 60);
    // A marked form of another kind is a box of its own: a reCAPTCHA notice in a comment form whose
    // fields were pruned has all of the form's text, yet the form is the comment box.
    const form = formKind(parent);
    if (!(sameText || shareBar) || protects(parent) || (form && form !== kind)) break;
    cur = parent;
  }
  return cur;
}
