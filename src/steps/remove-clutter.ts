import type { RuleGroup } from '../rules/types';
import type { RemovalKind } from '../types';
import { foldSpace } from '../dom/text';
import type { RemovalLog } from './removals';
import { compileCompound, factsOf, matchesCompound, type Compound } from '../dom/select';
import { insideMainContent } from '../dom/ancestry';
import { removeCallsToAction } from './calls-to-action';
import { elementsNamed, walkElements } from '../dom/elements';

/**
 * The clutter engine, used twice: on the whole clone before Readability (structure only, so
 * clutter cannot sway its scoring, and cheaply: one walk, no selector engine) and on Readability's
 * article after it (structure and content: clutter inside the article body survives Readability,
 * especially on pages with hashed class names).
 */

/** A block whose removal would cost real article text is never removed. */
const MAX_REMOVABLE_CHARS = 1200;
/** Content patterns are tried against short blocks only. */
export const MAX_PATTERN_CHARS = 320;
/** A group's long patterns (closing notes of a paragraph) reach this far. */
export const MAX_LONG_PATTERN_CHARS = 640;
const BLOCKS = new Set(['p', 'div', 'section', 'aside', 'header', 'footer', 'nav', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'span', 'strong', 'em', 'b', 'i', 'small', 'label', 'a', 'button', 'form', 'table', 'tr', 'td', 'dl', 'dd', 'dt', 'blockquote']);
const CONTAINERS = new Set(['div', 'section', 'aside', 'ul', 'ol', 'nav', 'footer', 'header', 'figure', 'li', 'p', 'span', 'strong', 'em', 'b', 'small', 'label', 'td', 'tr', 'table', 'dd', 'dl']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Kinds whose matched heading also takes the teaser list that follows it. */
const HEADED_KINDS = new Set<RemovalKind>(['related', 'newsletter', 'comments', 'chrome']);

export interface UserRuleCompiled {
  selectors: string[];
  patterns: RegExp[];
  label: string;
}

export interface ClutterOptions {
  /** Try the content patterns too (the second pass; the first runs structure only). */
  patterns?: boolean;
}

interface Rules {
  kind: RemovalKind;
  label: string;
  selectors: readonly string[];
  articleSelectors?: readonly string[];
  patterns: readonly RegExp[];
  teaserPatterns?: readonly RegExp[];
  longPatterns?: readonly RegExp[];
}

interface CompiledSelector {
  rules: Rules;
  selector: string;
  compound: Compound | null;
  /** A share link: the block around it goes when it holds nothing else. */
  widen: boolean;
  /** An article selector seen by the first pass: marked there, removed by the second. */
  later: boolean;
  /** Its place in the second pass's list, which the mark records. */
  index: number;
}

/**
 * The first pass marks what an article selector matches instead of removing it (Readability reads
 * the byline in author boxes), and the second pass removes what carries the mark. The mark goes on
 * the element and down its chain of only children: Readability replaces a `<div class="author-bio">`
 * holding a single `<p>` by that `<p>`, and the class would be lost with the div.
 */
export const LATER_ATTR = 'data-tidy-later';

function textOf(el: Element): string {
  return foldSpace(el.textContent ?? '');
}

function isArticleRoot(el: Element): boolean {
  const n = el.localName;
  return n === 'html' || n === 'body' || n === 'main' || n === 'article' ||
    el.getAttribute('itemprop') === 'articleBody' || el.id === 'readability-page-1';
}

function isCommentsBlock(el: Element): boolean {
  if (el.localName === 'aside' || el.id === 'comments') return true;
  const c = el.getAttribute('class') ?? '';
  return c.includes('comments');
}

function protects(el: Element): boolean {
  if (isArticleRoot(el)) return true;
  return !isCommentsBlock(el) && textOf(el).length > MAX_REMOVABLE_CHARS;
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

/** Compiled selectors per rule list: [0] for the pass before Readability, [1] for the one after. */
const compiledCache = new WeakMap<readonly RuleGroup[], [CompiledSelector[], CompiledSelector[]]>();

function compileAll(all: Rules[], article: boolean): CompiledSelector[] {
  // Both passes list the article selectors at the same places, so a mark's index holds across them.
  const out: CompiledSelector[] = [];
  for (const rules of all) {
    const add = (selector: string, later: boolean): void => {
      out.push({ rules, selector, compound: compileCompound(selector), widen: /^a\[/.test(selector) || rules.kind === 'share', later, index: out.length });
    };
    for (const sel of rules.selectors) add(sel, false);
    for (const sel of rules.articleSelectors ?? []) add(sel, !article);
  }
  return out;
}

/**
 * Compound selectors indexed by what an element must have (a class, an id, a tag), so each element
 * is tested only against the rules that could match it; attribute-substring rules are tried on all.
 */
interface SelectorIndex {
  byClass: Map<string, CompiledSelector[]>;
  byId: Map<string, CompiledSelector[]>;
  byTag: Map<string, CompiledSelector[]>;
  rest: CompiledSelector[];
}

const indexCache = new WeakMap<CompiledSelector[], SelectorIndex>();

function indexSelectors(sels: CompiledSelector[]): SelectorIndex {
  let idx = indexCache.get(sels);
  if (idx) return idx;
  idx = { byClass: new Map(), byId: new Map(), byTag: new Map(), rest: [] };
  const put = (m: Map<string, CompiledSelector[]>, k: string, s: CompiledSelector): void => {
    const l = m.get(k);
    if (l) l.push(s);
    else m.set(k, [s]);
  };
  for (const s of sels) {
    const c = s.compound;
    if (!c) continue;
    if (c.classes.length) put(idx.byClass, c.classes[0], s);
    else if (c.id !== null) put(idx.byId, c.id, s);
    else if (c.tag !== null) put(idx.byTag, c.tag, s);
    else idx.rest.push(s);
  }
  indexCache.set(sels, idx);
  return idx;
}

/** Elements whose presence among a div's children keeps Readability from wrapping the div's text in a new `<p>`. */
const NOT_PHRASING = new Set(['div', 'p', 'ul', 'ol', 'li', 'dl', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'figure', 'blockquote', 'form', 'pre', 'main', 'hr']);

function markLater(el: Element, sel: CompiledSelector): void {
  let e: Element = el;
  for (;;) {
    if (!e.hasAttribute(LATER_ATTR)) e.setAttribute(LATER_ATTR, String(sel.index));
    if (e.children.length !== 1) break;
    e = e.children[0];
  }
  // A div holding only text and inline elements: Readability moves that into a new <p> and then
  // puts the <p> in the div's place, so the mark would be lost with the div. Make that <p> now.
  if (e.localName === 'div' && e.firstChild && !Array.from(e.children).some((c) => NOT_PHRASING.has(c.localName))) {
    const p = e.ownerDocument.createElement('p');
    p.setAttribute(LATER_ATTR, String(sel.index));
    while (e.firstChild) p.appendChild(e.firstChild);
    e.appendChild(p);
  }
}

function removeBySelectors(root: Element, sels: CompiledSelector[], log: RemovalLog, article: boolean): void {
  const idx = indexSelectors(sels);
  const order = new Map(sels.map((s, i) => [s, i]));
  const hits: { el: Element; sel: CompiledSelector }[] = [];
  walkElements(root, (el) => {
    const f = factsOf(el);
    let best: CompiledSelector | null = null;
    const consider = (list: CompiledSelector[] | undefined): void => {
      if (!list) return;
      for (const s of list) if ((!best || order.get(s)! < order.get(best)!) && matchesCompound(f, s.compound!)) best = s;
    };
    consider(idx.rest);
    consider(idx.byTag.get(f.tag));
    if (f.id) consider(idx.byId.get(f.id));
    for (const k of f.classes) consider(idx.byClass.get(k));
    if (article) {
      const m = el.getAttribute(LATER_ATTR);
      const marked = m === null ? undefined : sels[Number(m)];
      if (marked && (!best || order.get(marked)! < order.get(best)!)) best = marked;
    }
    if (best) {
      hits.push({ el, sel: best });
      return false;
    }
    return true;
  });
  // Selectors the fast matcher does not cover (a user's `article > p.ad`): the real engine.
  for (const s of sels) {
    if (s.compound) continue;
    let found: Element[];
    try {
      found = Array.from(root.querySelectorAll(s.selector));
    } catch {
      continue; // a user's invalid selector: reported by the options page, ignored here
    }
    for (const el of found) hits.push({ el, sel: s });
  }
  for (const { el, sel } of hits) {
    if (sel.later) {
      markLater(el, sel);
      continue;
    }
    if (!root.contains(el) || el === root || protects(el)) continue;
    const target = sel.widen ? widen(el, root, sel.rules.kind) : el;
    if (protects(target)) continue;
    log.remove(target, sel.rules.kind, `${sel.rules.label} (${sel.selector})`, insideMainContent(target, root));
  }
}

/** Short blocks under `root` (up to `max` characters) with their folded text, outermost first, in document order. */
function shortBlocks(root: Element, max: number): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  walkElements(root, (el) => {
    if (!BLOCKS.has(el.localName)) return true;
    const raw = el.textContent ?? '';
    // Raw length bounds the folded one from above; only fold what might be short enough.
    if (raw.length > max * 4) return true;
    const text = foldSpace(raw);
    if (text && text.length <= max) out.push({ el, text });
    return true;
  });
  return out;
}

/** Links' share of a block's text: teaser lists are mostly links. */
function linkShare(el: Element): number {
  const all = textOf(el).length;
  if (!all) return 0;
  let links = 0;
  for (const a of elementsNamed(el, 'a')) links += textOf(a).length;
  return links / all;
}

/**
 * A heading such as "Related coverage" or "More from the author" announces the teasers after it:
 * take the list that follows (mostly links, not long) with it, or nothing.
 */
function followingTeasers(heading: Element): Element | null {
  const next = heading.nextElementSibling;
  if (!next || protects(next) || isArticleRoot(next)) return null;
  const len = textOf(next).length;
  if (len === 0 || len > MAX_REMOVABLE_CHARS) return null;
  return linkShare(next) >= 0.6 ? next : null;
}

/** A teaser block links out: some link's text is a fair share of the block's. */
function linksOut(el: Element, text: string): boolean {
  for (const a of elementsNamed(el, 'a')) {
    if (a.hasAttribute('href') && textOf(a).length >= Math.min(15, text.length * 0.15)) return true;
  }
  return false;
}

function removeByPatterns(root: Element, all: Rules[], log: RemovalLog): void {
  const groups = all.filter((g) => g.patterns.length || g.teaserPatterns?.length || g.longPatterns?.length);
  if (!groups.length) return;
  const long = groups.some((g) => g.longPatterns?.length);
  const blocks = shortBlocks(root, long ? MAX_LONG_PATTERN_CHARS : MAX_PATTERN_CHARS);
  // Group order first (most certain kind wins), then document order, as the rules are listed.
  for (const g of groups) {
    for (const { el, text } of blocks) {
      if (!root.contains(el)) continue;
      const short = text.length <= MAX_PATTERN_CHARS;
      const hit = (short && g.patterns.some((re) => re.test(text))) ||
        (short && g.teaserPatterns?.some((re) => re.test(text)) && linksOut(el, text)) ||
        g.longPatterns?.some((re) => re.test(text));
      if (!hit) continue;
      const target = widen(el, root, g.kind);
      if (protects(target)) continue;
      const headed = HEADED_KINDS.has(g.kind) && text.length <= 60 &&
        (HEADINGS.has(target.localName) || HEADINGS.has(el.localName) || el.localName === 'strong' || el.localName === 'b' || target.localName === 'p')
        ? followingTeasers(target) : null;
      const reason = `${g.label} ("${text.length > 40 ? text.slice(0, 39) + '…' : text}")`;
      log.remove(target, g.kind, reason);
      if (headed) log.remove(headed, g.kind, `${g.label} (the list under "${text.length > 40 ? text.slice(0, 39) + '…' : text}")`);
    }
  }
}

export function removeClutter(root: Element, groups: readonly RuleGroup[], log: RemovalLog, user?: UserRuleCompiled, opts: ClutterOptions = { patterns: true }): void {
  const article = opts.patterns !== false;
  const all: Rules[] = [...groups];
  if (user) all.push({ kind: 'user', label: user.label, selectors: user.selectors, patterns: user.patterns });
  let sels: CompiledSelector[];
  if (user) sels = compileAll(all, article);
  else {
    let both = compiledCache.get(groups);
    if (!both) {
      both = [compileAll(all, false), compileAll(all, true)];
      compiledCache.set(groups, both);
    }
    sels = both[article ? 1 : 0];
  }
  removeBySelectors(root, sels, log, article);
  if (opts.patterns !== false) {
    removeByPatterns(root, all, log);
    removeRepeatedCaptions(root, log);
    removeRepeatedBlocks(root, log);
    // Last: it reads what the rules above removed (see steps/calls-to-action.ts).
    removeCallsToAction(root, log);
  }
}

const MIN_CAPTION_CHARS = 12;
const CAPTION_BLOCKS = new Set(['figure', 'figcaption', 'p', 'div', 'span', 'small', 'em', 'i']);
const MEDIA = new Set(['img', 'picture', 'video']);

function holdsMedia(el: Element): boolean {
  if (MEDIA.has(el.localName)) return true;
  let found = false;
  walkElements(el, (d) => {
    if (MEDIA.has(d.localName)) found = true;
    return !found;
  });
  return found;
}

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
  walkElements(root, (el) => {
    if (el.localName === 'img' && el.hasAttribute('alt')) add(foldSpace(el.getAttribute('alt') ?? ''));
    else if (el.localName === 'figcaption') add(textOf(el));
    return true;
  });
  if (!captions.size) return;
  const shown = new Set<string>();
  const repeats: Element[] = [];
  walkElements(root, (el) => {
    if (!CAPTION_BLOCKS.has(el.localName)) return true;
    const raw = el.textContent ?? '';
    if (raw.length > MAX_PATTERN_CHARS * 4) return true;
    const t = foldSpace(raw).toLowerCase();
    if (!captions.has(t)) return true;
    if (!shown.has(t)) shown.add(t);
    else repeats.push(el);
    return false; // the outermost block showing the caption speaks for its contents
  });
  for (const el of repeats) {
    if (!root.contains(el) || holdsMedia(el) || protects(el)) continue;
    const target = widen(el, root, 'chrome');
    if (holdsMedia(target) || protects(target)) continue;
    log.remove(target, 'chrome', 'caption repeated as text');
  }
}

/** Blocks that can hold a whole variant of a page's content. */
const GROUP_BLOCKS = new Set(['div', 'section', 'article', 'main', 'ul', 'ol', 'table', 'blockquote', 'aside']);
/** Shorter repeats are left alone: a refrain, a call-out or a short list can legitimately recur. */
const MIN_REPEAT_CHARS = 300;

/**
 * The same group of blocks printed twice: site builders (Framer, Webflow and the like) render the
 * content once per screen size and let CSS hide all but one, and a saved or cloned page has every
 * copy. A group block (several child blocks, at least a few sentences) whose text is exactly the
 * text of an earlier group that is not its own ancestor goes; single paragraphs never do, since
 * articles do repeat a line or a pull quote.
 */
function removeRepeatedBlocks(root: Element, log: RemovalLog): void {
  const seen = new Map<string, Element>();
  const repeats: Element[] = [];
  walkElements(root, (el) => {
    if (!GROUP_BLOCKS.has(el.localName)) return true;
    const raw = el.textContent ?? '';
    // Nothing inside a short block can be long enough either.
    if (raw.length < MIN_REPEAT_CHARS) return false;
    if (el.childElementCount < 2) return true;
    const t = foldSpace(raw);
    if (t.length < MIN_REPEAT_CHARS) return false;
    const first = seen.get(t);
    if (first && !first.contains(el)) {
      repeats.push(el);
      return false;
    }
    if (!first) seen.set(t, el);
    return true;
  });
  for (const el of repeats) {
    // Long is fine here (unlike other rules' size guard): the first copy stays in the article.
    if (!root.contains(el) || isArticleRoot(el)) continue;
    log.remove(el, 'chrome', 'the same content shown again (a copy for another screen size)');
  }
}
