import { buildExport, EXPORT_FORMATS, EXPORT_FORMAT_IDS, EXPORT_FORMAT_ALIASES, exportFormatId, type Article, type ExportFormatId } from '../src/index';
import type { ErrorInfo } from './errors';

/**
 * The CLI's output formats: the export formats of the registry (src/export/formats.ts, the same
 * files the extension saves, under the same names) plus `json`, which is for programs rather than
 * people: one object per input per line, the Article's keys plus `source`, `url`, `canonicalUrl`,
 * `ok`, `markdown`; a failure is `{source, ok: false, error: {code, message}}`.
 */
export const FORMATS = [...EXPORT_FORMAT_IDS, 'json'] as const;
export type Format = ExportFormatId | 'json';

/** A --format value (an id, or an older name such as `markdown`) as a format, or null. */
export function parseFormat(name: string): Format | null {
  return name.trim().toLowerCase() === 'json' ? 'json' : exportFormatId(name);
}

/** The file extension --out gives each output file. */
export function extensionOf(format: Format): string {
  return format === 'json' ? 'json' : EXPORT_FORMATS[format].extension;
}

/** The --help lines naming every format (the first is the default). */
export function formatHelp(indent: string): string {
  const aliases = Object.entries(EXPORT_FORMAT_ALIASES).map(([alias, id]) => `${alias} for ${id}`).join(', ');
  return [
    ...EXPORT_FORMAT_IDS.map((id, i) => `${id}${i === 0 ? ' (default)' : ''}: ${EXPORT_FORMATS[id].summary}`),
    'json: one JSON object per input per line (the article\'s fields plus',
    '      source, url, canonicalUrl, ok and markdown; on failure ok:false and',
    '      error:{code,message})',
    `(older names still work: ${aliases})`,
  ].join(`\n${indent}`);
}

/** The Article's keys, in the order of the type, so JSON lines always carry exactly these. */
export const ARTICLE_KEYS: readonly (keyof Article)[] = [
  'title', 'byline', 'siteName', 'published', 'lang', 'dir', 'excerpt', 'leadImage',
  'wordCount', 'readingMinutes', 'html', 'text', 'removed',
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
  obj.source = source;
  obj.url = at.url;
  obj.canonicalUrl = at.canonicalUrl;
  obj.ok = true;
  obj.markdown = markdown;
  return JSON.stringify(obj) + '\n';
}

export function formatFailureJson(source: string, error: ErrorInfo): string {
  return JSON.stringify({ source, ok: false, error: { code: error.code, message: error.message } }) + '\n';
}
