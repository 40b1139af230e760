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
  /** The depth of the deepest element. */
  depth: number;
  /** How many elements the document has. */
  elements: number;
}

/**
 * Depth and element count in one walk: the pipeline checks the page's size before cloning, and a
 * separate `getElementsByTagName('*')` walked the whole live page a second time for it. The walk
 * stops once the count passes `maxElements` (the page is refused then, whatever its depth).
 */
export function treeShape(doc: Document, maxElements = Infinity): TreeShape {
  return walkShape(doc, false, maxElements);
}

function walkShape(doc: Document, stopWhenTooDeep: boolean, maxElements = Infinity): TreeShape {
  const w = walker(doc, 1);
  let depth = 0;
  let max = 0;
  let elements = 0;
  for (;;) {
    if (elements > maxElements) return { depth: max, elements };
    if (w.firstChild()) {
      elements++;
      if (++depth > max && (max = depth) > MAX_DEPTH && stopWhenTooDeep) return { depth: max, elements };
      continue;
    }
    while (!w.nextSibling()) {
      if (!w.parentNode()) return { depth: max, elements };
      depth--;
    }
    elements++;
  }
}

function cappedClone(doc: Document): Document {
  const out = realCall<Document>(doc, 'cloneNode', false);
  const w = walker(doc, 0xffffffff);
  // parents[d] is the copy of the node at depth d on the current path (d < MAX_DEPTH); a node
  // deeper than MAX_DEPTH becomes a sibling at MAX_DEPTH.
  const parents: Node[] = [out];
  let depth = 0;
  for (;;) {
    if (w.firstChild()) depth++;
    else {
      while (!w.nextSibling()) {
        if (!w.parentNode()) return out;
        depth--;
      }
    }
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
 * the copy, one more walk over every node (in jsdom about a sixth of the clone's time). `depth` is
 * the page's tree depth when the caller has measured it.
 */
export function cloneDocument(doc: Document, depth = treeDepth(doc)): Document {
  if (depth > MAX_DEPTH) return cappedClone(doc);
  const out = realCall<Document>(doc, 'cloneNode', false);
  for (let c = realGet<Node | null>(doc, 'firstChild'); c; c = realGet<Node | null>(c, 'nextSibling')) {
    const copy = importChild(out, c, true);
    if (copy) realCall(out, 'appendChild', copy);
  }
  return out;
}
