import type { Browser, Page } from 'puppeteer-core';
import { HOST_TAG } from '../../../extension/content/overlay/overlay';

/**
 * Reads the overlay's closed shadow root in Firefox without a test hook in the extension:
 * WebDriver BiDi serialises nodes with `includeShadowTree: 'all'`, which includes closed shadow
 * roots, and the returned shared id can be `this` of a later `script.callFunction`.
 * Puppeteer does not expose that option, so this talks to its BiDi connection directly.
 */
interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: Record<string, unknown> }>;
}

interface RemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}

function connection(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

function contextId(page: Page): string {
  return (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
}

/** The overlay's shadow root as a BiDi shared id, or null when there is no overlay (or no shadow root). */
export async function overlayShadowRoot(browser: Browser, page: Page): Promise<{ sharedId: string; mode: string } | null> {
  const { result } = await connection(browser).send('script.evaluate', {
    expression: `document.getElementsByTagName(${JSON.stringify(HOST_TAG)})[0] ?? null`,
    target: { context: contextId(page) },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
  });
  const host = result.result as RemoteValue;
  if (host.type !== 'node') return null;
  const shadow = (host.value as { shadowRoot?: RemoteValue & { value?: { mode?: string } } }).shadowRoot;
  return shadow?.sharedId ? { sharedId: shadow.sharedId, mode: shadow.value?.mode ?? '' } : null;
}

/** Run a function with `this` = the shadow root; returns its JSON-able result. */
export async function inShadow<T>(browser: Browser, page: Page, sharedId: string, fn: string): Promise<T> {
  const { result } = await connection(browser).send('script.callFunction', {
    functionDeclaration: fn,
    this: { sharedId },
    target: { context: contextId(page) },
    awaitPromise: true,
    serializationOptions: { maxObjectDepth: 5 },
  });
  if (result.type === 'exception') throw new Error(`in shadow root: ${JSON.stringify(result.exceptionDetails)}`);
  return deserialize((result as { result: RemoteValue }).result) as T;
}

function deserialize(v: RemoteValue): unknown {
  switch (v.type) {
    case 'undefined':
    case 'null':
      return null;
    case 'string':
    case 'number':
    case 'boolean':
      return v.value;
    case 'array':
      return (v.value as RemoteValue[]).map(deserialize);
    case 'object':
      return Object.fromEntries((v.value as [string, RemoteValue][]).map(([k, x]) => [k, deserialize(x)]));
    default:
      return v.value;
  }
}

/** Evaluate an expression in the browser window (chrome scope; needs --remote-allow-system-access). */
export async function chromeEval<T>(browser: Browser, expression: string): Promise<T> {
  const conn = connection(browser);
  const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = tree.result.contexts as { context: string; url: string }[];
  const win = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!win) throw new Error('No browser window in chrome scope');
  const { result } = await conn.send('script.evaluate', { expression, target: { context: win.context }, awaitPromise: true });
  if (result.type === 'exception') throw new Error(`chrome eval: ${JSON.stringify(result.exceptionDetails)}`);
  return deserialize((result as { result: RemoteValue }).result) as T;
}
