import createDOMPurify, { type Config } from 'dompurify';
import { realCall, realGet } from '../dom/unclobbered';
import { ALLOWED_ATTR, ALLOWED_TAGS, NON_URL_ATTRS, SAFE_URL, URL_ATTRS, urlAllowed } from './allowlist';

/**
 * Sanitize, after the last step that adds to or rewrites the article, so nothing after it can
 * bring markup back (Readability does not sanitize; the step after this one only drops the
 * placeholders of removed blocks, whose mark is the one attribute of ours kept). A strict
 * allowlist: text structure, links, images, tables; no script, style, iframe, object, embed, form
 * controls, SVG or MathML; no `on*` or `style=`; every URL is http(s), mailto, an image data URL or
 * relative.
 * Without a window there is no sanitizer, and we fail closed.
 */
export { ALLOWED_TAGS, ALLOWED_ATTR, URL_ATTRS, NON_URL_ATTRS, SAFE_URL, urlAllowed };

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: SAFE_URL,
  ADD_URI_SAFE_ATTR: NON_URL_ATTRS,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

export type Purifier = ReturnType<typeof createDOMPurify>;
const cache = new WeakMap<object, Purifier>();

/**
 * DOMPurify reads `createElement`, `implementation`, `importNode`… from `window.document`, and a
 * page's `<embed name="createElement">` or `<img name="implementation">` shadows those on the live
 * document. So it gets the window's constructors with a fresh, empty document of the same realm,
 * reached through the prototype, which no page markup can clobber.
 */
function purifierWindow(win: Window & typeof globalThis): Window & typeof globalThis {
  const live = win.document; // [LegacyUnforgeable] on the window: no markup can shadow it
  if (!live) return win;
  const clean = realCall<Document>(realGet<DOMImplementation>(live, 'implementation'), 'createHTMLDocument', '');
  const { Element, Node, NodeFilter, HTMLTemplateElement, DOMParser } = win;
  return { document: clean, Element, Node, NodeFilter, HTMLTemplateElement, DOMParser } as unknown as Window & typeof globalThis;
}

export function purifierFor(win: (Window & typeof globalThis) | null | undefined): Purifier | null {
  if (!win) return null;
  let p = cache.get(win);
  if (!p) {
    try {
      p = createDOMPurify(purifierWindow(win));
    } catch {
      return null; // a realm DOMPurify cannot even inspect: fail closed
    }
    if (!p.isSupported) return null;
    // Anything URL-valued that is not on the allowlist goes, whatever DOMPurify thinks of it.
    p.addHook('uponSanitizeAttribute', (_node, data) => {
      if (URL_ATTRS.includes(data.attrName) && !urlAllowed(data.attrValue)) data.keepAttr = false;
    });
    // Links open outside the reader and never tell the target who sent them.
    p.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    cache.set(win, p);
  }
  return p;
}

/** The configuration for the article (keeping `keepAttrs`, our placeholders) or a removal. */
function configFor(keepAttrs: string[]): Config {
  // URI-safe too: DOMPurify tests every other attribute's value against ALLOWED_URI_REGEXP, which
  // would drop a placeholder's "3".
  return keepAttrs.length
    ? { ...CONFIG, ADD_ATTR: [...keepAttrs, 'rel'], ADD_URI_SAFE_ATTR: [...NON_URL_ATTRS, ...keepAttrs] }
    : { ...CONFIG, ADD_ATTR: ['rel'] };
}

/** Sanitize a copy of `el` into a fragment owned by the purifier's window document; `el` is left as it was. */
export function sanitizeToFragment(p: Purifier, el: Element, keepAttrs: string[] = []): DocumentFragment {
  return p.sanitize(el, { ...configFor(keepAttrs), RETURN_DOM_FRAGMENT: true }) as unknown as DocumentFragment;
}

export function sanitizeToString(p: Purifier, el: Element | string): string {
  return p.sanitize(el as Node, configFor([])) as unknown as string;
}

/**
 * The pipeline's own path: sanitize `el` where it is, with the same allowlist and hooks, instead of
 * a copy. For DOM input DOMPurify otherwise imports the whole tree into a new document and then,
 * because that document's `<body>` (its walk root) is not on our allowlist, deep-copies every child
 * once more to hoist it: two copies of the article, half the step's time in jsdom. In place it
 * copies nothing. DOMPurify cannot sanitize (or remove) the root of an in-place walk, and refuses a
 * root that is not allowed or is clobbered, so `el` is first moved into a fresh `<div>` of its own
 * document: then `el` itself is judged like any other element (an unlisted `<main>` is unwrapped,
 * as before). `el` must belong to an inert document, as the pipeline's clone does (no browsing
 * context: nothing in it loads or runs before or while it is cleaned). Returns the `<div>`, whose
 * children are the sanitized article; `el` is consumed.
 */
export function sanitizeInPlace(p: Purifier, el: Element, keepAttrs: string[] = []): HTMLElement {
  const root = realCall<HTMLElement>(realGet<Document>(el, 'ownerDocument'), 'createElement', 'div');
  realCall(root, 'appendChild', el);
  p.sanitize(root, { ...configFor(keepAttrs), IN_PLACE: true });
  return root;
}

/**
 * Each of `els` sanitized (in place, as `sanitizeInPlace`) and serialized, in one DOMPurify pass
 * for all of them (removal previews: a page has dozens, and each separate call paid for a new
 * document and two copies). Gives what `sanitizeToString` gives for each; `els` are consumed.
 */
export function sanitizeAllToStrings(p: Purifier, els: Element[]): string[] {
  if (!els.length) return [];
  const doc = realGet<Document>(els[0], 'ownerDocument');
  const root = realCall<HTMLElement>(doc, 'createElement', 'div');
  const holders = els.map((el) => {
    const holder = realCall<HTMLElement>(doc, 'createElement', 'div');
    realCall(holder, 'appendChild', el);
    realCall(root, 'appendChild', holder);
    return holder;
  });
  p.sanitize(root, { ...configFor([]), IN_PLACE: true });
  return holders.map((h) => h.innerHTML);
}
