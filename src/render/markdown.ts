import TurndownService from 'turndown';
import { htmlToFragment } from '../dom/parse';
import { gfm } from '@joplin/turndown-plugin-gfm';

/**
 * Markdown from the same sanitized DOM the text and HTML come from (never from a string of the
 * page), with GitHub tables. Link and image targets were checked by the sanitizer already.
 */
let service: TurndownService | null = null;

function turndown(): TurndownService {
  if (!service) {
    service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
    service.use(gfm);
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
