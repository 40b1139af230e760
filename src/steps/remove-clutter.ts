import type { RuleGroup } from '../rules/types';
import type { RemovalKind } from '../types';
import { foldSpace } from '../dom/text';
import { elementsNamed, elementsWithAttr, holdsAttr, walkElements } from '../dom/elements';
import { insideMainContent } from '../dom/ancestry';
import { PLACEHOLDER_ATTR, type PendingRemoval, type RemovalLog } from '../clutter/removal-log';
import { absorb } from '../clutter/absorb';
import { AGAIN_ATTR, BOXED_KINDS } from './page-clutter';
import { compiledSelectors, type CompiledSelector } from '../clutter/compiled-rules';
import { selectorHits } from '../clutter/selector-hits';
import { MAX_PATTERN_CHARS, MAX_LONG_PATTERN_CHARS, MAX_REMOVABLE_CHARS, isArticleRoot, protects, textOf, widen } from '../clutter/guards';
import { boxOf, type BoxOptions } from '../clutter/box';
import { isProse } from '../clutter/prose';
import { LABELLED_KINDS, MAX_LABEL_CHARS, isLabelLike } from '../clutter/label-line';
import { takeLeftLabels } from './left-labels';
import { FORM_KIND_ATTR, MAX_FORM_CHARS, formKind, formReason } from '../clutter/forms';

/**
 * The clutter rules (`rules/`) on the article Readability kept, after the region check, as the
 * first of the article's steps (the page's pass before Readability is steps/page-clutter.ts):
 * structure and content, since clutter inside the article body survives Readability, especially on
 * pages with hashed class names, and whole boxes (clutter/box.ts), also around what the page's pass
 * took. The steps after it (repeated captions and blocks, calls to action, the tail) judge what
 * this leaves.
 */

const BLOCKS = new Set(['p', 'div', 'section', 'aside', 'header', 'footer', 'nav', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'span', 'strong', 'em', 'b', 'i', 'small', 'label', 'a', 'button', 'form', 'table', 'tr', 'td', 'dl', 'dd', 'dt', 'blockquote']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Site chrome's matched heading ("Table of contents") also takes the list of links that follows it. */
const HEADED_KINDS = new Set<RemovalKind>(['chrome']);
/** Boxes up to this long are searched for another kind's box inside them by its words too. */
const MAX_NESTED_SCAN_CHARS = 4000;

function removeBySelectors(root: Element, sels: CompiledSelector[], groups: readonly RuleGroup[], log: RemovalLog): void {
  // The article's selectors: what the page's pass only marked (markLater) is taken now.
  for (const { el, sel } of selectorHits(root, sels, true)) {
    if (!root.contains(el) || el === root || protects(el)) continue;
    const kind = sel.rules.kind;
    let target = sel.widen ? widen(el, root, kind) : el;
    if (protects(target)) continue;
    if (LABELLED_KINDS.has(kind) && isLabelLike(target)) target = boxOf(target, root, boxOptions(kind, groups, log));
    const inArticle = insideMainContent(target, root);
    if (BOXED_KINDS.has(kind)) splitNested(target, kind, sels, groups, log, inArticle);
    removeBox(target, kind, `${sel.rules.label} (${sel.selector})`, log, inArticle);
  }
}

/** A removal inside a box of `kind` that is a part of it: one of its kind, or a generic control a chrome rule took. */
const partOf = (p: PendingRemoval, kind: RemovalKind): boolean => !p.absorbed && (p.kind === kind || p.kind === 'chrome');

/** A short link, button or form: what a box reaches down to. */
function isControl(el: Element): boolean {
  if (textOf(el).length > 60) return false;
  // A form (defused into a div, its fields pruned) is known by its mark, also inside a wrapper.
  if (formKind(el) || holdsAttr(el, FORM_KIND_ATTR)) return true;
  for (const t of ['a', 'button', 'form', 'input']) if (el.localName === t || el.getElementsByTagName(t).length) return true;
  return false;
}

/** How a box of `kind` is bounded (clutter/box.ts): other kinds' labels end it; removals that are its parts belong to it. */
function boxOptions(kind: RemovalKind, groups: readonly RuleGroup[], log: RemovalLog): BoxOptions {
  return {
    kind,
    otherLabel: (e) => isLabel(e, groups, kind),
    removed: (mark) => {
      const p = log.of(mark);
      if (!p || !partOf(p, kind)) return 'stop';
      return isControl(p.element) ? 'control' : 'blurb';
    },
  };
}

/** Remove `box` as one block of `kind`, with the removals inside it that are its parts. */
function removeBox(box: Element, kind: RemovalKind, reason: string, log: RemovalLog, inArticle = false): void {
  if (BOXED_KINDS.has(kind)) absorb(log, box, (p) => partOf(p, kind));
  log.remove(box, kind, reason, inArticle);
}


/**
 * A box of one kind can hold a box of another (a comments section ending in its reCAPTCHA notice):
 * each is reported as its own kind, so the inner one is taken out first.
 */
function splitNested(box: Element, kind: RemovalKind, sels: CompiledSelector[], groups: readonly RuleGroup[], log: RemovalLog, inArticle: boolean): void {
  for (const { el, sel } of selectorHits(box, sels, false, (s) => !s.later && s.rules.kind !== kind && BOXED_KINDS.has(s.rules.kind))) {
    if (!box.contains(el)) continue;
    const target = sel.widen ? widen(el, box, sel.rules.kind) : el;
    log.remove(target, sel.rules.kind, `${sel.rules.label} (${sel.selector})`, inArticle);
  }
  const raw = box.textContent ?? '';
  if (raw.length > MAX_NESTED_SCAN_CHARS) return;
  const others = groups.filter((g) => g.kind !== kind && BOXED_KINDS.has(g.kind) && g.patterns.length);
  if (!others.length) return;
  const blocks = shortBlocks(box, MAX_PATTERN_CHARS);
  const kindOf = (text: string): RuleGroup | undefined => others.find((o) => o.patterns.some((re) => re.test(text)));
  for (const [i, { el, text }] of blocks.entries()) {
    if (!box.contains(el)) continue;
    const g = kindOf(text);
    // The smallest block the words match (a comment form whose only text left is its reCAPTCHA notice is no notice).
    if (!g || innerHit(blocks, i, (b) => kindOf(b.text) === g)) continue;
    const target = widen(el, box, g.kind);
    if (target === box) continue;
    log.remove(target, g.kind, `${g.label} ("${text.length > 40 ? text.slice(0, 39) + '…' : text}")`, inArticle);
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

/** A short block that a pattern of another boxed kind than `kind` matches: the label of a box of its own. */
function isLabel(el: Element, groups: readonly RuleGroup[], kind: RemovalKind): boolean {
  const raw = el.textContent ?? '';
  if (raw.length > MAX_PATTERN_CHARS * 4) return false;
  const text = foldSpace(raw);
  return text.length <= MAX_PATTERN_CHARS && groups.some((g) => g.kind !== kind && BOXED_KINDS.has(g.kind) && g.patterns.some((re) => re.test(text)));
}

/** Whether a block inside `blocks[i]` (they follow it, outermost first in document order) passes `hit`. */
function innerHit(blocks: { el: Element; text: string }[], i: number, hit: (b: { el: Element; text: string }) => boolean): boolean {
  const outer = blocks[i].el;
  for (let j = i + 1; j < blocks.length && outer.contains(blocks[j].el); j++) if (hit(blocks[j])) return true;
  return false;
}

function removeByPatterns(root: Element, all: readonly RuleGroup[], log: RemovalLog): void {
  const groups = all.filter((g) => g.patterns.length || g.teaserPatterns?.length || g.longPatterns?.length);
  if (!groups.length) return;
  const long = groups.some((g) => g.longPatterns?.length);
  const blocks = shortBlocks(root, long ? MAX_LONG_PATTERN_CHARS : MAX_PATTERN_CHARS);
  // Group order first (most certain kind wins), then document order, as the rules are listed.
  // 1: a short block's words (a label, a line), 2: a closing note's (a long pattern), 0: none.
  const hits = (g: RuleGroup, el: Element, text: string): number => {
    const short = text.length <= MAX_PATTERN_CHARS;
    return (short && g.patterns.some((re) => re.test(text))) ||
      (short && !!g.teaserPatterns?.some((re) => re.test(text)) && linksOut(el, text)) ? 1 :
      g.longPatterns?.some((re) => re.test(text)) ? 2 : 0;
  };
  for (const g of groups) {
    for (const [i, { el, text }] of blocks.entries()) {
      // The words first: few blocks match, and asking each whether it is still in `root` cost more.
      const hit = hits(g, el, text);
      if (!hit || !root.contains(el)) continue;
      // A box's label or notice is the smallest block its words match ("Comment" over a comment box
      // and the reCAPTCHA notice under it make one short block the notice's words match too): the
      // box is then found from the label, by its shape.
      // A closing note the words match whole (a long pattern's, or a paragraph of prose a short one
      // matches: "Want to keep up …? … Subscribe here.") is no box: the words inside it are its own.
      if (BOXED_KINDS.has(g.kind) && hit === 1 && !isProse(el) && innerHit(blocks, i, (b) => !!hits(g, b.el, b.text))) continue;
      let target = widen(el, root, g.kind);
      if (protects(target)) continue;
      if (LABELLED_KINDS.has(g.kind) && text.length <= MAX_LABEL_CHARS) target = boxOf(target, root, boxOptions(g.kind, groups, log));
      const headed = HEADED_KINDS.has(g.kind) && text.length <= 60 &&
        (HEADINGS.has(target.localName) || HEADINGS.has(el.localName) || el.localName === 'strong' || el.localName === 'b' || target.localName === 'p')
        ? followingTeasers(target) : null;
      const reason = `${g.label} ("${text.length > 40 ? text.slice(0, 39) + '…' : text}")`;
      removeBox(target, g.kind, reason, log);
      if (headed) log.remove(headed, g.kind, `${g.label} (the list under "${text.length > 40 ? text.slice(0, 39) + '…' : text}")`);
    }
  }
}

/**
 * Sign-up and comment forms by their fields (clutter/forms.ts), wherever they stand: a rule's words
 * or class names are not needed to know an email field. With the reCAPTCHA notice or other box
 * inside them split out as their own kind.
 */
function removeForms(root: Element, forms: Element[], sels: CompiledSelector[], groups: readonly RuleGroup[], log: RemovalLog): void {
  for (const form of forms) {
    if (!root.contains(form) || textOf(form).length > MAX_FORM_CHARS) continue;
    const kind = formKind(form);
    if (!kind) continue;
    const box = boxOf(form, root, { ...boxOptions(kind, groups, log), fromControl: true });
    const inArticle = insideMainContent(box, root);
    splitNested(box, kind, sels, groups, log, inArticle);
    removeBox(box, kind, formReason(kind), log, inArticle);
  }
}

/** Of the placeholders `marks`, those of what the page's pass took of a boxed kind. */
function pageBoxes(marks: Element[], log: RemovalLog): [PendingRemoval, Element][] {
  const out: [PendingRemoval, Element][] = [];
  for (const mark of marks) {
    const p = log.of(mark);
    if (p && !p.absorbed && p.element.hasAttribute(AGAIN_ATTR)) out.push([p, mark]);
  }
  return out;
}

/** Whether `root` holds the place of something the page's pass took that the article's pass judges again. */
export const holdsPageBoxes = (root: Element, log: RemovalLog): boolean => pageBoxes(elementsWithAttr(root, PLACEHOLDER_ATTR), log).length > 0;

/**
 * What the page's pass took of a boxed kind (AGAIN_ATTR, steps/page-clutter.ts), back in its place
 * (of the placeholders `marks`), to be judged with its box; each with the placeholder it had.
 */
function putBack(marks: Element[], log: RemovalLog): [PendingRemoval, Element][] {
  const back = pageBoxes(marks, log);
  for (const [p, mark] of back) {
    p.element.removeAttribute(AGAIN_ATTR);
    mark.replaceWith(p.element);
    p.absorbed = true;
  }
  return back;
}

/**
 * The second pass, on Readability's article (and on each block it dropped, report-dropped.ts): the
 * page pass's boxed removals put back, then selectors (and what the first pass marked), forms by
 * their fields, and content patterns. A block put back that no rule takes again is removed as the
 * page's pass removed it: this pass only widens what the page took, never gives it back.
 */
export function removeArticleClutter(article: Element, groups: readonly RuleGroup[], log: RemovalLog, user?: RuleGroup): void {
  // One walk for the placeholders and the forms. The forms are those in the article after the
  // selectors ran: these only take out or wrap what is there, and removeForms skips what left, so
  // the list read now serves unless blocks were put back (they may hold forms of their own).
  const marks: Element[] = [];
  let forms: Element[] = [];
  walkElements(article, (el) => {
    if (el.hasAttribute(PLACEHOLDER_ATTR)) marks.push(el);
    if (el.hasAttribute(FORM_KIND_ATTR)) forms.push(el);
    return true;
  });
  const back = putBack(marks, log);
  if (back.length) forms = elementsWithAttr(article, FORM_KIND_ATTR);
  const first = log.pending.length;
  const sels = compiledSelectors(groups, user, true);
  removeBySelectors(article, sels, groups, log);
  removeForms(article, forms, sels, groups, log);
  removeByPatterns(article, user ? [...groups, user] : groups, log);
  for (const [p, mark] of back) {
    if (article.contains(p.element)) {
      p.element.replaceWith(mark);
      p.absorbed = false;
    } else if (p.inArticle) {
      // Taken from the page's main content: so is the removal that holds it now (reported even unplaced).
      for (let i = first; i < log.pending.length; i++) if (log.pending[i].element.contains(p.element)) log.pending[i].inArticle = true;
    }
  }
  takeLeftLabels(article, log);
}
