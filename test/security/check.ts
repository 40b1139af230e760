import MarkdownIt from 'markdown-it';
import { documentFromHtml } from '../../node/document';

/**
 * The sanitizer check every security test applies to anything we render or export: no active or
 * embedding element, no `style=` or `on*` attribute, every URL-valued attribute http(s), mailto,
 * an image data URL or relative (a page read with no address keeps its links relative). Returns
 * the violations (empty = safe) so a failure says what leaked.
 */
export const FORBIDDEN_ELEMENTS = [
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'select', 'option',
  'textarea', 'meta', 'base', 'link', 'style', 'svg', 'math', 'template', 'noscript', 'portal', 'video', 'audio', 'source',
  'track', 'animate', 'set', 'use', 'foreignobject', 'xmp', 'noembed', 'noframes', 'plaintext',
];
const URL_ATTRS = new Set([
  'href', 'src', 'cite', 'action', 'formaction', 'poster', 'background', 'data', 'codebase', 'longdesc', 'usemap', 'ping',
  'lowsrc', 'dynsrc', 'xlink:href', 'manifest', 'icon', 'profile', 'classid', 'archive', 'itemtype', 'xmlns:xlink',
]);
export const SAFE_URL = /^(?:https?:|mailto:|data:image\/(?:png|gif|jpe?g|webp|avif|bmp);)/i;
/** What a browser resolves against the page: no scheme of its own and no `//host` (`\` counts as `/`). */
const RELATIVE_REF = /^(?![a-z][a-z\d+.-]*:|[/\\]{2})/i;

export function urlIsSafe(value: string): boolean {
  // What a browser would do with the value: strip leading/trailing C0 and space, drop tab/newline.
  const v = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return SAFE_URL.test(v) || RELATIVE_REF.test(v);
}

/** Violations in a fragment of HTML (parsed as the body of a page). */
let shared: Document | null = null;

export function checkHtml(html: string, allow: { documentShell?: boolean } = {}): string[] {
  if (allow.documentShell) {
    const { document, close } = documentFromHtml(html);
    try {
      return checkTree(document, ['meta', 'style']);
    } finally {
      close();
    }
  }
  // Parsed the way the extension inserts article HTML: in an inert template (one long-lived window).
  shared ??= documentFromHtml('<!DOCTYPE html><body></body>').document;
  const t = shared.createElement('template');
  t.innerHTML = html;
  return checkTree(t.content);
}

export function checkTree(root: Document | Element | DocumentFragment, exempt: string[] = []): string[] {
  const out: string[] = [];
  const all = Array.from(root.querySelectorAll('*'));
  for (const el of all) {
    const name = el.localName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.includes(name) && !exempt.includes(name)) out.push(`element <${name}>`);
    for (const a of Array.from(el.attributes)) {
      const an = a.name.toLowerCase();
      if (an === 'style') out.push(`style= on <${name}>`);
      else if (an.startsWith('on')) out.push(`${an}= on <${name}>`);
      else if (an === 'srcset' || an === 'imagesrcset') out.push(`${an}= on <${name}>`);
      else if (URL_ATTRS.has(an) && !urlIsSafe(a.value)) out.push(`${an}="${a.value.slice(0, 60)}" on <${name}>`);
      else if (an === 'http-equiv' && !exempt.includes('meta')) out.push(`http-equiv on <${name}>`);
    }
  }
  return out;
}

/**
 * Markdown is checked the way its worst reader would see it: rendered by a CommonMark renderer with
 * raw HTML on and link validation off, then put through the same HTML check. Every link and image
 * target must also be safe on its own.
 */
const md = new MarkdownIt({ html: true, linkify: false });
md.validateLink = () => true;

export function checkMarkdown(markdown: string): string[] {
  const out = checkHtml(md.render(markdown)).map((v) => `markdown: ${v}`);
  const walk = (tokens: ReturnType<typeof md.parse>): void => {
    for (const t of tokens) {
      for (const key of ['href', 'src']) {
        const v = t.attrGet?.(key);
        if (typeof v === 'string' && !urlIsSafe(v)) out.push(`markdown ${key} target "${v.slice(0, 60)}"`);
      }
      if (t.type === 'html_inline' || t.type === 'html_block') out.push(`markdown raw HTML ${JSON.stringify(t.content.slice(0, 60))}`);
      if (t.children) walk(t.children);
    }
  };
  walk(md.parse(markdown, {}));
  return out;
}
