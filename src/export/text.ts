import type { Article } from '../types';
import { metaFields } from './clean';

export interface ExportOptions {
  /** The page's address, printed in the header (only http(s) URLs are kept). */
  url?: string;
  /** Start with the metadata header (text), front matter (Markdown) or header block (HTML). */
  includeMetadata?: boolean;
}

const LABELS: [keyof ReturnType<typeof metaFields>, string][] = [
  ['title', 'Title'],
  ['author', 'Author'],
  ['site', 'Site'],
  ['date', 'Date'],
  ['url', 'URL'],
];

/** `.txt`: "Label: value" lines for the metadata that exists, a blank line, then the article text. */
export function exportText(article: Article, options: ExportOptions = {}): string {
  const body = article.text.replace(/\r\n?/g, '\n').trim();
  if (options.includeMetadata === false) return body + '\n';
  const fields = metaFields(article, options.url);
  const header = LABELS.filter(([k]) => fields[k]).map(([k, label]) => `${label}: ${fields[k]}`);
  return header.length ? `${header.join('\n')}\n\n${body}\n` : body + '\n';
}
