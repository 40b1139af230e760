import { realCall, realGet } from '../dom/unclobbered';

/**
 * Step 1 — clone. Runs first because every later step mutates: the live page must never change.
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
  const w = walker(doc, 1);
  let depth = 0;
  let max = 0;
  for (;;) {
    if (w.firstChild()) {
      if (++depth > max && (max = depth) > MAX_DEPTH) return max;
      continue;
    }
    while (!w.nextSibling()) {
      if (!w.parentNode()) return max;
      depth--;
    }
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
    const copy = cloneChild(w.currentNode, false);
    if (!copy) continue;
    realCall(parents[Math.min(depth, MAX_DEPTH) - 1], 'appendChild', copy);
    if (depth < MAX_DEPTH) parents[depth] = copy;
  }
}

/**
 * jsdom throws cloning a doctype whose name is not a valid QName (`<!DOCTYPE>`, `<!doctype html!>`,
 * found by the property tests); browsers copy it. Nothing reads the doctype, so it is left out.
 */
function cloneChild(node: Node, deep: boolean): Node | null {
  try {
    return realCall<Node>(node, 'cloneNode', deep);
  } catch (e) {
    if (realGet<number>(node, 'nodeType') === 10) return null;
    throw e;
  }
}

export function cloneDocument(doc: Document): Document {
  if (treeDepth(doc) > MAX_DEPTH) return cappedClone(doc);
  try {
    return realCall<Document>(doc, 'cloneNode', true);
  } catch (e) {
    if (!realGet<DocumentType | null>(doc, 'doctype')) throw e;
    const out = realCall<Document>(doc, 'cloneNode', false);
    for (let c = realGet<Node | null>(doc, 'firstChild'); c; c = realGet<Node | null>(c, 'nextSibling')) {
      const copy = cloneChild(c, true);
      if (copy) realCall(out, 'appendChild', copy);
    }
    return out;
  }
}
