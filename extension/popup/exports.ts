import { exportFileName, exportHtml, exportMarkdown, exportText } from '../../src/export/index';
import type { Article } from '../../src/types';
import type { ExportFormat } from '../shared/settings';

/**
 * Export actions. Files are saved through a blob URL and an `<a download>` click, which needs no
 * `downloads` permission; text goes to the clipboard through the async clipboard API
 * (`clipboardWrite`).
 */
const MIME: Record<ExportFormat, string> = {
  txt: 'text/plain;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
};

export interface ExportSource {
  article: Article;
  markdown: string;
  url: string;
  includeMetadata: boolean;
}

export function exportContent(format: ExportFormat, src: ExportSource): string {
  const opts = { url: src.url, includeMetadata: src.includeMetadata };
  if (format === 'txt') return exportText(src.article, opts);
  if (format === 'md') return exportMarkdown(src.article, src.markdown, opts);
  return exportHtml(src.article, opts);
}

export function download(format: ExportFormat, src: ExportSource): string {
  const name = exportFileName(src.article.title, format);
  const blob = new Blob([exportContent(format, src)], { type: MIME[format] });
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has the blob once the download starts; free it a little later.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return name;
}

export async function copy(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
