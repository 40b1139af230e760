import type { RemovalLog } from '../clutter/removal-log';
import { PLACEHOLDER_ATTR, PLACEHOLDER_TEXT } from '../clutter/removal-log';
import { isArticleRoot } from '../clutter/guards';
import { absorb } from '../clutter/absorb';
import { linkChars, visibleText } from '../clutter/prose';
import { FOLLOWING, afterStory, proseBlocks, storyBefore, threadBox } from './thread-place';
import { elementsWithAttr, walkElements } from '../dom/elements';
import { DROPPED_ATTR, markedBlocks } from './mark-dropped';
import { commentsText } from '../rules/comments';
import { COMMENT_LINK, REPLY_LABEL, SIGNED, STAMP } from '../rules/comment-thread';

/**
 * Comment threads that reached the article, by their shape. A site names its thread
 * (`.comment-list`, `#comments`) and the rules remove it by that name; printed with hashed or no
 * class names, the comments are paragraphs of prose like the story's and Readability keeps them.
 * What makes a thread is its shape: two or more blocks of one template (same tag family, same
 * class), side by side, each signed with a date (a `<time>`, a date in a title, a short line with
 * a date or an age: "at December 18, 2025 05:48 PM", "4d"), each holding text besides its
 * signature, mostly not links. Words only support the shape: a comments label or removed comment
 * prompt just before the run, or in half the blocks a reply control, a signature line ("says:",
 * "Posted by") or a link to the comment itself. With one support the run must stand after the story
 * (prose before it, little after it); with two it goes wherever the layout put it, between the
 * story's paragraphs too (a signed letter quoted in a story has no comments label over it, no reply
 * control, no link to itself). Runs twice on Readability's article. First, before what
 * Readability dropped is judged: its cleaning takes every `<footer>`, and a theme signs each comment
 * in one (name, "says:", the `<time>`); the dropped blocks are back in their places only until that
 * step. Then after the clutter rules (a thread they matched by name is gone, and the label they took
 * is a placeholder this step reads) and before the teaser cards and the tail, which would otherwise
 * judge the comments' pieces.
 */

/** A comment's signature line is short: a name, a date, a word or two. */
const MAX_STAMP_CHARS = 160;
/** A comment says something besides its signature. */
const MIN_BODY_CHARS = 20;
const MAX_LINK_SHARE = 0.5;
const MAX_LABEL_CHARS = 80;
/** How far up a run that opens its parent looks for its label. */
const LABEL_LEVELS = 3;

const FAMILY: Record<string, string> = { div: 'block', section: 'block', article: 'block', p: 'block' };

/**
 * Two blocks of one template: the same tag (div, section, article and p count as one) and a class
 * name in common, or no class at all; or two items of a list. Not all the same classes: themes mark
 * every other comment ("even", "odd alt") or the author's ("bypostauthor").
 */
function sameShape(a: Element, b: Element): boolean {
  if ((FAMILY[a.localName] ?? a.localName) !== (FAMILY[b.localName] ?? b.localName)) return false;
  // A list's items are one template whatever their classes ("oneline", "full", "hidden").
  if (a.localName === 'li') return true;
  const ca = (a.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  const cb = new Set((b.getAttribute('class') ?? '').split(/\s+/).filter(Boolean));
  if (!ca.length || !cb.size) return !ca.length && !cb.size;
  return ca.some((c) => cb.has(c));
}

/** Every stamp has a digit or says "ago": most text nodes of an article have neither and skip the long pattern. */
const MAY_STAMP = /\d|ago/;

function ownTextStamps(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 3) continue;
    const t = n.nodeValue ?? '';
    if (MAY_STAMP.test(t) && STAMP.test(t.trim())) return true;
  }
  return false;
}

/** An element that dates a comment: a `<time>`, an element whose title is a date, or a short line whose own text holds one. */
function isStamp(el: Element): boolean {
  const title = el.getAttribute('title');
  if (el.localName === 'time' || (title && title.length <= 60 && MAY_STAMP.test(title) && STAMP.test(title))) return true;
  return ownTextStamps(el) && visibleText(el).length <= MAX_STAMP_CHARS;
}

/** The stamps inside `root` (the outermost of each). */
function stamps(root: Element): Element[] {
  const out: Element[] = [];
  walkElements(root, (el) => {
    if (!isStamp(el)) return true;
    out.push(el);
    return false;
  });
  return out;
}

/** `el` shows some text: read up to its first words, not all of them (a page's large blocks are asked too). */
function hasText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if ((t.nodeValue ?? '').replaceAll(PLACEHOLDER_TEXT, '').trim()) return true;
  return false;
}

/** Blocks between comments that carry nothing: spacers, empty wrappers, placeholders of removed bits. */
function neutral(el: Element): boolean {
  return el.hasAttribute(PLACEHOLDER_ATTR) || !hasText(el);
}

interface Run {
  parent: Element;
  items: Element[];
  depth: number;
}

/** A block of a thread: signed (holds a stamp), with a body, mostly not links. */
function signedBlock(el: Element, stamped: Set<Element>): boolean {
  if (!stamped.has(el)) return false;
  const text = visibleText(el);
  if (text.length < MIN_BODY_CHARS) return false;
  return linkChars(el) < text.length * MAX_LINK_SHARE;
}

/**
 * A thread's own blocks without a signature between its signed ones: Readability's cleaning takes a
 * comment's date line when it is mostly a link, and a pingback has none. One or two of them, of the
 * run's shape, between signed blocks, stay in the run. Where the template is a class the blocks
 * share or a list's items (not just a bare tag), every unsigned block of it around and between the
 * signed ones is the thread's: Slashdot signs only its expanded comments, and a collapsed one
 * (title, author, body, no date) can open the thread or stand between any two.
 */
const MAX_UNSIGNED_GAP = 2;

/** A block that can be a template's: it has a class, or it is a list item (its list is the template). */
const classed = (el: Element): boolean => el.localName === 'li' || !!el.getAttribute('class')?.trim();

/** Runs of two or more signed blocks of one shape among `parent`'s children. */
function runsIn(parent: Element, stamped: Set<Element>, depth: number): Run[] {
  const runs: Run[] = [];
  let cur: Element[] = [];
  let gap: Element[] = [];
  // Unsigned blocks before any signed one, kept in case a run of their class follows.
  let lead: Element[] = [];
  const templated = (a: Element, b: Element): boolean => classed(a) && classed(b) && sameShape(a, b);
  const close = (): void => {
    if (cur.length >= 2) runs.push({ parent, items: gap.length && templated(cur[0], gap[0]) ? [...cur, ...gap] : cur, depth });
    cur = [];
    gap = [];
    lead = [];
  };
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if ((n.nodeValue ?? '').trim()) close();
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (signedBlock(el, stamped)) {
      if (cur.length && !sameShape(cur[0], el)) close();
      if (!cur.length) cur.push(...lead.filter((l) => templated(l, el)));
      cur.push(...gap, el);
      gap = [];
      lead = [];
    } else if (cur.length && sameShape(cur[0], el) && (gap.length < MAX_UNSIGNED_GAP || templated(cur[0], el))) gap.push(el);
    else if (!cur.length && classed(el) && (!lead.length || sameShape(lead[0], el))) lead.push(el);
    else if (!neutral(el)) {
      close();
      if (classed(el)) lead = [el];
    }
  }
  close();
  return runs;
}

function labelText(el: Element, log: RemovalLog): boolean {
  if (el.hasAttribute(PLACEHOLDER_ATTR)) return log.of(el)?.kind === 'comments';
  const holder = el.querySelector(`[${PLACEHOLDER_ATTR}]`);
  if (holder && !visibleText(el) && log.of(holder)?.kind === 'comments') return true;
  const t = visibleText(el);
  return !!t && t.length <= MAX_LABEL_CHARS && commentsText.patterns.some((p) => p.test(t));
}

/** The run is headed by a comments label (or the placeholder of one the rules removed). */
function labelled(first: Element, log: RemovalLog, root: Element): boolean {
  let cur: Element = first;
  for (let level = 0; level < LABEL_LEVELS && cur !== root; level++) {
    for (let p = cur.previousElementSibling; p; p = p.previousElementSibling) {
      if (labelText(p, log)) return true;
      if (!neutral(p)) return false;
    }
    if (!cur.parentElement) return false;
    cur = cur.parentElement;
  }
  return false;
}

function half(items: Element[], test: (el: Element) => boolean): boolean {
  let n = 0;
  for (const el of items) if (test(el)) n++;
  return n * 2 >= items.length;
}

const replies = (el: Element): boolean =>
  Array.from(el.querySelectorAll('a, button, [role="button"]')).some((c) => REPLY_LABEL.test(visibleText(c)));
const signed = (el: Element): boolean => {
  const t = visibleText(el);
  if (SIGNED.test(t.slice(0, 300)) || SIGNED.test(t.slice(-300))) return true;
  const aria = el.getAttribute('aria-label');
  return !!aria && SIGNED.test(aria);
};
const linksItself = (el: Element): boolean => Array.from(el.getElementsByTagName('a')).some((a) => COMMENT_LINK.test(a.getAttribute('href') ?? ''));

/** How many of the supports the run has: a comments label, reply controls, signature lines, links to each comment. */
function supports(run: Run, log: RemovalLog, root: Element): number {
  return [labelled(run.items[0], log, root), half(run.items, replies), half(run.items, signed), half(run.items, linksItself)].filter(Boolean).length;
}

export function removeCommentThreads(root: Element, log: RemovalLog): void {
  const found = stamps(root);
  if (found.length < 2) return;
  const stamped = new Set<Element>();
  // Each stamp's ancestors, by parent: only a parent with two or more stamped children can hold a run.
  const parents = new Map<Element, Set<Element>>();
  for (const s of found) {
    for (let x: Element = s; x !== root && x.parentElement; x = x.parentElement) {
      stamped.add(x);
      const kids = parents.get(x.parentElement);
      if (kids) kids.add(x);
      else parents.set(x.parentElement, new Set([x]));
      if (x.parentElement === root) break;
    }
  }
  const runs: Run[] = [];
  for (const [parent, kids] of parents) {
    if (kids.size < 2) continue;
    let depth = 0;
    for (let x: Element | null = parent; x && x !== root; x = x.parentElement) depth++;
    runs.push(...runsIn(parent, stamped, depth));
  }
  if (!runs.length) return;
  // Outer runs first; at one depth the last first. A thread that a reply or a pingback cuts into
  // runs has the later runs' comments after the first: taken first, they no longer count as story.
  runs.sort((a, b) => a.depth - b.depth || (a.items[0].compareDocumentPosition(b.items[0]) & FOLLOWING ? 1 : -1));
  const prose = proseBlocks(root);
  for (const run of runs) {
    if (!run.items.every((i) => root.contains(i))) continue;
    // Signed `<article>`s are a blog's posts, unless they answer each other: a theme that prints
    // each comment as an `<article>` gives it a reply control or a link to itself.
    if (run.items.some((i) => isArticleRoot(i)) && !half(run.items, replies) && !half(run.items, linksItself)) continue;
    // One support, after the story; two, anywhere after its start (a thread a layout prints inside
    // the story's column, between its paragraphs). Signed letters quoted in a story have no comments
    // label over them, no reply control and no link to themselves. Never before the story has
    // begun: a forum prints the story as the first signed block of the run (Slashdot, hashed).
    const n = supports(run, log, root);
    if (!n || !(n < 2 ? afterStory(run.items, prose, root) : storyBefore(run.items, prose, root))) continue;
    const box = root.ownerDocument.createElement('div');
    const first = run.items[0];
    const last = run.items[run.items.length - 1];
    first.before(box);
    for (let n: ChildNode | null = first; n; ) {
      const next: ChildNode | null = n === last ? null : n.nextSibling;
      box.append(n);
      n = next;
    }
    const whole = threadBox(box, root);
    absorb(log, whole, (p) => !p.absorbed && (p.kind === 'comments' || p.kind === 'chrome'));
    log.remove(whole, 'comments', `comment thread (${run.items.length} comments, each signed with a date)`);
  }
}

/**
 * The first run (see above), only where it can find what the second cannot: on an article where
 * two or more of the blocks Readability dropped are dated (a theme's comment signatures). Elsewhere
 * it would walk the article for nothing (a median of three dropped blocks are asked instead).
 */
export function removeCommentThreadsSignedInDropped(root: Element, log: RemovalLog): void {
  let dated = 0;
  // The dropped block may be the signature line itself ("Posted by: Gabriel at December 19, 2025
  // 12:14 AM", swept for its "comments-post" class), or hold one (a theme's `<footer>`).
  for (const el of markedBlocks(root) ?? elementsWithAttr(root, DROPPED_ATTR)) if ((isStamp(el) || stamps(el).length) && ++dated >= 2) break;
  if (dated >= 2) removeCommentThreads(root, log);
}
