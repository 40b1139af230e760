/**
 * The one place in `src/` that turns a string into DOM. The string is always our own sanitized
 * output; it is parsed in an inert `<template>` of a fresh document, so nothing in it loads or runs.
 */
export function htmlToFragment(html: string, doc: Document): DocumentFragment {
  const t = doc.implementation.createHTMLDocument('').createElement('template');
  t.innerHTML = html;
  return t.content;
}
