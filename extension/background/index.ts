import browser from '../shared/browser';
import type { Runtime } from '../shared/browser';
import { handlers, toggleReader } from './handlers';
import { senderKind } from './senders';
import { parseRequest } from './validate';

/**
 * The background: a message dispatcher plus the two other ways to toggle the reader (keyboard
 * command, context menu). Listeners are registered at the top level, synchronously, so the MV3
 * service worker (or Firefox's event page) wakes up for them.
 */

export const MENU_ID = 'tidy-reader-toggle';
export const COMMAND = 'toggle-reader';

export async function dispatch(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const req = parseRequest(message);
  if (!req) return { error: 'Unknown or malformed message.' };
  const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL(''));
  const handler = handlers[req.type] as { from: readonly string[]; run(r: typeof req): Promise<unknown> };
  if (!handler.from.includes(kind)) return { error: 'This sender may not send that message.' };
  return handler.run(req);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => dispatch(message, sender));

browser.commands.onCommand.addListener((command: string, tab?: { id?: number }) => {
  if (command === COMMAND && typeof tab?.id === 'number') void toggleReader(tab.id, 'toggle');
});

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: MENU_ID, title: 'Open or close Tidy Reader', contexts: ['page', 'selection'] }),
  );
});

browser.contextMenus.onClicked.addListener((info: { menuItemId: string | number }, tab?: { id?: number }) => {
  if (info.menuItemId === MENU_ID && typeof tab?.id === 'number' && tab.id >= 0) void toggleReader(tab.id, 'toggle');
});
