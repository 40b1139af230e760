import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A `Document` for the pipeline in Node: jsdom with no scripts, no subresource loading and a silent
 * console (real pages log CSS parse errors by the hundred). The CLI, the benchmark and the tests all
 * get their documents here so they parse identically.
 */
const quiet = new VirtualConsole();

export interface NodeDocument {
  document: Document;
  /** Frees jsdom's window; call it when done with the document (thousands of pages per process). */
  close(): void;
}

/**
 * `url` is the page's address when it is an http(s) one. Without one the document's URL is
 * about:blank, so relative links stay relative (`declaredAddress` and `setBase` in node/address.ts give the
 * page the address it names itself): a made-up host would turn them into links to nowhere.
 */
export function documentFromHtml(html: string, url?: string, contentType = 'text/html'): NodeDocument {
  const dom = new JSDOM(html, {
    url: url && /^https?:/i.test(url) ? url : undefined,
    contentType,
    virtualConsole: quiet,
    pretendToBeVisual: false,
  });
  const close = (): void => {
    try {
      dom.window.close();
    } catch {
      // jsdom throws while tearing down some hostile pages (a <style> after a <base> whose href
      // attribute is namespaced: its base URL is null). The window is unusable either way, and a
      // failed close must not turn a finished extraction into a crash.
    }
  };
  return { document: dom.window.document, close };
}
