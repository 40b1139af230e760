import { documentFromHtml } from '../node/document';
import { declaredAddress, setBase } from '../node/address';
import { extract, articleMarkdown, type Article, type LearnedRule } from '../src/index';
import { InputError, toErrorInfo, type ErrorInfo } from './errors';
import { limitMessage } from './limits';

/**
 * A page's HTML through the pipeline, in the thread that runs it: parse with the shared jsdom
 * factory, give it an address, count its elements, extract, render the Markdown from the
 * sanitized HTML while the window is still open, then close the window (a worker runs thousands
 * of pages). Never throws: every failure comes back as data.
 */
export interface PageText {
  html: string;
  /** The page's address (a fetched page's final URL), if known. */
  url?: string;
  contentType: 'text/html' | 'application/xhtml+xml';
}

export interface CleanOptions {
  /** --url: the page's address, over the one it was fetched from. */
  url?: string;
  /** --rules: learned rules, applied where their site matches the page's address. */
  learned?: LearnedRule[];
  /** extract's "Try anyway" (the property tests use it to reach the renderers more often). */
  force?: boolean;
  maxElements?: number;
  /** extract's clock (the worker gives its own thread's CPU clock), and when on it the page's time is up (parse included). */
  now?: () => number;
  deadline?: number;
}

export type Cleaned =
  | { ok: true; article: Article; markdown: string; url: string | null; canonicalUrl: string | null }
  | { ok: false; error: ErrorInfo };

function countElements(doc: Document): number {
  const walker = doc.createTreeWalker(doc, 1);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

export function cleanPage(page: PageText, opts: CleanOptions = {}): Cleaned {
  const given = opts.url ?? page.url;
  let dom: ReturnType<typeof documentFromHtml> | null = null;
  try {
    try {
      dom = documentFromHtml(page.html, given, page.contentType);
    } catch (e) {
      throw new InputError('parse-error', `The HTML parser could not read this page (${(e as Error).message?.split('\n')[0].slice(0, 160) ?? e}).`);
    }
    const doc = dom.document;
    if (opts.maxElements !== undefined) {
      const count = countElements(doc);
      if (count > opts.maxElements) throw new InputError('too-large', limitMessage.elements(count, opts.maxElements));
    }
    // Without an address of its own, the page's relative links resolve against the one it names.
    const canonicalUrl = declaredAddress(doc);
    const url = given ?? canonicalUrl;
    if (!given && canonicalUrl) setBase(doc, canonicalUrl);
    const timeBudgetMs = opts.deadline !== undefined && opts.now ? opts.deadline - opts.now() : undefined;
    const result = extract(doc, { url: url ?? undefined, learned: opts.learned, force: opts.force, maxElements: opts.maxElements, timeBudgetMs, now: opts.now });
    if (!result.ok) return { ok: false, error: result.error };
    const markdown = articleMarkdown(result.article.html, doc);
    return { ok: true, article: result.article, markdown, url: url ?? null, canonicalUrl };
  } catch (e) {
    return { ok: false, error: toErrorInfo(e) };
  } finally {
    dom?.close();
  }
}
