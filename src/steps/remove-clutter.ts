import type { RuleGroup } from '../rules/types';
import type { RemovalKind } from '../types';
import { foldSpace } from '../dom/text';
import type { RemovalLog } from './removals';

/**
 * The clutter engine, used twice: on the whole clone before Readability (so clutter cannot sway
 * its scoring) and on Readability's article after it (clutter inside the article body survives
 * Readability, especially on pages with hashed class names). Structure first, then content.
 */

/** A block whose removal would cost real article text is never removed. */
const MAX_REMOVABLE_CHARS = 1200;
/** Content patterns are tried against short blocks only. */
const MAX_PATTERN_CHARS = 320;
const BLOCKS = 'p, div, section, aside, header, footer, nav, li, ul, ol, h1, h2, h3, h4, h5, h6, figure, span, strong, em, b, small, label, a, button, form, table, tr, td, dl, dd, dt, blockquote';
const CONTAINERS = new Set(['div', 'section', 'aside', 'ul', 'ol', 'nav', 'footer', 'header', 'figure', 'li', 'p', 'span', 'strong', 'em', 'b', 'small', 'label', 'td', 'tr', 'table', 'dd', 'dl']);

export interface UserRuleCompiled {
  selectors: string[];
  patterns: RegExp[];
  label: string;
}

function textOf(el: Element): string {
  return foldSpace(el.textContent ?? '');
}

function protects(el: Element): boolean {
  if (el.matches('html, body, main, article, [itemprop="articleBody"], #readability-page-1')) return true;
  return textOf(el).length > MAX_REMOVABLE_CHARS && !el.matches('#comments, .comments-area, [class*="comments"], aside');
}

/** Grow a match to the widest ancestor that holds nothing else (same text, or only share links). */
function widen(el: Element, stopAt: Element, kind: RemovalKind): Element {
  let cur = el;
  const base = textOf(el);
  while (cur.parentElement && cur.parentElement !== stopAt && CONTAINERS.has(cur.parentElement.localName)) {
    const parent = cur.parentElement;
    const pt = textOf(parent);
    const sameText = pt === base || pt.length === 0;
    const shareBar = kind === 'share' && pt.length <= 160 && !/[.!?]\s/.test(pt) &&
      Array.from(parent.children).every((c) => textOf(c).length <= 60);
    if (!(sameText || shareBar) || protects(parent)) break;
    cur = parent;
  }
  return cur;
}

function isLinkOnly(sel: string): boolean {
  return /^a\[/.test(sel);
}

export function removeClutter(root: Element, groups: readonly RuleGroup[], log: RemovalLog, user?: UserRuleCompiled): void {
  const all: { kind: RemovalKind; label: string; selectors: readonly string[]; patterns: readonly RegExp[] }[] = [...groups];
  if (user) all.push({ kind: 'user', label: user.label, selectors: user.selectors, patterns: user.patterns });

  for (const g of all) {
    for (const sel of g.selectors) {
      let found: Element[];
      try {
        found = Array.from(root.querySelectorAll(sel));
      } catch {
        continue; // a user's invalid selector: reported by the options page, ignored here
      }
      for (const el of found) {
        if (!el.isConnected && !root.contains(el)) continue;
        if (!root.contains(el) || protects(el)) continue;
        const target = isLinkOnly(sel) || g.kind === 'share' ? widen(el, root, g.kind) : el;
        if (protects(target)) continue;
        log.remove(target, g.kind, `${g.label} (${sel})`);
      }
    }
  }

  for (const g of all) {
    if (!g.patterns.length) continue;
    const candidates = Array.from(root.querySelectorAll(BLOCKS));
    for (const el of candidates) {
      if (!root.contains(el)) continue;
      const t = textOf(el);
      if (!t || t.length > MAX_PATTERN_CHARS) continue;
      const hit = g.patterns.find((re) => re.test(t));
      if (!hit) continue;
      const target = widen(el, root, g.kind);
      if (protects(target)) continue;
      log.remove(target, g.kind, `${g.label} ("${t.length > 40 ? t.slice(0, 39) + '…' : t}")`);
    }
  }
  removeRepeatedCaptions(root, log);
}

const MIN_CAPTION_CHARS = 12;
const CAPTION_BLOCKS = 'figure, figcaption, p, div, span, small, em, i';

/**
 * A caption repeated as text: pages print an image's caption twice (a figcaption and a paragraph
 * under it, or a caption div beside an image whose alt says the same). Only text that is an
 * image's alt or a figcaption counts as a caption; the first block showing it stays, later blocks
 * holding exactly that text (and no image) go.
 */
function removeRepeatedCaptions(root: Element, log: RemovalLog): void {
  const captions = new Set<string>();
  const add = (t: string): void => {
    if (t.length >= MIN_CAPTION_CHARS && t.length <= MAX_PATTERN_CHARS) captions.add(t.toLowerCase());
  };
  root.querySelectorAll('img[alt]').forEach((img) => add(foldSpace(img.getAttribute('alt') ?? '')));
  root.querySelectorAll('figcaption').forEach((fc) => add(textOf(fc)));
  if (!captions.size) return;
  const shown = new Set<string>();
  let outer: Element | null = null;
  for (const el of Array.from(root.querySelectorAll(CAPTION_BLOCKS))) {
    if (outer && outer.contains(el)) continue;
    const t = textOf(el).toLowerCase();
    if (!captions.has(t)) continue;
    outer = el;
    if (!shown.has(t)) {
      shown.add(t);
      continue;
    }
    if (el.querySelector('img, picture, video') || protects(el)) continue;
    const target = widen(el, root, 'chrome');
    if (target.querySelector('img, picture, video') || protects(target)) continue;
    log.remove(target, 'chrome', 'caption repeated as text');
  }
}
