import { EXPORT_FORMATS, EXPORT_FORMAT_IDS, EXPORT_FORMAT_ALIASES, exportFormatId, type ExportFormatId } from '../src/index';
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

export function formatFailureJson(source: string, error: ErrorInfo): string {
  return JSON.stringify({ source, ok: false, error: { code: error.code, message: error.message } }) + '\n';
}
