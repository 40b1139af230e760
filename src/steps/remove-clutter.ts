import type { RuleGroup } from '../rules/types';
import type { RemovalKind } from '../types';
import { foldSpace } from '../dom/text';
import { elementsNamed, walkElements } from '../dom/elements';
import { factsOf, matchesCompound } from '../dom/select';
import { insideMainContent } from '../dom/ancestry';
import type { RemovalLog } from '../clutter/removal-log';
import { compiledSelectors, indexSelectors, type CompiledSelector } from '../clutter/compiled-rules';
import { MAX_PATTERN_CHARS, MAX_LONG_PATTERN_CHARS, MAX_REMOVABLE_CHARS, isArticleRoot, protects, textOf, widen } from '../clutter/guards';

/**
 * The clutter rules (`rules/`), applied twice. First to the whole page, after pruning and before
 * Readability (`removePageClutter`): structure only, so clutter cannot sway Readability's scoring,
 * and cheaply (one walk, no selector engine); blocks Readability reads metadata from are only
 * marked. Then to the article Readability kept, after the region check (`removeArticleClutter`):
 * structure and content, since clutter inside the article body survives Readability, especially on
 * pages with hashed class names. The steps after it (repeated captions and blocks, calls to
 * action, the tail) judge what this leaves.
 */

const BLOCKS = new Set(['p', 'div', 'section', 'aside', 'header', 'footer', 'nav', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'span', 'strong', 'em', 'b', 'i', 'small', 'label', 'a', 'button', 'form', 'table', 'tr', 'td', 'dl', 'dd', 'dt', 'blockquote']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Kinds whose matched heading also takes the teaser list that follows it. */
const HEADED_KINDS = new Set<RemovalKind>(['related', 'newsletter', 'comments', 'chrome']);

/**
 * The first pass marks what an article selector matches instead of removing it (Readability reads
 * the byline in author boxes), and the second pass removes what carries the mark. The mark goes on
 * the element and down its chain of only children: Readability replaces a `<div class="author-bio">`
 * holding a single `<p>` by that `<p>`, and the class would be lost with the div.
 */
export const LATER_ATTR = 'data-tidy-later';
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

/**
 * The index's attribute rules (`[class*="share"]`, `[id*="related"]`: two thirds of the built-in
 * selectors, and tried on every element) split by the attribute they test, with one pattern of all
 * the values they look for: an element is tried against them only when its class (or id) holds one
 * of those values, which few do. The pattern only rules out (it ignores case and where the value
 * sits), so the rules tried decide as before. Built once per rule list.
 */
interface AttrRules {
  byClassText: CompiledSelector[];
  classText: RegExp | null;
  byIdText: CompiledSelector[];
  idText: RegExp | null;
  other: CompiledSelector[];
}

const attrRulesCache = new WeakMap<CompiledSelector[], AttrRules>();

function attrRules(rest: CompiledSelector[]): AttrRules {
  let r = attrRulesCache.get(rest);
  if (r) return r;
  const byClassText: CompiledSelector[] = [];
  const byIdText: CompiledSelector[] = [];
  const other: CompiledSelector[] = [];
  const needles = { class: new Set<string>(), id: new Set<string>() };
  for (const s of rest) {
    // Every operator but presence needs the value somewhere in the attribute; an empty value is no clue.
    const t = s.compound!.attrs.find((a) => (a.name === 'class' || a.name === 'id') && a.op !== '' && a.value !== '');
    if (!t) other.push(s);
    else {
      (t.name === 'class' ? byClassText : byIdText).push(s);
      needles[t.name as 'class' | 'id'].add(t.value);
    }
  }
  const anyOf = (set: Set<string>): RegExp | null =>
    set.size ? new RegExp([...set].map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i') : null;
  r = { byClassText, classText: anyOf(needles.class), byIdText, idText: anyOf(needles.id), other };
  attrRulesCache.set(rest, r);
  return r;
}

function removeBySelectors(root: Element, sels: CompiledSelector[], log: RemovalLog, article: boolean): void {
  const idx = indexSelectors(sels);
  const attr = attrRules(idx.rest);
  const order = new Map(sels.map((s, i) => [s, i]));
  const hits: { el: Element; sel: CompiledSelector }[] = [];
  walkElements(root, (el) => {
    const f = factsOf(el);
    let best: CompiledSelector | null = null;
    const consider = (list: CompiledSelector[] | undefined): void => {
      if (!list) return;
      for (const s of list) if ((!best || order.get(s)! < order.get(best)!) && matchesCompound(f, s.compound!)) best = s;
    };
    consider(attr.other);
    if (f.classAttr && attr.classText?.test(f.classAttr)) consider(attr.byClassText);
    if (f.id && attr.idText?.test(f.id)) consider(attr.byIdText);
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

function removeByPatterns(root: Element, all: readonly RuleGroup[], log: RemovalLog): void {
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

/** The first pass, on the pruned page before Readability: selectors only; article selectors mark. */
export function removePageClutter(body: Element, groups: readonly RuleGroup[], log: RemovalLog, user?: RuleGroup): void {
  removeBySelectors(body, compiledSelectors(groups, user, false), log, false);
}

/** The second pass, on Readability's article: selectors (and what the first pass marked), then content patterns. */
export function removeArticleClutter(article: Element, groups: readonly RuleGroup[], log: RemovalLog, user?: RuleGroup): void {
  removeBySelectors(article, compiledSelectors(groups, user, true), log, true);
  removeByPatterns(article, user ? [...groups, user] : groups, log);
}
