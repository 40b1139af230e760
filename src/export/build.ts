import type { Article } from '../types';
import { exportFileName } from './filename';
import { EXPORT_FORMATS, type ExportFormatId } from './formats';
import { exportHtml } from './html';
import { exportMarkdown } from './markdown';
import { exportText, type ExportOptions } from './text';

/** How each format of the registry (formats.ts) is built: kept apart so naming a format costs nothing. */
export type ExportBuilder = (article: Article, markdown: string, options: ExportOptions) => string;

const BUILDERS: { readonly [K in ExportFormatId]: ExportBuilder } = {
  txt: (article, _markdown, options) => exportText(article, options),
  md: exportMarkdown,
  html: (article, _markdown, options) => exportHtml(article, options),
};

export interface ExportedFile {
  name: string;
  type: string;
  text: string;
}

/** The text of an export: what the CLI prints, a Copy button copies and a Download button saves. */
export function buildExport(id: ExportFormatId, article: Article, markdown: string, options: ExportOptions = {}): string {
  return BUILDERS[id](article, markdown, options);
}

/** The file a Download button saves (and whose text a Copy button copies). */
export function exportFile(article: Article, markdown: string, id: ExportFormatId, options: ExportOptions = {}): ExportedFile {
  const format = EXPORT_FORMATS[id];
  return { name: exportFileName(article.title, format.extension), type: format.mime, text: buildExport(id, article, markdown, options) };
}
