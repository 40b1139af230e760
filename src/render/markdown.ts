import TurndownService from 'turndown';
import { htmlToFragment } from '../dom/parse';
import { gfm } from '@joplin/turndown-plugin-gfm';

/**
 * Markdown from the same sanitized DOM the text and HTML come from (never from a string of the
 * page), with GitHub tables. Link and image targets were checked by the sanitizer already.
 */
let service: TurndownService | null = null;

/*
 * Markdown readers may render raw HTML, so nothing from the page may reach the output as markup.
 * Turndown leaves `<` in text and image alt unescaped and lets a `\` at the end of a title close
 * the quote early, which makes the link invalid and its title raw HTML. Text escapes `<`; link and
 * image rules escape every ASCII punctuation in alt and title and percent-encode the destination.
 */
const PUNCT = /[\\`*_{}[\]()<>#+\-.!|"'~&]/g;
const escapePunct = (s: string): string => s.replace(/\s+/g, ' ').trim().replace(PUNCT, '\\$&');
const destination = (url: string): string =>
  url.trim().replace(/[\u0000-\u0020<>()\\"'`\u007f]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
const titlePart = (el: Element): string => {
  const t = el.getAttribute('title');
  return t && t.trim() ? ` "${escapePunct(t)}"` : '';
};

function turndown(): TurndownService {
  if (!service) {
    const s = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
    s.use(gfm);
    const escape = s.escape.bind(s);
    s.escape = (text: string) => escape(text).replace(/</g, '\\<');
    s.addRule('safeLink', {
      filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href'),
      replacement: (content, node) => `[${content}](${destination((node as Element).getAttribute('href') ?? '')}${titlePart(node as Element)})`,
    });
    s.addRule('safeImage', {
      filter: 'img',
      replacement: (_content, node) => {
        const src = (node as Element).getAttribute('src');
        return src ? `![${escapePunct((node as Element).getAttribute('alt') ?? '')}](${destination(src)}${titlePart(node as Element)})` : '';
      },
    });
    service = s;
  }
  return service;
}

/**
 * The GFM table rules take a row's `childNodes` for its cells and call Element methods on them,
 * and take any element named `td`, `th` or `tr` for a part of a table they then look up. But other
 * nodes stand among the cells — whitespace inside a `<pre>` (turndown collapses it everywhere
 * else; a league table pasted into a preformatted block failed the whole page with
 * "node.getAttribute is not a function"), or in a live DOM any text, comment or SVG/MathML element
 * a script put there — and an SVG `<td>` or a cell outside a table is no part of one. So, on the
 * copy turndown gets: table parts of another namespace, and rows or cells outside a table, become
 * plain containers; rows hold HTML elements only (whitespace, comments and processing
 * instructions go, text and foreign elements get a cell of their own).
 */
const XHTML = 'http://www.w3.org/1999/xhtml';
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

function asContainer(el: Element, doc: Document): void {
  const div = doc.createElementNS(XHTML, 'div');
  while (el.firstChild) div.appendChild(el.firstChild);
  el.replaceWith(div);
}

/** Inside an HTML table (an SVG or MathML element named `table` is none: the rules look for nodeName TABLE). */
function inHtmlTable(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.localName === 'table' && p.namespaceURI === XHTML) return true;
  return false;
}

function tablesGfmCanRead(root: Node): void {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return;
  const parts: Element[] = [];
  const walker = doc.createTreeWalker(root, 1);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) if (TABLE_PARTS.has(n.localName)) parts.push(n);
  for (const part of parts) {
    const html = part.namespaceURI === XHTML;
    if (!html || (part.localName !== 'table' && !inHtmlTable(part))) {
      asContainer(part, doc);
      continue;
    }
    if (part.localName === 'td' || part.localName === 'th') continue;
    for (let c = part.firstChild; c; ) {
      const next = c.nextSibling;
      const text = c.nodeType === 3 && /\S/.test(c.nodeValue ?? '');
      if (c.nodeType !== 1 && !text) part.removeChild(c);
      else if (part.localName === 'tr' && (text || (c as Element).namespaceURI !== XHTML)) {
        const cell = doc.createElementNS(XHTML, 'td');
        part.replaceChild(cell, c);
        cell.appendChild(c);
      }
      c = next;
    }
  }
}

/** Markdown of `root` (left as it is). */
export function renderMarkdown(root: Node): string {
  const copy = root.cloneNode(true);
  tablesGfmCanRead(copy);
  return turndown().turndown(copy as HTMLElement).trim();
}

/** Markdown of an extracted article's (already sanitized) HTML. */
export function articleMarkdown(html: string, doc: Document): string {
  return renderMarkdown(htmlToFragment(html, doc));
}
