/**
 * The one place in `src/` that turns a string into DOM. The string is always our own sanitized
 * output; it is parsed in an inert `<template>` of a fresh document, so nothing in it loads or runs.
 */
export function htmlToFragment(html: string, doc: Document): DocumentFragment {
  const t = doc.implementation.createHTMLDocument('').createElement('template');
  t.innerHTML = html;
  return t.content;
}

/**
 * A tree sent as data (node-list.ts) built again in a fresh inert document, node for node: nothing
 * in it loads or runs, and it is the tree that was sent, which parsing markup would not give. An
 * element whose name this DOM refuses is built as an unknown element (`x-tidy`), which the sanitizer
 * unwraps as it would have the original (no allowed tag has such a name). Null when `nodes` is not
 * such a list.
 */
export function elementFromNodes(nodes: unknown, doc: Document): Element | null {
  if (!Array.isArray(nodes) || !nodes.length) return null;
  const inert = doc.implementation.createHTMLDocument('');
  const built: Node[] = [];
  for (const n of nodes as unknown[]) {
    if (!Array.isArray(n) || !Number.isInteger(n[0]) || n[0] >= built.length || (n[0] < 0 && built.length > 0) || typeof n[2] !== 'string') return null;
    const parent = n[0] < 0 ? null : built[n[0]];
    if (parent && parent.nodeType !== 1) return null;
    let node: Node;
    if (n[1] === 3) node = inert.createTextNode(n[2]);
    else if (n[1] === 8) node = inert.createComment(n[2]);
    else if (n[1] === 1 && Array.isArray(n[3])) node = element(inert, n[2], n[3], typeof n[4] === 'string' ? n[4] || null : XHTML);
    else return null;
    built.push(node);
    parent?.appendChild(node);
  }
  return built[0].nodeType === 1 ? (built[0] as Element) : null;
}

const XHTML = 'http://www.w3.org/1999/xhtml';

function element(doc: Document, name: string, attrs: unknown[], ns: string | null): Element {
  let el: Element;
  try {
    el = doc.createElementNS(ns, name);
  } catch {
    el = doc.createElementNS(XHTML, 'x-tidy');
  }
  for (let i = 0; i + 1 < attrs.length; i += 2) {
    try {
      el.setAttribute(String(attrs[i]), String(attrs[i + 1]));
    } catch {
      /* a name this DOM refuses is not one the sanitizer keeps */
    }
  }
  return el;
}
