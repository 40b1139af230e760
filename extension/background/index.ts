import browser from '../shared/browser';
import type { Runtime } from '../shared/browser';
import { mayRequest, parseMessage } from '../shared/protocol';
import { senderKind } from '../shared/senders';
import { handlers, toggleReader } from './handlers';

/**
 * The background: a message dispatcher plus the two other ways to toggle the reader (keyboard
 * command, context menu). Listeners are registered at the top level, synchronously, so the MV3
 * service worker (or Firefox's event page) wakes up for them.
 */

const MENU_ID = 'tidy-reader-toggle';
const COMMAND = 'toggle-reader';

/** Every message: its shape, then its sender, against the protocol table; only then its handler. */
export async function dispatch(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const req = parseMessage(message, 'background');
  if (!req) return { error: 'Unknown or malformed message.' };
  if (!mayRequest(req.type, senderKind(sender, browser.runtime.id, browser.runtime.getURL('')))) return { error: 'This sender may not send that message.' };
  return (handlers[req.type] as (r: typeof req, s: Runtime.MessageSender) => Promise<unknown>)(req, sender);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => dispatch(message, sender));

browser.commands.onCommand.addListener((command: string, tab?: { id?: number }) => {
  if (command === COMMAND && typeof tab?.id === 'number') void toggleReader(tab.id, 'toggle');
});

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.removeAll().then(() =>
    // On images and links too: "page" alone leaves the menu out wherever the click lands on one.
    browser.contextMenus.create({ id: MENU_ID, title: 'Open or close Tidy Reader', contexts: ['page', 'selection', 'image', 'link'] }),
  );
});

browser.contextMenus.onClicked.addListener((info: { menuItemId: string | number }, tab?: { id?: number }) => {
  if (info.menuItemId === MENU_ID && typeof tab?.id === 'number' && tab.id >= 0) void toggleReader(tab.id, 'toggle');
});
