import { realCall, realGet } from '../dom/unclobbered';

/**
 * Step 2 — defuse DOM clobbering. Runs right after the clone, before anything reads it through DOM
 * properties: `<form><input name="parentNode">` makes `form.parentNode` the input (Readability 0.6
 * then loops forever in a browser) and `<img name="getElementsByTagName">` shadows the document's
 * method. Forms become divs, and elements that create named properties lose `name` (and objects
 * and embeds their `id`). Every access here goes through the prototype, past the clobbering.
 */
// No `meta`: it creates no named property, and the metadata step reads `meta[name]` after this one.
const NAMED = 'img, iframe, embed, object, input, select, textarea, button, output, fieldset, map, a';

export function defuseClobbering(doc: Document): void {
  const forms = Array.from(realCall<NodeListOf<Element>>(doc, 'querySelectorAll', 'form'));
  for (const form of forms) {
    const div = realCall<HTMLElement>(doc, 'createElement', 'div');
    let child: Node | null;
    while ((child = realGet<Node | null>(form, 'firstChild'))) realCall(div, 'appendChild', child);
    const parent = realGet<Node | null>(form, 'parentNode');
    if (parent) realCall(parent, 'replaceChild', div, form);
  }
  for (const el of Array.from(realCall<NodeListOf<Element>>(doc, 'querySelectorAll', NAMED))) {
    el.removeAttribute('name');
    if (el.localName === 'object' || el.localName === 'embed') el.removeAttribute('id');
  }
}
