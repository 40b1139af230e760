/**
 * A subtree as plain data, to cross a message boundary and be built again node for node
 * (`elementFromNodes` in parse.ts). Not as HTML: a pipeline's tree is not always one the HTML
 * parser would make (Readability turns a `<div>` holding an `<h2>` into a `<p>`; the parser closes
 * a `<p>` at an `<h2>`), so markup parsed back is a different tree, and 7 of 40 corpus pages came
 * out different. As a flat list in document order, each node naming its parent's index (-1: the
 * root), so no depth of nesting makes a deep structure to copy.
 * Elements carry all their attributes: the steps that run after the crossing (the article's
 * clutter rules) match classes, ids and whatever attribute a user's selector names.
 */
export type TreeNode =
  | [parent: number, type: 3 | 8, data: string]
  | [parent: number, type: 1, name: string, attrs: string[], namespace?: string];

const XHTML = 'http://www.w3.org/1999/xhtml';

export function nodeListOf(root: Element): TreeNode[] {
  const out: TreeNode[] = [];
  const index = new Map<Node, number>();
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 | 128 /* elements, text, comments */);
  for (let n: Node | null = root; n; n = walker.nextNode()) {
    const parent = n === root ? -1 : index.get(n.parentNode!)!;
    if (n.nodeType !== 1) {
      out.push([parent, n.nodeType as 3 | 8, (n as CharacterData).data]);
      continue;
    }
    const el = n as Element;
    index.set(el, out.length);
    const attrs: string[] = [];
    for (const a of Array.from(el.attributes)) attrs.push(a.name, a.value);
    const name = el.prefix ? `${el.prefix}:${el.localName}` : el.localName;
    out.push(el.namespaceURI === XHTML ? [parent, 1, name, attrs] : [parent, 1, name, attrs, el.namespaceURI ?? '']);
  }
  return out;
}
