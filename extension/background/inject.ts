import browser from '../shared/browser';
import type { ContentRequest, ContentRequests, ExtractReply } from '../shared/messages';

/**
 * The content script is injected on demand into the tab the user clicked on (activeTab: no host
 * permissions, nothing runs on pages the user never asked about). A ping tells whether it is
 * already there, so a second click does not inject a second copy.
 */
export const CONTENT_FILE = 'content.js';
/** The overlay's Markdown and export builders, kept out of content.js (its size budget); see extension/content/exports.ts. */
export const EXPORTS_FILE = 'content-exports.js';

async function isInjected(tabId: number): Promise<boolean> {
  try {
    const res = (await browser.tabs.sendMessage(tabId, { type: 'content:ping' }, { frameId: 0 })) as { ready?: unknown } | undefined;
    return res?.ready === true;
  } catch {
    return false; // no listener in the tab yet
  }
}

export async function ensureContentScript(tabId: number): Promise<void> {
  if (await isInjected(tabId)) return;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_FILE] });
}

/** The reader overlay's export buttons need the export module: inject it (harmless when already there). */
export async function ensureExports(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [EXPORTS_FILE] });
}

/** Inject if needed, then ask the tab's content script. */
export async function askTab<K extends keyof ContentRequests>(tabId: number, req: ContentRequests[K]['req']): Promise<ContentRequests[K]['res']> {
  await ensureContentScript(tabId);
  const res = await browser.tabs.sendMessage(tabId, req satisfies ContentRequest, { frameId: 0 });
  if (res === undefined || res === null) throw new Error('The page did not answer');
  return res as ContentRequests[K]['res'];
}

/** A reply from the tab is checked before it is handed to the popup. */
export function isExtractReply(v: unknown): v is ExtractReply {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  const result = r.result as Record<string, unknown> | undefined;
  return !!result && typeof result.ok === 'boolean' && typeof r.url === 'string' && typeof r.ms === 'number' &&
    (r.markdown === null || typeof r.markdown === 'string') &&
    (result.ok ? !!result.article && typeof result.article === 'object' : !!result.error && typeof result.error === 'object');
}

/** Browser errors in words a user can act on; the popup maps them to its states. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
