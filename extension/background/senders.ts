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

export function senderKind(sender: SenderInfo, ownId: string, ownOrigin: string): SenderKind {
  if (!sender || sender.id !== ownId) return 'foreign';
  const origin = ownOrigin.replace(/\/$/, '');
  if (typeof sender.url === 'string') {
    let url: URL | null = null;
    try {
      url = new URL(sender.url);
    } catch {
      return 'foreign';
    }
    if (url.origin === origin) return 'extension-page';
  }
  return sender.tab && typeof sender.tab.id === 'number' ? 'content-script' : 'foreign';
}
