import browser from '../shared/browser';
import { normalizeLearned } from '../../src/index';
import type { Handlers, ReaderAction, ReaderView, Refusal } from '../shared/protocol';
import { askTab, describeInTab, ensureReader, fromTab, injectPart } from './inject';

/**
 * The background's handler for each message type it receives. The dispatcher (index.ts) checked
 * the shape and the sender against the protocol table first, so handlers receive only well-formed
 * requests from senders allowed to send them.
 */
export const handlers: Handlers<'background'> = {
  extract: ({ tabId, force }) => fromTab(() => askTab(tabId, { type: 'content:extract', force })),
  reader: ({ tabId, action, force, restored }) => toggleReader(tabId, action, { force, restored }),
  // The reader module finds the block in the page; what the page sends back is checked as storage would.
  'rules:describe': ({ tabId, probe }) =>
    fromTab(async () => {
      await ensureReader(tabId);
      return { rule: normalizeLearned([await describeInTab(tabId, probe)])[0] ?? null };
    }),
  'options:open': async () => {
    await browser.runtime.openOptionsPage();
    return { ok: true };
  },
  // The sender is our content script (the table allows no other), in the tab the reader is open in.
  'reader:module': ({ name }, sender) => fromTab(() => injectPart(sender?.tab?.id, name)),
};

/** Shared by the popup's button, the keyboard command and the context menu. */
export function toggleReader(tabId: number, action: ReaderAction, view: ReaderView = {}): Promise<{ open: boolean } | Refusal> {
  return fromTab(async () => {
    if (action !== 'close') await ensureReader(tabId);
    const req: { type: 'content:reader'; action: ReaderAction } & ReaderView = { type: 'content:reader', action };
    if (view.force !== undefined) req.force = view.force;
    if (view.restored !== undefined) req.restored = view.restored;
    const { open } = await askTab(tabId, req);
    return { open };
  });
}
