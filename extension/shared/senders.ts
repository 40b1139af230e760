/**
 * Who sent a message, as the protocol table (protocol.ts) names senders. Only this extension
 * counts: messages from other extensions or web pages are `foreign`. An extension page (popup,
 * options, the background itself) has a URL under the extension's base; a content script of ours
 * has a tab and a page's URL.
 */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

export function senderKind(sender: SenderInfo | null | undefined, ownId: string, ownBase: string): SenderKind {
  if (!sender || sender.id !== ownId) return 'foreign';
  // ownBase is runtime.getURL('') ("chrome-extension://ID/"): with its trailing slash, a prefix
  // match cannot be fooled by a look-alike host. (URL.origin is "null" for such schemes in some
  // engines, so it is not used.)
  const base = ownBase.endsWith('/') ? ownBase : ownBase + '/';
  if (typeof sender.url === 'string' && sender.url.startsWith(base)) return 'extension-page';
  return sender.tab && typeof sender.tab.id === 'number' ? 'content-script' : 'foreign';
}
