/**
 * The mark a learned "keep" rule sets on the page's copy (steps/learned-rules.ts), right after the
 * copy is made, so that every later removal step, wherever it runs (the content script or the
 * page that finishes a draft), can see that the block is the user's. The final sanitizer drops
 * every data-* attribute, so the mark never reaches the article. A page that sets the mark itself
 * only keeps its own clutter in its own extraction, so it is not worth a walk of every page to clear.
 */
export const KEEP_ATTR = 'data-tidy-keep';

/** Documents in which a keep rule marked something: only there does a removal need to look for the mark. */
const marked = new WeakSet<Document>();

/** Mark `el` as kept (and its document as holding a kept block). */
export function markKept(el: Element): void {
  el.setAttribute(KEEP_ATTR, '');
  marked.add(el.ownerDocument);
}

/** Whether a keep rule marked anything in `doc` (a cheap test before `isKept`, for loops over many nodes). */
export const hasKept = (doc: Document | null | undefined): boolean => !!doc && marked.has(doc);

/** Copies whose page carries the mark in its own markup (noted by the defusing walk, which sees every element). */
const markedByPage = new WeakSet<Document>();

/** Note that `doc`'s own markup carries the mark. */
export function notePageMark(doc: Document): void {
  markedByPage.add(doc);
}

/**
 * Whether any element of `doc` may carry the mark, by a keep rule or by the page itself: where this
 * is false, `isKept` is false for every element, and a step that asks it of many elements (the
 * pruning: each a selector query in jsdom, 0.02 of Readability's time) skips asking. Exact only for
 * a copy the defusing step has walked (steps/defuse.ts), as the pipeline's copies are.
 */
export const mayHoldKept = (doc: Document | null | undefined): boolean => !!doc && (marked.has(doc) || markedByPage.has(doc));

/** Whether removing `el` would take a block the user asked to keep: it is one, sits in one, or holds one. */
export function isKept(el: Element): boolean {
  return !!(el.closest(`[${KEEP_ATTR}]`) || el.querySelector(`[${KEEP_ATTR}]`));
}
