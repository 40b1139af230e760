/**
 * Who may ask what. The background acts only for its own extension: messages from other
 * extensions or web pages are dropped. Tab-targeting requests (which run code in a tab) come only
 * from our extension pages (popup, options); a content script may only ask to open the options
 * page, which gives it nothing it could not get from the user's own click.
 */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

export function senderKind(sender: SenderInfo, ownId: string, ownBase: string): SenderKind {
  if (!sender || sender.id !== ownId) return 'foreign';
  // ownBase is runtime.getURL('') ("chrome-extension://ID/"): with its trailing slash, a prefix
  // match cannot be fooled by a look-alike host. (URL.origin is "null" for such schemes in some
  // engines, so it is not used.)
  const base = ownBase.endsWith('/') ? ownBase : ownBase + '/';
  if (typeof sender.url === 'string' && sender.url.startsWith(base)) return 'extension-page';
  return sender.tab && typeof sender.tab.id === 'number' ? 'content-script' : 'foreign';
}
