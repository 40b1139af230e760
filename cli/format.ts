import type { Article } from '../src/types';
import { exportHtml, exportMarkdown, exportText } from '../src/export/index';
import type { ErrorInfo } from './errors';

/**
 * The four output formats. Text, Markdown and HTML are the same exports the extension writes
 * (metadata escaped the same way; HTML from the sanitized article HTML under a no-script CSP).
 * JSON is one object per input per line: the Article's keys, plus `source`, `ok`, `markdown`;
 * a failure is `{source, ok: false, error: {code, message}}`.
 */
export const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export const EXTENSIONS: Record<Format, string> = { text: 'txt', markdown: 'md', html: 'html', json: 'json' };

/** The Article's keys, in the order of the type, so JSON lines always carry exactly these. */
export const ARTICLE_KEYS: readonly (keyof Article)[] = [
  'title', 'byline', 'siteName', 'published', 'lang', 'dir', 'excerpt', 'leadImage',
  'wordCount', 'readingMinutes', 'html', 'text', 'removed',
];

export function formatArticle(format: Format, article: Article, markdown: string, source: string, url?: string): string {
  switch (format) {
    case 'text':
      return exportText(article, { url });
    case 'markdown':
      return exportMarkdown(article, markdown, { url });
    case 'html':
      return exportHtml(article, { url });
    case 'json': {
      const obj: Record<string, unknown> = {};
      for (const k of ARTICLE_KEYS) obj[k] = article[k];
      obj.source = source;
      obj.ok = true;
      obj.markdown = markdown;
      return JSON.stringify(obj) + '\n';
    }
  }
}

export function formatFailureJson(source: string, error: ErrorInfo): string {
  return JSON.stringify({ source, ok: false, error: { code: error.code, message: error.message } }) + '\n';
}
