import type { DroppedNode } from '../vendor/readability';
import { HEADINGS } from '../clutter/headline';
import { STAMP } from '../rules/comment-thread';

/**
 * Nothing vanishes unreported, the page's half (the article's half is report-dropped.ts). Readability
 * cleans the container it chose (forms, link-heavy divs, blocks named "footer" or "share") and,
 * before choosing, sweeps "unlikely" blocks out of the page; clutter it took that way would leave the
 * article without a Removed entry, so a reader could neither see nor restore it (the reCAPTCHA
 * notice at the end of the seed article's container). Right after Readability and the region check,
 * every block it removed from the container, or from right beside it, goes back where it was,
 * marked: the article's steps, which run where the article is finished (also after the draft
 * crossed to the popup or the reader), judge it with the clutter rules first and take it out again.
 */

export const DROPPED_ATTR = 'data-tidy-dropped';
/** Dropped blocks longer than this are whole regions of the page, not boxes: not looked into. */
export const MAX_DROPPED_CHARS = 20_000;

/** A short line with a date in it: a comment's signature ("Posted by: Gabriel at December 19, 2025 12:14 AM"). */
function signatureLine(el: Element): boolean {
  const t = (el.textContent ?? '').trim();
  return t.length <= MAX_SIGNATURE_CHARS && /\d/.test(t) && STAMP.test(t);
}
const MAX_SIGNATURE_CHARS = 160;

/** A dropped block was in the article: in the container Readability cleaned, or right beside it. */
function wasInArticle(d: DroppedNode, content: Element): boolean {
  if (d.cleaning) return true;
  const p = d.parent;
  if (!p || p.nodeType !== 1 || (p as Element).localName === 'body' || (p as Element).localName === 'html') return false;
  return content.contains(p) || (!!d.prevElement && content.contains(d.prevElement)) || (!!d.nextElement && content.contains(d.nextElement));
}

/** Where the block was, if that place is still in the article (else at its end, and false): put it there. */
function putBack(d: DroppedNode, content: Element, places?: Map<Node, DroppedNode>): boolean {
  const p = d.parent as Element | null;
  // Its parent, emptied by the cleaning and then removed (see markDropped): back first.
  const holder = p && !content.contains(p) ? places?.get(p) : undefined;
  if (holder) {
    places!.delete(p!);
    if (!putBack(holder, content, places)) holder.node.remove();
  }
  if (p && content.contains(p)) {
    if (d.next && d.next.parentNode === p) (d.next as ChildNode).before(d.node);
    else p.append(d.node);
  } else if (d.prevElement && content.contains(d.prevElement)) d.prevElement.after(d.node);
  else if (d.nextElement && content.contains(d.nextElement)) d.nextElement.before(d.node);
  else {
    content.append(d.node);
    return false;
  }
  return true;
}

/**
 * The blocks marked in each article, as they were marked: the first of the article's steps finds
 * them here instead of walking the whole article for the mark (in jsdom that walk was most of the
 * step's time on a page, which has a median of three such blocks). A draft's article is built
 * again where it is finished (finish.ts), and is not here: there the step walks.
 */
const markedIn = new WeakMap<Element, Element[]>();

function noteMarked(content: Element, el: Element): void {
  const list = markedIn.get(content);
  if (list) list.push(el);
  else markedIn.set(content, [el]);
}

/**
 * The blocks marked in `article` by the two functions below, in document order (each still in it
 * and still marked), or undefined when this article was not marked here (a draft's, rebuilt).
 */
export function markedBlocks(article: Element): Element[] | undefined {
  const list = markedIn.get(article);
  if (!list) return undefined;
  // Once each (a node Readability removed twice is noted twice), as the walk would find it.
  const inPlace = [...new Set(list)].filter((el) => el.hasAttribute(DROPPED_ATTR) && article.contains(el));
  return inPlace.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* b follows a */ ? -1 : 1));
}

/** The emptied wrappers a swept heading stood in, innermost first, up to one whose place is known (or the last). */
function emptiedAround(d: DroppedNode, content: Element, places: Map<Node, DroppedNode>, swept: Map<Node, DroppedNode>): DroppedNode[] {
  const out: DroppedNode[] = [];
  for (let p = d.parent; p && !content.contains(p); ) {
    const w = places.get(p) ?? swept.get(p);
    if (!w || out.includes(w)) break;
    out.push(w);
    if (wasInArticle(w, content)) break;
    p = w.parent;
  }
  return out;
}

/** The blocks Readability dropped from the article, back in their places with the mark (`c` when its cleaning dropped them, `s` its sweep). */
export function markDropped(content: Element, dropped: DroppedNode[]): void {
  markedIn.set(content, markedIn.get(content) ?? []);
  // The blocks the cleaning left empty and then removed for it (Readability drops empty divs when it
  // tidies the container), by node: put back, unmarked and empty, only as the place of a block the
  // cleaning took from them, which would else lose its place. Not one that still holds anything
  // (a picture Readability removed stays out).
  const places = new Map<Node, DroppedNode>();
  // The sweep's, for a heading only: it takes a heading named "…-header" out of its one-child
  // wrapper, then the wrapper for being empty; the heading's place is the wrapper's (else it counts
  // as swept from far away). Not for every swept block: a wrapper put back around anything else
  // changed the boxes the clutter rules grow (Readability's mozilla-1 lost a section to a sign-up's box).
  const swept = new Map<Node, DroppedNode>();
  for (const d of dropped) if (!d.node.firstElementChild && !(d.node.textContent ?? '').trim()) (d.cleaning ? places : swept).set(d.node, d);
  // Last removal first: each block's recorded neighbours are back in their places before it is.
  for (let k = dropped.length - 1; k >= 0; k--) {
    const d = dropped[k];
    // Where it was first: most of the sweep's blocks were far from the article, and their text
    // need not be read.
    const wrappers = !d.cleaning && HEADINGS.has(d.node.localName) ? emptiedAround(d, content, places, swept) : [];
    // Or a signature line swept from a paragraph that was in it: Readability wraps a div's loose
    // text in a new paragraph, sweeps an "unlikely" span out of it (a comment's "Posted by: … at
    // …"), then removes the emptied paragraph while it cleans; putBack puts the paragraph back
    // first. Only a short dated line: any swept block back in such a paragraph changed the boxes the
    // clutter rules grow (mozilla-1 lost a section to a sign-up's box again).
    const holder = d.parent && signatureLine(d.node) ? places.get(d.parent) : undefined;
    const near = wasInArticle(d, content) || (!!holder && wasInArticle(holder, content)) || (wrappers.length > 0 && wasInArticle(wrappers[wrappers.length - 1], content));
    if (near) for (const w of wrappers) places.set(w.node, w);
    if (!near && !d.inMain) continue;
    const raw = d.node.textContent ?? '';
    if (raw.length > MAX_DROPPED_CHARS || !raw.trim()) continue;
    // `m`: swept from the page's main content away from the article: looked into as the rest of the
    // main content is (markMainContent), its place lost.
    if (!near) content.append(d.node);
    // `n`: its place is lost (what the rules find in it is reported without one, nothing else of it kept).
    d.node.setAttribute(DROPPED_ATTR, !near ? 'm' : !putBack(d, content, places) ? 'n' : d.cleaning ? 'c' : 's');
    noteMarked(content, d.node);
  }
}

/** Whether an ancestor of `el` below `body` is an `<article>` or `<main>`. */
function insideArticleOrMain(el: Element, body: Element): boolean {
  for (let e = el.parentElement; e && e !== body; e = e.parentElement) if (e.localName === 'article' || e.localName === 'main') return true;
  return false;
}

/**
 * The rest of the page's main content, which Readability left where it was (not dropped, only not
 * chosen): a comment prompt, a sign-up box or a reCAPTCHA notice in an article's own footer, or
 * after the story inside `<main>`, never meets the article's steps otherwise, and with hashed class
 * names no selector of the page's pass names it. Each outermost `<article>` or `<main>` outside the
 * container goes to the end of the article, marked `m` (its place is lost): the article's steps look
 * in it for those kinds only, report what they find without a place, and drop the rest.
 */
export function markMainContent(body: Element, content: Element): void {
  if (!markedIn.has(content)) markedIn.set(content, []);
  // Found inside the DOM, without a walk: most pages have neither left outside the article, and
  // those that do have a few, while a walk of what Readability left of the page visited (and in the
  // content script gave a wrapper to) every element outside them.
  const articles = body.getElementsByTagName('article');
  const mains = body.getElementsByTagName('main');
  if (!articles.length && !mains.length) return;
  // The outermost ones (no article or main between them and the body), in document order.
  const outermost = [...Array.from(articles), ...Array.from(mains)].filter((el) => !insideArticleOrMain(el, body));
  if (articles.length && mains.length) outermost.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* b follows a */ ? -1 : 1));
  for (const el of outermost) {
    if (el.contains(content) || content.contains(el)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > MAX_DROPPED_CHARS || !raw.trim()) continue;
    el.setAttribute(DROPPED_ATTR, 'm');
    content.append(el);
    noteMarked(content, el);
  }
}
