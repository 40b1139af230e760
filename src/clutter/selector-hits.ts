import { walkElements } from '../dom/elements';
import { factsOf, matchesCompound } from '../dom/select';
import { indexSelectors, type CompiledSelector } from './compiled-rules';

/**
 * Which elements the clutter selectors match, in one walk of a subtree: shared by both clutter
 * passes (steps/remove-clutter.ts) and by the search for a box of another kind inside a removed box.
 */

/**
 * The first pass marks what an article selector matches instead of removing it (Readability reads
 * the byline in author boxes), and the second pass removes what carries the mark. The mark goes on
 * the element and down its chain of only children: Readability replaces a `<div class="author-bio">`
 * holding a single `<p>` by that `<p>`, and the class would be lost with the div.
 */
export const LATER_ATTR = 'data-tidy-later';
/** Elements whose presence among a div's children keeps Readability from wrapping the div's text in a new `<p>`. */
const NOT_PHRASING = new Set(['div', 'p', 'ul', 'ol', 'li', 'dl', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'figure', 'blockquote', 'form', 'pre', 'main', 'hr']);

export function markLater(el: Element, sel: CompiledSelector): void {
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

export interface SelectorHit {
  el: Element;
  sel: CompiledSelector;
}

/**
 * The outermost elements under `root` that a selector of `sels` matches (with the selector listed
 * first among those that do), in document order; `article`: the second pass, which also takes what
 * the first one marked. `only` narrows the selectors tried.
 */
export function selectorHits(root: Element, sels: CompiledSelector[], article: boolean, only?: (s: CompiledSelector) => boolean): SelectorHit[] {
  const idx = indexSelectors(sels);
  const attr = attrRules(idx.rest);
  // A selector's place in `sels` is its `index` (compiled-rules.ts): no map of places per call.
  const hits: SelectorHit[] = [];
  walkElements(root, (el) => {
    const f = factsOf(el);
    let best: CompiledSelector | null = null;
    const consider = (list: CompiledSelector[] | undefined): void => {
      if (!list) return;
      for (const s of list) if ((!best || s.index < best.index) && (!only || only(s)) && matchesCompound(f, s.compound!)) best = s;
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
      const b = best as CompiledSelector | null; // (set in `consider`)
      if (marked && (!b || marked.index < b.index)) best = marked;
    }
    if (best) {
      hits.push({ el, sel: best });
      return false;
    }
    return true;
  });
  // Selectors the fast matcher does not cover (a user's `article > p.ad`): the real engine.
  for (const s of sels) {
    if (s.compound || (only && !only(s))) continue;
    let found: Element[];
    try {
      found = Array.from(root.querySelectorAll(s.selector));
    } catch {
      continue; // a user's invalid selector: reported by the options page, ignored here
    }
    for (const el of found) hits.push({ el, sel: s });
  }
  return hits;
}
