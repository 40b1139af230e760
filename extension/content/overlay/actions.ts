import { exportFileName, exportHtml, exportMarkdown, exportText } from '../../../src/export/index';
import type { Article } from '../../../src/types';
import type { ExportFormat } from '../../shared/settings';

/** What an export button produces: the file's text, its name and type. Pure, so tests can check it. */
export function exportFile(article: Article, markdown: string, format: ExportFormat, url: string, includeMetadata: boolean): { name: string; type: string; text: string } {
  const opts = { url, includeMetadata };
  if (format === 'txt') return { name: exportFileName(article.title, 'txt'), type: 'text/plain;charset=utf-8', text: exportText(article, opts) };
  if (format === 'md') return { name: exportFileName(article.title, 'md'), type: 'text/markdown;charset=utf-8', text: exportMarkdown(article, markdown, opts) };
  return { name: exportFileName(article.title, 'html'), type: 'text/html;charset=utf-8', text: exportHtml(article, opts) };
}

/**
 * Downloads through a blob URL and an `<a download>` clicked inside the overlay's shadow root:
 * no extension API and no permission needed, and the link never enters the page's DOM.
 */
export function download(parent: Node, file: { name: string; type: string; text: string }): void {
  const doc = parent.ownerDocument ?? document;
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; revoke on the next turn so it is not held forever.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copy with the async Clipboard API (the click is the user gesture); pages on plain http are not a
 * secure context and have no `navigator.clipboard`, so fall back to a selected textarea inside the
 * shadow root and `execCommand('copy')`, which the clipboardWrite permission allows.
 */
export async function copyText(parent: Node, text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through */
  }
  const doc = parent.ownerDocument ?? document;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'clip';
  parent.appendChild(area);
  const active = (parent.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus({ preventScroll: true });
  return ok;
}
