/**
 * Patch 9 of readability.ts: the article's own block, swept by its name. Before choosing,
 * Readability removes every block whose class or id reads as chrome ("sidebar", "header",
 * "comment"…) unless it also reads as content; a page-wide wrapper named
 * `full-width-template-with-sidebar` goes with the article in it. `createReader`'s `spares` is
 * asked about each visible block the sweep takes for its name alone (never a hidden one, a modal,
 * a byline or a heading: those are removed for what they are); one it spares is walked into as a
 * kept node is (5.). steps/readability.ts says which it spares.
 */

/** What the test reads of Readability's instance. */
export interface SweepReader {
  REGEXPS: Record<'unlikelyCandidates' | 'okMaybeItsACandidate' | 'byline', RegExp>;
  _isProbablyVisible(node: Element): boolean;
  _hasAncestorTag(node: Element, tag: string): boolean;
}

/**
 * A block the unlikely sweep takes by its name alone: the sweep's own test (Readability's
 * `_grabArticle`), asked only of nodes Readability is removing, so a node that passes it and not
 * an earlier test (hidden, a modal, the byline, a heading repeating the title) is being swept.
 */
export function sweptForName(r: SweepReader, node: Element): boolean {
  const name = node.className + ' ' + node.id;
  if (!r.REGEXPS.unlikelyCandidates.test(name) || r.REGEXPS.okMaybeItsACandidate.test(name) || r.REGEXPS.byline.test(name)) return false;
  if (/^(BODY|A|H1|H2)$/.test(node.tagName) || node.getAttribute('rel') === 'author' || (node.getAttribute('itemprop') ?? '').includes('author')) return false;
  if (node.getAttribute('aria-modal') === 'true' && node.getAttribute('role') === 'dialog') return false;
  return r._isProbablyVisible(node) && !r._hasAncestorTag(node, 'table') && !r._hasAncestorTag(node, 'code');
}
