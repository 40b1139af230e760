import type { Runtime } from 'webextension-polyfill';
import { api, onRequest } from './api';
import { mayRequest, parseMessage, type Handlers } from '../shared/protocol';
import { senderKind } from '../shared/senders';
import { extractPage } from './extraction';
import { readerModule, type ReaderOverlay } from './reader-module';
import { loadRules } from './settings';

/**
 * The content script, injected on demand (activeTab + scripting) into the tab the user acts on.
 * The background may inject it again into the same tab; the isolated world keeps its globals, so
 * one guard makes every later injection a no-op: one overlay, one message listener.
 * It answers only messages the protocol table (shared/protocol.ts) sends to it, from the senders
 * the table names, through a map of typed handlers, and listens to nothing the page can send (no
 * window `message` listener).
 */
const GUARD = Symbol.for('tidy-reader.content-script');
const scope = globalThis as typeof globalThis & { [GUARD]?: true };

function install(): void {
  // The overlay comes with the reader module, which the background injects before any reader
  // action that can open it; made once, on the first such action.
  let overlay: ReaderOverlay | null = null;
  const createOverlay = (): ReaderOverlay => {
    const m = readerModule();
    if (!m) throw new Error('The reader did not load.');
    return m.createOverlay({ extract: async (force) => extractPage(await loadRules(), force) });
  };

  const handlers: Handlers<'content'> = {
    'content:ping': async () => ({ ready: true }),
    'content:extract': async ({ force }) => extractPage(await loadRules(), force, false),
    'content:reader': async ({ action, ...view }) => {
      if (action === 'close') overlay?.close();
      else if (action === 'open') await (overlay ??= createOverlay()).open(view);
      else await (overlay ??= createOverlay()).toggle();
      return { open: overlay?.isOpen ?? false };
    },
  };

  onRequest((msg: unknown, sender: Runtime.MessageSender) => {
    const req = parseMessage(msg, 'content');
    if (!req || !mayRequest(req.type, senderKind(sender, api.runtime.id, api.runtime.getURL('')))) return undefined;
    return (handlers[req.type] as (r: typeof req) => Promise<unknown>)(req);
  });
}

if (!scope[GUARD]) {
  scope[GUARD] = true;
  install();
}
