import { htmlToFragment, purifierFor, sanitizeToFragment } from '../../src/index';

/**
 * The one sink through which extension pages turn article HTML into DOM. The HTML crossed a
 * message boundary from a page the user does not control, so it is sanitized again here with the
 * pipeline's own DOMPurify allowlist before any node is inserted; callers get nodes, never strings
 * to assign. Parsing happens in an inert template, so nothing loads before sanitizing.
 */
function purifier(doc: Document) {
  const p = purifierFor(doc.defaultView as (Window & typeof globalThis) | null);
  if (!p) throw new Error('No HTML sanitizer is available in this context');
  return p;
}

/** A detached element of an inert document (no loads, no handlers) holding the parsed HTML. */
function holder(html: string, doc: Document): HTMLElement {
  const frag = htmlToFragment(html, doc);
  const div = frag.ownerDocument.createElement('div');
  div.appendChild(frag);
  return div;
}

/** Sanitized nodes for `html`, owned by `doc`, ready to append. */
export function safeFragment(html: string, doc: Document = document): DocumentFragment {
  const frag = sanitizeToFragment(purifier(doc), holder(html, doc));
  return frag.ownerDocument === doc ? frag : (doc.importNode(frag, true) as DocumentFragment);
}
