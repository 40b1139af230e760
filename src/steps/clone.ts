/**
 * Step 1 — clone. Runs first because every later step mutates: the live page must never change.
 * `cloneNode` on a Document gives a document with no browsing context, so nothing in it loads an
 * image, runs a script or fires an event handler.
 */
export function cloneDocument(doc: Document): Document {
  return doc.cloneNode(true) as Document;
}
