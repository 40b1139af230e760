import { realCall, realGet } from '../dom/unclobbered';
import { FORM_KIND_ATTR } from '../clutter/forms';
import { KEEP_ATTR, notePageMark } from '../dom/kept';

/**
 * Defuse DOM clobbering. Runs right after the clone, before anything reads it through DOM
 * properties: `<form><input name="parentNode">` makes `form.parentNode` the input (Readability 0.6
 * then loops forever in a browser) and `<img name="getElementsByTagName">` shadows the document's
 * method. Forms become divs (marked as forms, for the clutter rules), and elements that create named properties lose `name` (and objects
 * and embeds their `id`). Every access here goes through the prototype, past the clobbering.
 * The walk sees every element of the copy, so it also notes whether the page's own markup carries
 * the keep mark (dom/kept.ts), which spares the pruning a selector query per element it drops.
 */
// No `meta`: it creates no named property, and the metadata step reads `meta[name]` after this one.
const NAMED = 'img, iframe, embed, object, input, select, textarea, button, output, fieldset, map, a';

const NAMED_TAGS = new Set(NAMED.split(/,\s*/));

export function defuseClobbering(doc: Document): void {
  // One TreeWalker pass (the selector engine is slow in jsdom on whole pages); the walker is made
  // through the prototype too, since `<img name="createTreeWalker">` shadows the document's.
  const root = realGet<Element | null>(doc, 'documentElement');
  if (!root) return;
  const tw = realCall<TreeWalker>(doc, 'createTreeWalker', root, 1);
  const forms: Element[] = [];
  const named: Element[] = [];
  let pageMark = root.hasAttribute(KEEP_ATTR);
  for (let n = tw.nextNode() as Element | null; n; n = tw.nextNode() as Element | null) {
    // A form's controls can shadow even `localName` (`<input name="localName">`).
    let tag: unknown = n.localName;
    if (typeof tag !== 'string') tag = realGet<string>(n, 'localName');
    if (tag === 'form') {
      forms.push(n); // (a mark on it goes with it: it becomes a bare div)
      continue;
    }
    if (!pageMark && n.hasAttribute(KEEP_ATTR)) pageMark = true;
    if (NAMED_TAGS.has(tag as string) && (n.hasAttribute('name') || ((tag === 'object' || tag === 'embed') && n.hasAttribute('id')))) named.push(n);
  }
  if (pageMark) notePageMark(doc);
  for (const form of forms) {
    const div = realCall<HTMLElement>(doc, 'createElement', 'div');
    realCall(div, 'setAttribute', FORM_KIND_ATTR, '');
    let child: Node | null;
    while ((child = realGet<Node | null>(form, 'firstChild'))) realCall(div, 'appendChild', child);
    const parent = realGet<Node | null>(form, 'parentNode');
    if (parent) realCall(parent, 'replaceChild', div, form);
  }
  for (const el of named) {
    el.removeAttribute('name');
    if (el.localName === 'object' || el.localName === 'embed') el.removeAttribute('id');
  }
}
