import type { BlockDescription, LearnedRule } from '../types';
import { foldSpace } from '../dom/text';

/**
 * How a learned rule describes a block (types.ts, BlockDescription), made from the live page's
 * element by the extension (the picker, and "Always keep this" on a Removed entry) and matched on
 * the pipeline's copy of the page (learned-match.ts).
 *
 * Sites that build pages with CSS modules, styled-components or emotion re-hash their class names
 * (`css-1q2w3e`, `Article_box__3xYz1`, `sc-bdVaJa`) on every deploy, so a rule that names them
 * breaks within days. A block is described by what survives: its tag; the nearest ancestor that is
 * a landmark (`main`, `article`, `aside`, `nav`, `header`, `footer`, `form`) or carries a stable id,
 * role, itemprop or data-* value (the anchor); the tags from there down (support only, wrappers come
 * and go); its own stable attributes and word-like classes; its heading or aria-label; and its first
 * distinct words (the fingerprint), which tolerate small edits.
 */

const LANDMARKS = new Set(['main', 'article', 'aside', 'nav', 'header', 'footer', 'form']);
const MAX_ATTRS = 8;
const MAX_PATH = 12;
const MAX_VALUE = 60;
export const FINGERPRINT_WORDS = 48;

/**
 * Whether a class name, id or attribute value looks generated rather than written. Split into
 * parts at `-`, `_`, `:` and camelCase humps, it is hash-like when a part
 * - mixes letters and digits other than a word with a short number (`h2`, `col12`, `2xl` are words;
 *   `1q2w3e`, `3xYz1` are not),
 * - is a number of five digits or more (`jsx-2837482`),
 * - is a run of five letters or more with no vowel (`xkcdq`),
 * or when two or more of a part's humps, and two thirds of them, are one or two letters long
 * (`bdVaJa`: bd, Va, Ja; `getUpToDate` is words). Anything longer
 * than 60 characters is treated as generated too.
 */
export function isHashLike(token: string): boolean {
  if (!token || token.length > MAX_VALUE) return true;
  for (const part of token.split(/[-_:.\s]+/)) {
    if (!part) continue;
    if (/\d/.test(part)) {
      if (/^\d+$/.test(part) ? part.length >= 5 : !/^(?:[a-z]+\d{1,3}|\d{1,3}[a-z]+)$/i.test(part)) return true;
      continue;
    }
    const humps = part.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? [part];
    if (humps.some((w) => w.length >= 5 && !/[aeiouy]/i.test(w))) return true;
    const tiny = humps.filter((w) => w.length <= 2).length;
    if (tiny >= 2 && tiny * 3 >= humps.length * 2) return true;
  }
  return false;
}

/** The block's distinct words (lowercased, three letters or more), in order, at most `max`. */
export function wordsOf(text: string, max = FINGERPRINT_WORDS): string[] {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]{3,}/gu)) {
    out.add(m[0]);
    if (out.size >= max) break;
  }
  return [...out];
}

/** What names a block: its aria-label, else its first heading's text (or its own, for a heading). */
export function labelOf(el: Element): string {
  const aria = el.getAttribute('aria-label');
  const heading = /^h[1-6]$/.test(el.localName) ? el : el.querySelector('h1, h2, h3, h4, h5, h6');
  return foldSpace(aria || heading?.textContent || '').toLowerCase().slice(0, 80);
}

/** The element's stable attributes, as [name, value] pairs (one per word-like class). */
export function stableAttrs(el: Element): [string, string][] {
  const out: [string, string][] = [];
  for (const a of Array.from(el.attributes)) {
    const n = a.name;
    const v = a.value.trim();
    if (n === 'class') {
      for (const c of v.split(/\s+/)) if (c && !isHashLike(c)) out.push(['class', c]);
    } else if ((n === 'id' || n === 'role' || n === 'itemprop' || (n.startsWith('data-') && !n.startsWith('data-tidy'))) && !isHashLike(v || 'x')) {
      out.push([n, v]);
    }
  }
  return out.slice(0, MAX_ATTRS);
}

/** A stable attribute that makes an ancestor an anchor: an id, role, itemprop or data-* value. */
function anchorAttr(el: Element): [string, string] | null {
  return stableAttrs(el).find(([n]) => n !== 'class') ?? null;
}

/** How `el` (an element of the live page, or of a copy of it) is described by a learned rule. */
export function describeBlock(el: Element): BlockDescription {
  const path: string[] = [];
  let anchor: BlockDescription['anchor'] = null;
  for (let p = el.parentElement; p && p.localName !== 'body' && p.localName !== 'html'; p = p.parentElement) {
    const attr = anchorAttr(p);
    if (attr || LANDMARKS.has(p.localName)) {
      anchor = { tag: p.localName, attr };
      break;
    }
    path.unshift(p.localName);
  }
  return { tag: el.localName, anchor, path: path.slice(-MAX_PATH), attrs: stableAttrs(el), label: labelOf(el) };
}

/** A new rule for the block `el` on `site`. */
export function learnRule(el: Element, site: string, action: LearnedRule['action'], now = new Date()): LearnedRule {
  return { site: site.toLowerCase().replace(/^www\./, ''), action, block: describeBlock(el), fingerprint: wordsOf(el.textContent ?? ''), created: now.toISOString(), enabled: true };
}
