/**
 * Rewrites of a page's markup that must not change the article it gives: what another site, theme
 * or build tool would print for the same content. Each works in place on a parsed document and is
 * deterministic for a given seed, so a failing variant can be written out and looked at again.
 */

/** A small seeded random source (mulberry32): the same seed gives the same variant. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A short stable hash of a name, as CSS-in-JS tools print them ("css-1q2w3e"). */
export function shortHash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36).slice(0, 6).padStart(6, '0');
}

/** Every element of the document, in order: the places `Change.at` counts. */
function allElements(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('*'));
}

/** The body's elements with their places among all the document's. */
function bodyElements(doc: Document): [Element, number][] {
  const body = doc.body;
  return body ? allElements(doc).map((el, at): [Element, number] => [el, at]).filter(([el]) => el !== body && body.contains(el)) : [];
}

/**
 * The ids the page's own inline scripts name as strings (React's streaming scripts move
 * `S:0` into `B:0` with `$RC("B:0","S:0")`). A build tool that hashes names leaves these alone:
 * renamed, the page's scripts no longer find them, and it is no longer the same page.
 */
function scriptedIds(doc: Document): Set<string> {
  const text = Array.from(doc.querySelectorAll('script:not([src])'), (s) => s.textContent ?? '').join('\n');
  const out = new Set<string>();
  for (const m of text.matchAll(/["']([^"'\s]{1,64})["']/g)) out.add(m[1]);
  return out;
}

/**
 * One change a transform made to one element, by the element's place among the body's elements
 * before the transform ran: a variant is its page with a list of these applied, and
 * `applyChanges` applies any part of the list (explain.ts looks for the few that move the article).
 */
export interface Change {
  /** The element's index in `body.querySelectorAll('*')` of the document the transform was given. */
  at: number;
  kind: 'hash' | 'unname' | 'wrap' | 'tag';
  /** The new tag (`tag`), the wrapper's class (`wrap`). */
  to?: string;
}

const hashed = (name: string, sigil: '#' | '.'): string => (sigil === '#' ? 'i' : 'css-') + shortHash(sigil + name);

/**
 * Every class and id replaced by a short hash of itself (the same name gets the same hash, as a
 * build tool would), and the in-page links and labels that point at ids follow. Ids the page's
 * scripts name are kept (see scriptedIds).
 */
export function hashNames(doc: Document): Change[] {
  const scripted = scriptedIds(doc);
  const changes: Change[] = [];
  allElements(doc).forEach((el, at) => {
    if ((el.hasAttribute('id') && !scripted.has(el.id)) || el.hasAttribute('class')) changes.push({ at, kind: 'hash' });
  });
  applyChanges(doc, changes);
  return changes;
}

function hashSome(doc: Document, els: Element[]): void {
  const ids = new Map<string, string>();
  const scripted = scriptedIds(doc);
  for (const el of els) {
    if (el.hasAttribute('id') && !scripted.has(el.id)) {
      const h = hashed(el.id, '#');
      ids.set(el.id, h);
      el.id = h;
    }
    const names = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    if (el.hasAttribute('class')) el.setAttribute('class', names.map((n) => hashed(n, '.')).join(' '));
  }
  for (const a of Array.from(doc.querySelectorAll('a[href^="#"]'))) {
    const to = ids.get(decodeURIComponent(a.getAttribute('href')!.slice(1)));
    if (to) a.setAttribute('href', '#' + to);
  }
  for (const l of Array.from(doc.querySelectorAll('label[for]'))) {
    const to = ids.get(l.getAttribute('for')!);
    if (to) l.setAttribute('for', to);
  }
}

/** Class names and ids that say what kind of clutter a box is. */
export const KIND_NAME = /related|recommend|popular|outbrain|taboola|share|sharing|social|follow|addtoany|a2a|newsletter|subscri|sign-?up|mailchimp|mc4wp|comment|respond|disqus|discussion|recaptcha|captcha|promo|cta|advert|sponsor/i;

/** Every class name and id that names a kind of clutter dropped (`class="related"` and the like). */
export function stripKindNames(doc: Document): Change[] {
  const changes: Change[] = [];
  // Every named element: the class attribute is printed again with single spaces (or dropped when empty) as well.
  for (const [el, at] of bodyElements(doc)) if (el.id || el.hasAttribute('class')) changes.push({ at, kind: 'unname' });
  applyChanges(doc, changes);
  return changes;
}

function unname(el: Element): void {
  if (el.id && KIND_NAME.test(el.id)) el.removeAttribute('id');
  const cls = el.getAttribute('class');
  if (cls === null) return;
  const kept = cls.split(/\s+/).filter((n) => n && !KIND_NAME.test(n));
  if (kept.length) el.setAttribute('class', kept.join(' '));
  else el.removeAttribute('class');
}

const BLOCKS = 'address, article, aside, blockquote, details, dialog, div, dl, fieldset, figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6, header, hgroup, hr, main, menu, nav, ol, p, pre, section, table, ul, li, dd, dt, tr, td, th, tbody, thead';

/**
 * Nothing but phrasing content, at any depth: a block anywhere inside (a `<div>` in a `<span>`,
 * which the DOM holds and a page's scripts print) would end a `<p>` when the variant is parsed, and
 * the variant would no longer hold the same tree.
 */
const PHRASING_ONLY = (el: Element): boolean => !el.querySelector(BLOCKS);

/** An element of the same content in a new tag: attributes and children moved over. */
export function retag(el: Element, tag: string): Element {
  const n = el.ownerDocument.createElement(tag);
  for (const a of Array.from(el.attributes)) {
    // The parser takes names the DOM will not set (Alpine's "@click"): the new element goes without them.
    try {
      n.setAttribute(a.name, a.value);
    } catch {
      continue;
    }
  }
  while (el.firstChild) n.appendChild(el.firstChild);
  el.replaceWith(n);
  return n;
}

/**
 * `div`, `section`, `article` and `p` swapped where HTML allows (a `p` may only hold phrasing
 * content, so only such a `div` becomes one, and never inside another `p`; an `article` holds no
 * page regions). About half of them.
 */
export function swapTags(doc: Document, seed: number): Change[] {
  const rnd = randomSource(seed);
  const changes: Change[] = [];
  const swap = (el: Element, at: number, to: string): void => {
    retag(el, to);
    changes.push({ at, kind: 'tag', to });
  };
  for (const [el, at] of bodyElements(doc)) {
    if (!el.isConnected || rnd() >= 0.5) continue;
    const n = el.localName;
    if (n === 'div' && PHRASING_ONLY(el) && !el.closest('p') && el.textContent?.trim()) swap(el, at, 'p');
    // An <article> around the page's sidebar or menus, or inside them (a submenu's panel), would say
    // they are the story's: no site prints that for the same content, so only a div neither holding
    // nor inside them may become one.
    else if (n === 'div') swap(el, at, rnd() < 0.7 || el.querySelector('aside, nav, main, article, header, footer') || el.closest('aside, nav, header, footer') ? 'section' : 'article');
    else if (n === 'section') swap(el, at, 'div');
    else if (n === 'article') swap(el, at, rnd() < 0.5 ? 'div' : 'section');
    else if (n === 'p') swap(el, at, 'div');
  }
  return changes;
}

const WRAPPABLE_PARENTS = new Set(['body', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'figure', 'form']);

function wrap(el: Element, cls: string): void {
  const w = el.ownerDocument.createElement('div');
  w.setAttribute('class', cls);
  el.replaceWith(w);
  w.appendChild(el);
}

/** Extra wrapper `div`s (with a hashed class, as page builders nest them) around about a third of the blocks. */
export function addWrappers(doc: Document, seed: number): Change[] {
  const rnd = randomSource(seed);
  const changes: Change[] = [];
  for (const [el, at] of bodyElements(doc)) {
    const p = el.parentElement;
    if (!p || !WRAPPABLE_PARENTS.has(p.localName) || /^(script|style|template|input|br|hr)$/.test(el.localName) || rnd() >= 0.33) continue;
    const to = 'w-' + shortHash(String(rnd()));
    wrap(el, to);
    changes.push({ at, kind: 'wrap', to });
  }
  return changes;
}

/**
 * Some of the changes one transform made to a copy of `doc` (the same page, freshly parsed), made
 * to `doc`: the indexes are those of the body's elements before any of them is applied.
 */
export function applyChanges(doc: Document, changes: readonly Change[]): void {
  const els = allElements(doc);
  hashSome(doc, changes.filter((c) => c.kind === 'hash').map((c) => els[c.at]));
  for (const c of changes) {
    const el = els[c.at];
    if (c.kind === 'unname') unname(el);
    else if (c.kind === 'wrap') wrap(el, c.to!);
    else if (c.kind === 'tag') retag(el, c.to!);
  }
}
