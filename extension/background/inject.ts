import browser from '../shared/browser';
import { checkReply, INJECTED, type BlockProbe, type LazyModuleName, type Refusal, type Reply, type Request, type TypesTo } from '../shared/protocol';

/**
 * The content script is injected on demand into the tab the user clicked on (activeTab: no host
 * permissions, nothing runs on pages the user never asked about). A ping tells whether it is
 * already there, so a second click does not inject a second copy.
 */
async function isInjected(tabId: number): Promise<boolean> {
  try {
    const ping: Request<'content:ping'> = { type: 'content:ping' };
    return checkReply('content:ping', await browser.tabs.sendMessage(tabId, ping, { frameId: 0 })) !== null;
  } catch {
    return false; // no listener in the tab yet
  }
}

export async function ensureContentScript(tabId: number): Promise<void> {
  if (await isInjected(tabId)) return;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [INJECTED.content] });
}

/** The reader overlay travels in its own module (content.js has a size budget): inject it (harmless when already there). */
export async function ensureReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [INJECTED.reader] });
}

/** A part of the reader that loads only when used, into the top frame of the reader's tab. */
export async function injectPart(tabId: number | undefined, name: LazyModuleName): Promise<{ ok: true }> {
  if (typeof tabId !== 'number' || tabId < 0) throw new Error('The request came from no tab');
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [INJECTED[name]] });
  return { ok: true };
}

/**
 * "Always keep this on <site>" from the popup: the reader module (injected first) describes the
 * probe's block as the page has it. Called as a function injected into the extension's isolated
 * world, where the reader module keeps itself (content/reader-module.ts's key), rather than as a
 * message to content.js, which would carry the handler on every page for a rare click. The answer
 * is unchecked here: the caller checks it as a stored rule.
 */
export async function describeInTab(tabId: number, probe: BlockProbe): Promise<unknown> {
  const [res] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: (p: BlockProbe) => (globalThis as unknown as Record<symbol, { describe?(p: BlockProbe): unknown } | undefined>)[Symbol.for('tidy-reader.content-exports')]?.describe?.(p) ?? null,
    args: [probe],
  });
  return res?.result ?? null;
}

/** Inject if needed, then ask the tab's content script; its reply is checked against the protocol table. */
export async function askTab<K extends TypesTo<'content'>>(tabId: number, req: Request<K>): Promise<Reply<K>> {
  await ensureContentScript(tabId);
  const res: unknown = await browser.tabs.sendMessage(tabId, req, { frameId: 0 });
  if (res === undefined || res === null) throw new Error('The page did not answer');
  const reply = checkReply(req.type, res);
  if (reply !== null) return reply;
  // The content script answers a handler that failed with `{ error }` (content/api.ts): say why.
  const error = (res as { error?: unknown }).error;
  throw new Error(typeof error === 'string' && error ? error : 'The page sent back something unexpected.');
}

/**
 * A request that needs the page, answered with the tab's reply or, when the tab cannot be asked
 * (a page the browser forbids, a page that did not answer), with the browser's error in words the
 * popup maps to its states.
 */
export async function fromTab<T>(ask: () => Promise<T>): Promise<T | Refusal> {
  try {
    return await ask();
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
