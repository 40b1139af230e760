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

export function renderMarkdown(root: Node): string {
  return turndown().turndown(root as HTMLElement).trim();
}

/** Markdown of an extracted article's (already sanitized) HTML. */
export function articleMarkdown(html: string, doc: Document): string {
  return renderMarkdown(htmlToFragment(html, doc));
}
