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

function bodyElements(doc: Document): Element[] {
  return doc.body ? Array.from(doc.body.querySelectorAll('*')) : [];
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
 * Every class and id replaced by a short hash of itself (the same name gets the same hash, as a
 * build tool would), and the in-page links and labels that point at ids follow. Ids the page's
 * scripts name are kept (see scriptedIds).
 */
export function hashNames(doc: Document): void {
  const ids = new Map<string, string>();
  const scripted = scriptedIds(doc);
  for (const el of Array.from(doc.querySelectorAll('[id]'))) {
    if (scripted.has(el.id)) continue;
    const h = 'i' + shortHash('#' + el.id);
    ids.set(el.id, h);
    el.id = h;
  }
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    const names = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    el.setAttribute('class', names.map((n) => 'css-' + shortHash('.' + n)).join(' '));
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
export function stripKindNames(doc: Document): void {
  for (const el of bodyElements(doc)) {
    if (el.id && KIND_NAME.test(el.id)) el.removeAttribute('id');
    const cls = el.getAttribute('class');
    if (cls === null) continue;
    const kept = cls.split(/\s+/).filter((n) => n && !KIND_NAME.test(n));
    if (kept.length) el.setAttribute('class', kept.join(' '));
    else el.removeAttribute('class');
  }
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
export function swapTags(doc: Document, seed: number): void {
  const rnd = randomSource(seed);
  for (const el of bodyElements(doc)) {
    if (!el.isConnected || rnd() >= 0.5) continue;
    const n = el.localName;
    if (n === 'div' && PHRASING_ONLY(el) && !el.closest('p') && el.textContent?.trim()) retag(el, 'p');
    // An <article> around the page's sidebar or menus would say they are the story's: no site
    // prints that for the same content, so only a div without them may become one.
    else if (n === 'div') retag(el, rnd() < 0.7 || el.querySelector('aside, nav, main, article, header, footer') ? 'section' : 'article');
    else if (n === 'section') retag(el, 'div');
    else if (n === 'article') retag(el, rnd() < 0.5 ? 'div' : 'section');
    else if (n === 'p') retag(el, 'div');
  }
}

const WRAPPABLE_PARENTS = new Set(['body', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'figure', 'form']);

/** Extra wrapper `div`s (with a hashed class, as page builders nest them) around about a third of the blocks. */
export function addWrappers(doc: Document, seed: number): void {
  const rnd = randomSource(seed);
  for (const el of bodyElements(doc)) {
    const p = el.parentElement;
    if (!p || !WRAPPABLE_PARENTS.has(p.localName) || /^(script|style|template|input|br|hr)$/.test(el.localName) || rnd() >= 0.33) continue;
    const w = doc.createElement('div');
    w.setAttribute('class', 'w-' + shortHash(String(rnd())));
    el.replaceWith(w);
    w.appendChild(el);
  }
}
