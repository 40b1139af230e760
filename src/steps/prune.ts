import { walkElements } from '../dom/elements';
import { isHidden } from '../dom/hidden';
import { insideMainContent } from '../dom/ancestry';
import { markForm } from '../clutter/forms';
import { isKept, mayHoldKept } from '../dom/kept';

/**
 * Prune what can never be article text, before the clutter rules and Readability: code,
 * styles, embedded frames and graphics, form controls, hidden elements, and the page's navigation,
 * footers and asides. Readability would drop all of these itself (its visibility test, its
 * `_clean` of footers and asides, the sanitizer's forbidden contents) but only after scoring a
 * page that is often mostly such markup; taking them out first in one cheap walk makes Readability
 * faster and keeps menus and footers from swaying its choice. Runs after the metadata step (which
 * reads JSON-LD scripts and `<time>` in headers). These are not reported as removals: nothing
 * here is content a reader could miss. A form's fields say what kind of form it is (an email field,
 * a comment box): the form is marked with its kind before they go, and returned, for the clutter
 * rules to take whole (clutter/forms.ts). Runs after the defusing step, whose walk notes a page's
 * own keep marks (`mayHoldKept`).
 */

/** Never text a reader sees in an article. */
const NEVER_TEXT = new Set([
  'script', 'style', 'template', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas',
  'link', 'meta', 'base', 'input', 'select', 'textarea', 'button', 'option', 'datalist', 'dialog',
]);
/** Site chrome by element: kept when it wraps the article itself or sits inside it. */
const CHROME = new Set(['nav', 'footer', 'aside']);
/** ARIA roles of site chrome (Readability's own unlikely roles). */
const CHROME_ROLES = new Set(['navigation', 'menu', 'menubar', 'complementary', 'contentinfo', 'alert', 'alertdialog', 'dialog', 'banner']);

/** Holds the article: a main/article element, a schema.org article body, or an h1. */
function wrapsArticle(el: Element): boolean {
  let found = false;
  walkElements(el, (d) => {
    const n = d.localName;
    if (n === 'article' || n === 'main' || n === 'h1' || d.getAttribute('itemprop') === 'articleBody') found = true;
    return !found;
  });
  return found;
}

/** A noscript fallback with an image is how lazy-loading pages ship it; Readability unwraps it. */
function holdsImage(el: Element): boolean {
  return el.getElementsByTagName('img').length > 0;
}


export function pruneNonContent(body: Element): Element[] {
  const drop: Element[] = [];
  const forms = new Set<Element>();
  // No mark anywhere in the copy (nearly every page): no element is kept, so none is asked.
  const keepAware = mayHoldKept(body.ownerDocument);
  const kept = (el: Element): boolean => keepAware && isKept(el);
  walkElements(body, (el) => {
    const n = el.localName;
    if ((n === 'input' || n === 'textarea') && !isHidden(el)) {
      const form = markForm(el);
      if (form) forms.add(form);
    }
    if (NEVER_TEXT.has(n) || ((isHidden(el) || (n === 'noscript' && !holdsImage(el))) && !kept(el))) {
      drop.push(el);
      return false;
    }
    const role = el.getAttribute('role');
    // An article's own footer or aside (its tags, share bar, comment prompt) is left to the clutter
    // rules, which report what they take; Readability drops the rest of it later.
    // A block the user keeps (steps/learned-rules.ts) stays, and so does chrome holding one.
    if ((CHROME.has(n) || (role && CHROME_ROLES.has(role))) && !insideMainContent(el, body) && !wrapsArticle(el) && !kept(el)) {
      drop.push(el);
      return false;
    }
    return true;
  });
  for (const el of drop) el.remove();
  return Array.from(forms).filter((f) => f.isConnected);
}
