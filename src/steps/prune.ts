import { walkElements } from '../dom/elements';
import { isHidden } from '../dom/hidden';
import { insideMainContent } from '../dom/ancestry';
import { markForm } from '../clutter/forms';
import { isKept, KEEP_ATTR, mayHoldKept } from '../dom/kept';
import { realCall, realGet } from '../dom/unclobbered';
import { isSwitch } from './switch-panels';

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
/**
 * Of those, what no step before the pruning reads (defusing, streamed content, metadata and the
 * learned rules read scripts, templates, links, metas and form controls): the page's copy leaves
 * these out (steps/clone.ts), so it never copies a subtree this step would delete.
 */
const NEVER_READ = new Set(['style', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas']);
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

/**
 * Whether the copy of the live page may leave `el` out (steps/clone.ts): this step would delete it
 * whatever the steps before it do, and none of them reads it. `chrome` also leaves out the site's
 * chrome outside the article, which this step deletes too (the caller asks it only where nothing
 * before the pruning can move the page's blocks or mark one kept: no learned rule, no streamed
 * content). `el` is on the live page, so what may be a form is read past clobbering (only a form's
 * members can be shadowed), and a form itself is never left out.
 */
export function leftOutOfCopy(el: Element, chrome: boolean): boolean {
  const n = el.localName;
  if (typeof n !== 'string' || n === 'form') return false;
  if (NEVER_READ.has(n)) return true;
  if (!chrome) return false;
  const role = el.getAttribute('role');
  if (!CHROME.has(n) && !(role && CHROME_ROLES.has(role))) return false;
  return !liveAncestorHolds(el) && !liveWrapsArticle(el);
}

/** A selector for every element `leftOutOfCopy` may accept (`chrome` or not), for a lookup by the selector engine. */
export function leftOutCandidates(chrome: boolean): string {
  const tags = chrome ? [...NEVER_READ, ...CHROME] : [...NEVER_READ];
  return [...tags, ...(chrome ? [...CHROME_ROLES].map((r) => `[role="${r}"]`) : [])].join(', ');
}

const attr = (el: Element, name: string): string | null => realCall<string | null>(el, 'getAttribute', name);

/** An ancestor is main content (insideMainContent) or carries the keep mark. */
function liveAncestorHolds(el: Element): boolean {
  for (let p = realGet<Element | null>(el, 'parentElement'); p; p = realGet<Element | null>(p, 'parentElement')) {
    const n = realGet<string>(p, 'localName');
    if (n === 'article' || n === 'main' || attr(p, 'itemprop') === 'articleBody' || attr(p, KEEP_ATTR) !== null) return true;
  }
  return false;
}

/** `el` or an element in it is the article (wrapsArticle) or carries the keep mark. */
function liveWrapsArticle(el: Element): boolean {
  if (attr(el, KEEP_ATTR) !== null) return true;
  const doc = realGet<Document>(el, 'ownerDocument');
  const tw = realCall<TreeWalker>(doc, 'createTreeWalker', el, 1);
  for (let d = tw.nextNode() as Element | null; d; d = tw.nextNode() as Element | null) {
    const n = realGet<string>(d, 'localName');
    if (n === 'article' || n === 'main' || n === 'h1' || attr(d, 'itemprop') === 'articleBody' || attr(d, KEEP_ATTR) !== null) return true;
  }
  return false;
}

/** A noscript fallback with an image is how lazy-loading pages ship it; Readability unwraps it. */
function holdsImage(el: Element): boolean {
  return el.getElementsByTagName('img').length > 0;
}


export function pruneNonContent(body: Element): { forms: Element[]; switches: Element[] } {
  const drop: Element[] = [];
  const forms = new Set<Element>();
  const switches: Element[] = [];
  // No mark anywhere in the copy (nearly every page): no element is kept, so none is asked.
  const keepAware = mayHoldKept(body.ownerDocument);
  const kept = (el: Element): boolean => keepAware && isKept(el);
  walkElements(body, (el) => {
    const n = el.localName;
    if ((n === 'input' || n === 'textarea') && !isHidden(el)) {
      const form = markForm(el);
      if (form) forms.add(form);
      if (isSwitch(el) && el.parentElement) switches.push(el.parentElement);
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
  return { forms: Array.from(forms).filter((f) => f.isConnected), switches: switches.filter((s) => s.isConnected) };
}
