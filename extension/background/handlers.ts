import browser from '../shared/browser';
import type { BackgroundRequests } from '../shared/messages';
import type { SenderKind } from './senders';
import { askTab, ensureExports, errorText, isExtractReply } from './inject';

/**
 * One handler per message type, with the sender kinds allowed to send it. The dispatcher in
 * `index.ts` validates shape and sender first, so handlers receive only well-formed requests.
 */
type Handler<K extends keyof BackgroundRequests> = {
  from: readonly SenderKind[];
  run(req: BackgroundRequests[K]['req']): Promise<BackgroundRequests[K]['res']>;
};

export type Handlers = { [K in keyof BackgroundRequests]: Handler<K> };

export const handlers: Handlers = {
  extract: {
    from: ['extension-page'],
    async run({ tabId, force }) {
      try {
        const reply = await askTab<'content:extract'>(tabId, { type: 'content:extract', force });
        return isExtractReply(reply) ? reply : { error: 'The page sent back something unexpected.' };
      } catch (e) {
        return { error: errorText(e) };
      }
    },
  },
  reader: {
    from: ['extension-page'],
    async run({ tabId, action }) {
      return toggleReader(tabId, action);
    },
  },
  'options:open': {
    from: ['content-script'],
    async run() {
      await browser.runtime.openOptionsPage();
      return { ok: true };
    },
  },
};

/** Shared by the popup's button, the keyboard command and the context menu. */
export async function toggleReader(tabId: number, action: 'open' | 'close' | 'toggle'): Promise<{ open: boolean } | { error: string }> {
  try {
    if (action !== 'close') await ensureExports(tabId);
    const res = await askTab<'content:reader'>(tabId, { type: 'content:reader', action });
    return typeof res?.open === 'boolean' ? { open: res.open } : { error: 'The page sent back something unexpected.' };
  } catch (e) {
    return { error: errorText(e) };
  }
}
