/**
 * The elements under `root` (not `root` itself) whose local name is one of `names`, in document
 * order: what `getElementsByTagName` or `querySelectorAll("p,td")` find for HTML names, as an array.
 * A walk over the subtree: in jsdom, where the CLI and the benchmark run, reading a live collection
 * item by item cost five times this walk (and the selector engine more); a browser is fast either
 * way. Names are HTML's, so they are compared lowercase.
 */
export function elementsNamed(root: Element | Document, ...names: string[]): Element[] {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const out: Element[] = [];
  const walker = doc.createTreeWalker(root, 1);
  if (names.length === 1) {
    const name = names[0].toLowerCase();
    for (let e = walker.nextNode() as Element | null; e; e = walker.nextNode() as Element | null) if (e.localName === name) out.push(e);
  } else {
    const set = new Set(names.map((n) => n.toLowerCase()));
    for (let e = walker.nextNode() as Element | null; e; e = walker.nextNode() as Element | null) if (set.has(e.localName)) out.push(e);
  }
  return out;
}

/**
 * Elements under `root` (not root itself) in document order; `visit` returns false to skip a
 * subtree. A TreeWalker, because in jsdom it walks inside the implementation, several times faster
 * than stepping with `firstElementChild`/`nextElementSibling`. `visit` must not move nodes.
 */
export function walkElements(root: Element, visit: (el: Element) => boolean): void {
  const tw = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  let n = tw.nextNode() as Element | null;
  while (n) {
    if (visit(n)) {
      n = tw.nextNode() as Element | null;
      continue;
    }
    let next = tw.nextSibling() as Element | null;
    while (!next) {
      if (!tw.parentNode()) return;
      next = tw.nextSibling() as Element | null;
    }
    n = next;
  }
}

/**
 * The elements under `root` (not `root` itself) carrying the attribute `name` (with exactly `value`,
 * when given), in document order: `querySelectorAll('[name]')` as a walk, for the pipeline's own
 * marks (placeholders, dropped blocks, forms), which the article's steps look for many times per
 * page; in jsdom the selector engine cost several times the walk.
 */
export function elementsWithAttr(root: Element, name: string, value?: string): Element[] {
  const out: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  for (let e = walker.nextNode() as Element | null; e; e = walker.nextNode() as Element | null) {
    if (value === undefined ? e.hasAttribute(name) : e.getAttribute(name) === value) out.push(e);
  }
  return out;
}

/** Whether an element under `root` (not `root` itself) carries the attribute `name`: `querySelector('[name]')` as a walk (see above). */
export function holdsAttr(root: Element, name: string): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  for (let e = walker.nextNode() as Element | null; e; e = walker.nextNode() as Element | null) if (e.hasAttribute(name)) return true;
  return false;
}
