import { realCall, realGet } from '../dom/unclobbered';

/**
 * Clone. Runs first because every later step mutates: the live page must never change.
 * `cloneNode` on a Document gives a document with no browsing context, so nothing in it loads an
 * image, runs a script or fires an event handler.
 *
 * Chromium's `cloneNode(true)` recurses natively and crashes the tab (not just the script) on a
 * tree about 30,000 levels deep, which a page can build with a few lines of script; and Readability
 * reads `textContent` at every level, so time grows with depth × size (a 512-deep chain over 30,000
 * divs takes it 5 s). Real pages are shallow: the deepest of 730 corpus pages is 56 levels. So the
 * depth is measured first (a TreeWalker, no recursion) and a deeper document is copied node by node,
 * with everything below MAX_DEPTH hung on its ancestor at MAX_DEPTH, in document order, as the HTML
 * parser does past its own limit. Members are read through the prototype: `<img name="cloneNode">`
 * shadows the document's own.
 */
export const MAX_DEPTH = 128;

function walker(doc: Document, what: number): TreeWalker {
  return realCall<TreeWalker>(doc, 'createTreeWalker', doc, what);
}

/** The depth of the deepest element, or MAX_DEPTH + 1 as soon as it is known to be deeper. */
export function treeDepth(doc: Document): number {
  return walkShape(doc, true).depth;
}

export interface TreeShape {
  /** The depth of the deepest element copied. */
  depth: number;
  /** How many elements the copy will have, at most (the roots of what it leaves out included). */
  elements: number;
  /** The subtrees of the page the copy leaves out, in document order. */
  omitted: Element[];
}

/**
 * Depth and element count in one walk: the pipeline checks the page's size before cloning, and a
 * separate `getElementsByTagName('*')` walked the whole live page a second time for it. The walk
 * stops once the count passes `maxElements` (the page is refused then, whatever its depth). The same
 * walk asks `omit` of each element in the body whether the copy may leave it out (the pruning's
 * `leftOutOfCopy`): it does not go into those, so neither their size nor their depth counts.
 */
export function treeShape(doc: Document, maxElements = Infinity, omit?: (el: Element) => boolean): TreeShape {
  return walkShape(doc, false, maxElements, omit);
}

/**
 * The same shape measured by selector queries, for a browser's own document (the content script):
 * there the count, the depth test and the candidates' lookup run natively, while a walk gives every
 * node of the page a wrapper in the script's world, which is most of a first click's copying time.
 * `depth` is only known to be within MAX_DEPTH or past it; `elements` counts the left-out subtrees
 * too. `candidates` selects every element `omit` may accept (and more); none inside one left out is
 * asked.
 */
export function treeShapeBySelectors(doc: Document, maxElements: number, candidates: string, omit: (el: Element) => boolean): TreeShape {
  const elements = realGet<number>(realCall<HTMLCollection>(doc, 'getElementsByTagName', '*'), 'length');
  if (elements > maxElements) return { depth: 0, elements, omitted: [] };
  const depth = realCall<Element | null>(doc, 'querySelector', TOO_DEEP) ? MAX_DEPTH + 1 : MAX_DEPTH;
  const omitted: Element[] = [];
  // A page nested past MAX_DEPTH is copied whole (then flattened): asking of each candidate what
  // the pruning asks would cost its depth times its size.
  const body = depth > MAX_DEPTH ? null : bodyOf(doc);
  for (const el of body ? Array.from(realCall<NodeListOf<Element>>(body, 'querySelectorAll', candidates)) : []) {
    const last = omitted[omitted.length - 1];
    if (last && realCall<boolean>(last, 'contains', el)) continue;
    if (omit(el)) omitted.push(el);
  }
  return { depth, elements, omitted };
}

/**
 * The page's `<body>`, past clobbering (`<img name="body">`); null for a frameset page. The pruning
 * takes only what is inside it, so the copy leaves out nothing else.
 */
function bodyOf(doc: Document): HTMLElement | null {
  const body = realGet<HTMLElement | null>(doc, 'body');
  return body && realGet<string>(body, 'localName') === 'body' ? body : null;
}

/** An element deeper than MAX_DEPTH (the root is at depth 1). */
const TOO_DEEP = ':root' + ' > *'.repeat(MAX_DEPTH);

function walkShape(doc: Document, stopWhenTooDeep: boolean, maxElements = Infinity, omit?: (el: Element) => boolean): TreeShape {
  const w = walker(doc, 1);
  const omitted: Element[] = [];
  const body = omit ? bodyOf(doc) : null;
  // The body's depth while the walk is inside it: only what is in the body is asked about.
  let bodyDepth = 0;
  let depth = 0;
  let max = 0;
  let elements = 0;
  for (;;) {
    if (elements > maxElements) return { depth: max, elements, omitted };
    const at = w.currentNode as Element;
    if (at === body) bodyDepth = depth;
    else if (depth <= bodyDepth) bodyDepth = 0;
    // Not past MAX_DEPTH, where the copy is flattened: the pruning's own test is bounded by the
    // copy's depth, and on a page nested 30,000 deep it would be asked at every level.
    const leave = bodyDepth > 0 && depth > bodyDepth && depth <= MAX_DEPTH && omit!(at);
    if (leave) omitted.push(at);
    else if (w.firstChild()) {
      elements++;
      if (++depth > max && (max = depth) > MAX_DEPTH && stopWhenTooDeep) return { depth: max, elements, omitted };
      continue;
    }
    while (!w.nextSibling()) {
      if (!w.parentNode()) return { depth: max, elements, omitted };
      depth--;
    }
    elements++;
  }
}

function cappedClone(doc: Document, omitted: Set<Node>): Document {
  const out = realCall<Document>(doc, 'cloneNode', false);
  const w = walker(doc, 0xffffffff);
  // parents[d] is the copy of the node at depth d on the current path (d < MAX_DEPTH); a node
  // deeper than MAX_DEPTH becomes a sibling at MAX_DEPTH.
  const parents: Node[] = [out];
  let depth = 0;
  for (;;) {
    if (!omitted.has(w.currentNode) && w.firstChild()) depth++;
    else {
      while (!w.nextSibling()) {
        if (!w.parentNode()) return out;
        depth--;
      }
    }
    if (omitted.has(w.currentNode)) continue;
    const copy = importChild(out, w.currentNode, false);
    if (!copy) continue;
    realCall(parents[Math.min(depth, MAX_DEPTH) - 1], 'appendChild', copy);
    if (depth < MAX_DEPTH) parents[depth] = copy;
  }
}

/**
 * A copy of `node` owned by `into`. jsdom throws copying a doctype whose name is not a valid QName
 * (`<!DOCTYPE>`, `<!doctype html!>`, found by the property tests); browsers copy it. Nothing reads
 * the doctype, so it is left out.
 */
function importChild(into: Document, node: Node, deep: boolean): Node | null {
  try {
    return realCall<Node>(into, 'importNode', node, deep);
  } catch (e) {
    if (realGet<number>(node, 'nodeType') === 10) return null;
    throw e;
  }
}

/**
 * The copy is an empty clone of the document (same URL, mode and type, no browsing context) into
 * which the page's nodes are imported, rather than `doc.cloneNode(true)`: the result is the same,
 * but a document's deep clone builds its tree owned by the page's document and then adopts it into
 * the copy, one more walk over every node (in jsdom about a sixth of the clone's time). `shape` is
 * the page's, when the caller has measured it: its `omitted` subtrees are not copied. The ancestors
 * of those are copied one level at a time, and every other child in one deep import.
 */
export function cloneDocument(doc: Document, shape: TreeShape = { depth: treeDepth(doc), elements: 0, omitted: [] }): Document {
  const omitted = new Set<Node>(shape.omitted);
  if (shape.depth > MAX_DEPTH) return cappedClone(doc, omitted);
  const out = realCall<Document>(doc, 'cloneNode', false);
  // The nodes on the way to a left-out subtree: only these are copied shallow.
  const onPath = new Set<Node>();
  for (const el of shape.omitted) {
    for (let p = realGet<Node | null>(el, 'parentNode'); p && !onPath.has(p); p = realGet<Node | null>(p, 'parentNode')) onPath.add(p);
  }
  const copyChildren = (from: Node, into: Node): void => {
    for (let c = realGet<Node | null>(from, 'firstChild'); c; c = realGet<Node | null>(c, 'nextSibling')) {
      if (omitted.has(c)) continue;
      const deep = !onPath.has(c);
      const copy = importChild(out, c, deep);
      if (!copy) continue;
      realCall(into, 'appendChild', copy);
      if (!deep) copyChildren(c, copy);
    }
  };
  copyChildren(doc, out);
  return out;
}
