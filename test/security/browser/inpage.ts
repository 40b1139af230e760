import type { CDPSession, Page } from 'playwright-core';

/**
 * Run the pipeline in a page the way the content script does: in an isolated world (its own
 * globals and prototypes, the page's DOM), with a watchdog: CDP terminates the script after
 * `timeoutMs`, so a hang fails the test instead of hanging it.
 */
export interface InPageResult {
  ms: number;
  ok: boolean | null;
  code: string | null;
  message: string | null;
  title: string | null;
  text: string;
  html: string;
  markdown: string | null;
  thrown: string | null;
}

/** The script the isolated world runs; `TidyCore` is the bundle's global. */
export const RUN_EXTRACTION = `(() => {
  const t0 = performance.now();
  let result = null, markdown = null, thrown = null;
  try {
    result = TidyCore.extract(document, { url: location.href });
    if (result.ok) markdown = TidyCore.articleMarkdown(result.article.html, document);
  } catch (e) { thrown = String((e && e.stack) || e); }
  const ms = performance.now() - t0;
  return { ms, thrown, markdown,
    ok: result ? result.ok : null,
    code: result && !result.ok ? result.error.code : null,
    message: result && !result.ok ? result.error.message : null,
    title: result && result.ok ? result.article.title : null,
    text: result && result.ok ? result.article.text : '',
    html: result && result.ok ? result.article.html : '' };
})()`;

export interface IsolatedWorld {
  cdp: CDPSession;
  contextId: number;
  evaluate<T>(expression: string, timeoutMs?: number): Promise<T>;
}

export async function isolatedWorld(page: Page, bundle: string): Promise<IsolatedWorld> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'tidy-security-test' });
  const evaluate = async <T>(expression: string, timeoutMs = 10_000): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    // Second line of defence: if CDP's own timeout does not fire, terminate from outside.
    const outer = new Promise<never>((_, reject) => {
      page.once('crash', () => reject(new Error('the tab crashed')));
      timer = setTimeout(() => {
        cdp.send('Runtime.terminateExecution').catch(() => {});
        reject(new Error(`watchdog: script still running after ${timeoutMs + 5000} ms`));
      }, timeoutMs + 5000);
    });
    try {
      const r = await Promise.race([
        cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true, timeout: timeoutMs }),
        outer,
      ]);
      if (r.exceptionDetails) throw new Error(`in page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      return r.result.value as T;
    } finally {
      clearTimeout(timer);
    }
  };
  await evaluate(bundle);
  return { cdp, contextId: executionContextId, evaluate };
}
