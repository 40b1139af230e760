import type { Runtime, Storage } from 'webextension-polyfill';

/**
 * The few extension APIs the content script (and the reader module, through it) needs, without
 * webextension-polyfill. The polyfill costs 9.5 KB minified of the content script's 90 KB budget,
 * and everything used here is promise-based in both Chrome MV3 and Firefox already (runtime.id,
 * getURL and sendMessage, storage.local.get/set, storage.onChanged); the one callback API,
 * runtime.onMessage, is answered with `sendResponse` + `return true`, which both browsers support.
 * Every other context imports the polyfill from `shared/browser.ts`.
 */
interface Api {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(msg: unknown): Promise<unknown>;
    onMessage: {
      addListener(cb: (msg: unknown, sender: Runtime.MessageSender, sendResponse: (r: unknown) => void) => boolean | undefined): void;
    };
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: {
      addListener(cb: (changes: Record<string, Storage.StorageChange>, area: string) => void): void;
      removeListener(cb: (changes: Record<string, Storage.StorageChange>, area: string) => void): void;
    };
  };
}

const g = globalThis as unknown as { browser?: Api; chrome?: Api };
export const api: Api = (g.browser?.runtime?.id ? g.browser : g.chrome) as Api;

/** Answer a message with a promise's result; a rejected promise answers `{ error }`. */
export function onRequest(handle: (msg: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): void {
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    const p = handle(msg, sender);
    if (!p) return undefined;
    p.then(sendResponse, (e: unknown) => sendResponse({ error: e instanceof Error ? e.message : String(e) }));
    return true;
  });
}
