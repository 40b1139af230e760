import { foldSpace } from '../dom/text';
import { elementsNamed, walkElements } from '../dom/elements';
import { realGet } from '../dom/unclobbered';

/**
 * The region check: when Readability kept only part of the article. Readability scores paragraphs'
 * parents and keeps the best one with its high-scoring siblings; on pages built from many sibling
 * sections (page builders, long guides with one container per chapter) it keeps one chapter and
 * leaves the rest; on some pages it picks a disclosure box or a menu instead. Before Readability
 * runs, one walk finds the container holding most of the page's prose while being mostly prose;
 * when that holds much more prose than Readability kept, the article is taken from a fresh copy
 * of the page (Readability has taken this one apart), prepared as the first one was (extract.ts):
 * the widest mostly-prose container around what Readability kept, or else that densest container.
 * Only such pages pay for the copy. Runs right after Readability and before the article's clutter
 * pass, which then cleans whichever article was chosen.
 * Widening stops where the page's other parts begin: at a level holding a list of other posts
 * (two or more `<article>`s), and, unless far more prose lies beyond, at the container that also
 * holds the h1.
 */

/** Blocks whose text counts as article prose. */
const PROSE = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dd', 'figcaption', 'td']);
const MIN_PROSE_CHARS = 60;

/** Characters of link text under `el`; a link inside a link (invalid, but parsed so) counts once. */
function linkChars(el: Element): number {
  let n = 0;
  for (const a of elementsNamed(el, 'a')) {
    let nested = false;
    for (let p = a.parentElement; p && p !== el; p = p.parentElement) if (p.localName === 'a') nested = true;
    if (!nested) n += (a.textContent ?? '').length;
  }
  return n;
}

const BLOCK_CHILD = new Set(['p', 'div', 'section', 'article', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figure', 'header', 'footer', 'form', 'dl']);

/** A div that is itself a paragraph: text and inline markup, no blocks inside. */
function isTextDiv(el: Element): boolean {
  if (el.localName !== 'div' && el.localName !== 'section') return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_CHILD.has(c.localName)) return false;
  return true;
}

/** Each block of good prose under `root` (real sentences, not link lists), with its length and its text, whitespace folded. */
export function proseBlocks(root: Element, visit: (el: Element, len: number, text: string) => void): void {
  walkElements(root, (el) => {
    if (!PROSE.has(el.localName) && !isTextDiv(el)) return true;
    const text = foldSpace(el.textContent ?? '');
    const len = text.length;
    if (len < MIN_PROSE_CHARS && !/^h[2-6]$/.test(el.localName)) return false;
    if (linkChars(el) > len * 0.5) return false;
    visit(el, len, text);
    return false;
  });
}

/** Characters of good prose under `root`. */
export function proseChars(root: Element): number {
  let total = 0;
  proseBlocks(root, (_, len) => (total += len));
  return total;
}

/**
 * The container of most prose on the page that is still mostly prose: the article, found without
 * Readability, for pages where its choice went elsewhere (a disclosure box, a menu).
 */
export function densestRegion(body: Element): { el: Element; prose: number } | null {
  const weight = new Map<Element, number>();
  proseBlocks(body, (el, len) => {
    for (let p = el.parentElement; p && p !== body; p = p.parentElement) weight.set(p, (weight.get(p) ?? 0) + len);
  });
  const ranked = Array.from(weight).filter(([, w]) => w >= 500).sort((a, b) => b[1] - a[1]).slice(0, 12);
  for (const [el, w] of ranked) {
    const all = foldSpace(el.textContent ?? '').length;
    if (all && w / all >= 0.6) return { el, prose: w };
  }
  return null;
}

/** A block that holds a paragraph's text: a prose element, or a div that is itself a paragraph. */
function isBlockOfText(el: Element): boolean {
  return PROSE.has(el.localName) || isTextDiv(el);
}

/**
 * The start of the first paragraph Readability kept. Any block of text, not only `<p>`: Readability
 * turns text-only divs into paragraphs, and some pages' prose is all list items or table cells.
 */
function firstProse(content: Element): string | null {
  let found: string | null = null;
  walkElements(content, (el) => {
    if (found) return false;
    if (!isBlockOfText(el)) return true;
    const t = foldSpace(el.textContent ?? '');
    if (t.length >= MIN_PROSE_CHARS) found = t.slice(0, 60);
    return false;
  });
  return found;
}

/**
 * The block in `body` (a fresh, pruned copy of the page) holding the first paragraph Readability
 * kept, to widen around.
 */
export function findAnchor(body: Element, content: Element): Element | null {
  const start = firstProse(content);
  if (!start) return null;
  let anchor: Element | null = null;
  walkElements(body, (el) => {
    if (anchor) return false;
    if (isBlockOfText(el) && foldSpace(el.textContent ?? '').startsWith(start)) {
      anchor = el;
      return false;
    }
    return true;
  });
  return anchor;
}

/** Readability kept under 1/WIDER_FACTOR of the container around its choice: take the container. */
const WIDER_FACTOR = 1.6;
/**
 * Past the container that also holds the page's h1 (the title sits atop the article, so that
 * container is the article's frame) lie the page's other parts: a wider level is taken only when it
 * holds this many times what Readability kept. Measured on wcxb-dev: frames widened past the title
 * added teasers or a second column (kept ×2.1), while real multi-section articles whose title sits
 * in a header above them grew ×7 and more.
 */
const PAST_TITLE_FACTOR = 3;
/**
 * The densest container around Readability's choice is taken, when the walk up found nothing, if it
 * holds this much more prose: a list article whose items are `<article>` cards (wcxb-dev: ×22), or
 * prose broken up by code listings. Teaser lists beside a story hold far less (×2.5).
 */
const DENSE_FALLBACK_FACTOR = 4;

/**
 * The widest mostly-prose container around `anchor`, walking up from it, or null when none holds
 * clearly more prose than Readability kept. The walk stops at a level that is not mostly prose, and
 * before one holding two or more `<article>`s besides the anchor's own (a list of teasers: other
 * posts, each its own article element).
 */
export function widerArticle(body: Element, anchor: Element, keptProse: number): Element | null {
  let inner: Element | null = null;
  let innerProse = 0;
  let outer: Element | null = null;
  let outerProse = 0;
  let pastTitle = false;
  for (let el = anchor.parentElement; el && el !== body && el.localName !== 'html'; el = el.parentElement) {
    const prose = proseChars(el);
    const all = foldSpace(el.textContent ?? '').length;
    if (!all || prose / all < 0.6) break;
    if (holdsTeasers(el, anchor)) break;
    if (pastTitle) {
      outer = el;
      outerProse = prose;
    } else {
      inner = el;
      innerProse = prose;
    }
    if (el.getElementsByTagName('h1').length) pastTitle = true;
  }
  if (outer && outerProse >= keptProse * PAST_TITLE_FACTOR) return outer;
  // Readability kept clearly less than the container: otherwise its choice stands (what it left out
  // of a container that size is more often an author box or teasers than the story).
  return inner && innerProse >= keptProse * WIDER_FACTOR ? inner : null;
}

/** `el` holds two or more `<article>`s besides those around `anchor`: a list of other posts. */
function holdsTeasers(el: Element, anchor: Element): boolean {
  let own = 0;
  for (let p = anchor.parentElement; p && p !== el; p = p.parentElement) if (p.localName === 'article') own++;
  return el.getElementsByTagName('article').length - own >= 2;
}

/**
 * Whether a wider article can exist at all, read from the live page (read only, nothing copied):
 * every way of widening needs WIDER_FACTOR times the prose Readability kept, and the prepared copy
 * holds no more prose than the page itself. Most suspect pages have less (wcxb-dev, first 300
 * pages: 33 of the 49 where widening found nothing; none of the 7 it widened, all at 2.4× or more),
 * and skip the copy, which cost them about 20 ms. A page whose DOM is clobbered so that counting
 * fails gets the copy as before.
 */
export function mayWiden(doc: Document, content: Element): boolean {
  try {
    const body = realGet<HTMLElement | null>(doc, 'body');
    return !body || proseChars(body) >= proseChars(content) * WIDER_FACTOR;
  } catch {
    return true;
  }
}

/**
 * Readability's text below this share of the pruned page's text makes the page worth a second look:
 * the share below which widening could take anything at all (it needs WIDER_FACTOR times what
 * Readability kept). At one half, a page that is mostly its article was never looked at when
 * Readability kept one of its two wrappers' worth (wcxb-dev 4177 with a wrapper around its first
 * section: 58% of the page kept, 0.76 F1 against the page's 0.998). From a half to this share, no
 * page of wcxb-dev changes (nor at 0.7): the widening's own tests decide, and it costs nothing
 * measurable (paired per page, 264 pages: 0.991× by the median of the per-page ratios).
 */
export const SUSPECT_SHARE = 1 / WIDER_FACTOR;

/**
 * A wider article for a page where Readability kept little of the page's text, from `body`, the body
 * of a fresh copy of the page prepared as the first copy was, or null to keep Readability's. When what
 * Readability kept lies inside the page's densest prose container, it is widened around it (or,
 * when no mostly-prose chain leads up, that container is taken if it holds far more prose); when
 * it lies elsewhere (a disclosure box, a menu), that container is the article if Readability kept
 * under a third of its prose. Link lists are dropped from the result, and a result that is then no
 * richer in prose than Readability's choice is not taken.
 */
export function widerRegion(body: Element, content: Element): Element | null {
  const kept = proseChars(content);
  const anchor = findAnchor(body, content);
  const densest = densestRegion(body);
  let wider: Element | null = null;
  if (anchor && (!densest || densest.el.contains(anchor))) {
    wider = widerArticle(body, anchor, kept);
    if (!wider && densest && densest.prose >= Math.max(500, kept * DENSE_FALLBACK_FACTOR)) wider = densest.el;
  } else if (densest && densest.prose >= Math.max(500, kept * 3)) wider = densest.el;
  else if (anchor) wider = widerArticle(body, anchor, kept);
  if (!wider) return null;
  dropLinkLists(wider);
  return proseChars(wider) > kept ? wider : null;
}

/**
 * What Readability's own cleaning would have taken from such a container: blocks that are mostly
 * links (a chapter menu, a list of other pages), which prose never is.
 */
export function dropLinkLists(root: Element): void {
  const drop: Element[] = [];
  walkElements(root, (el) => {
    const n = el.localName;
    if (n !== 'ul' && n !== 'ol' && n !== 'div' && n !== 'section' && n !== 'table' && n !== 'nav') return true;
    const links = el.getElementsByTagName('a').length;
    if (links < 3) return true;
    const len = foldSpace(el.textContent ?? '').length;
    if (len && linkChars(el) >= len * 0.7) {
      drop.push(el);
      return false;
    }
    return true;
  });
  for (const el of drop) el.remove();
}
