import { documentFromHtml } from '../node/document';
import { extract, articleMarkdown, type Article } from '../src/index';
import { InputError, toErrorInfo, type ErrorInfo } from './errors';
import type { LoadedPage } from './load';

/**
 * A loaded page through the pipeline: parse with the shared jsdom factory, extract, render the
 * Markdown from the sanitized HTML while the window is still open, then close the window (the CLI
 * runs thousands of pages in one process). Never throws: every failure comes back as data.
 */
export type Cleaned = { ok: true; article: Article; markdown: string; url?: string } | { ok: false; error: ErrorInfo };

/** `force` is extract's "Try anyway" (the property tests use it to reach the renderers more often). */
export function cleanPage(page: LoadedPage, url?: string, force = false): Cleaned {
  const address = url ?? page.url;
  let dom: ReturnType<typeof documentFromHtml> | null = null;
  try {
    try {
      dom = documentFromHtml(page.html, address, page.contentType);
    } catch (e) {
      throw new InputError('parse-error', `The HTML parser could not read this page (${(e as Error).message?.split('\n')[0].slice(0, 160) ?? e}).`);
    }
    const result = extract(dom.document, { url: address, force });
    if (!result.ok) return { ok: false, error: result.error };
    const markdown = articleMarkdown(result.article.html, dom.document);
    return { ok: true, article: result.article, markdown, url: address };
  } catch (e) {
    return { ok: false, error: toErrorInfo(e) };
  } finally {
    dom?.close();
  }
}
