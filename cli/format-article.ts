import { buildExport, cutShortWarnings, warningMessage, type Article } from '../src/index';
import type { Format } from './format';

/*
 * An article in the chosen format. Apart from format.ts (the names, which the main thread needs for
 * --help and argument checks) because this is the part that needs the renderers, and only the
 * page workers run it: esbuild splits the CLI's bundle by file, so the main thread starts without
 * loading turndown, DOMPurify or Readability.
 */

/** The Article's keys, in the order of the type, so JSON lines always carry exactly these. */
export const ARTICLE_KEYS: readonly (keyof Article)[] = [
  'title', 'byline', 'siteName', 'published', 'lang', 'dir', 'excerpt', 'leadImage',
  'wordCount', 'readingMinutes', 'html', 'text', 'removed', 'provenance', 'warnings',
];

/** Where the page is: its address (--url, the fetched one or the one it names) and the one it names (canonical or og:url). */
export interface PageAddresses {
  url: string | null;
  canonicalUrl: string | null;
}

export function formatArticle(format: Format, article: Article, markdown: string, source: string, at: PageAddresses): string {
  if (format !== 'json') return buildExport(format, article, markdown, { url: at.url ?? undefined });
  const obj: Record<string, unknown> = {};
  for (const k of ARTICLE_KEYS) obj[k] = article[k];
  obj.warnings = cutShortWarnings(article).map(({ pageText: _, ...w }) => ({ code: w.code, message: warningMessage(w), evidence: w.evidence, fix: w.fix }));
  obj.source = source;
  obj.url = at.url;
  obj.canonicalUrl = at.canonicalUrl;
  obj.ok = true;
  obj.markdown = markdown;
  return JSON.stringify(obj) + '\n';
}
