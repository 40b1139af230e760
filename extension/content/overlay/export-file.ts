import { exportFileName, exportHtml, exportMarkdown, exportText } from '../../../src/export/index';
import type { Article } from '../../../src/types';
import type { ExportFormat } from '../../shared/settings';
import type { ExportedFile } from '../exports-key';

/** What an export button produces: the file's text, its name and type. Pure, so tests can check it. */
export function exportFile(article: Article, markdown: string, format: ExportFormat, url: string, includeMetadata: boolean): ExportedFile {
  const opts = { url, includeMetadata };
  if (format === 'txt') return { name: exportFileName(article.title, 'txt'), type: 'text/plain;charset=utf-8', text: exportText(article, opts) };
  if (format === 'md') return { name: exportFileName(article.title, 'md'), type: 'text/markdown;charset=utf-8', text: exportMarkdown(article, markdown, opts) };
  return { name: exportFileName(article.title, 'html'), type: 'text/html;charset=utf-8', text: exportHtml(article, opts) };
}
