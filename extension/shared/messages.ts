import type { ExtractResult } from '../../src/types';

/**
 * The one typed message protocol. Each context registers handlers in a map keyed by `type`
 * (see `handle.ts`); the background checks every sender and every shape before acting.
 *
 * Who sends what:
 *  - popup → background: `extract`, `reader`        (background injects the content script)
 *  - background → content script: `content:extract`, `content:reader`
 *  - content script (overlay) → background: `options:open`
 */

export type ReaderAction = 'open' | 'close' | 'toggle';

/** What the content script answers to an extraction: the pipeline's result plus renderings. */
export interface ExtractReply {
  result: ExtractResult;
  /**
   * Markdown of the article when result.ok and the export module (content-exports.js, injected
   * with the reader overlay) is in the page; otherwise null and the popup renders it itself.
   */
  markdown: string | null;
  url: string;
  /** Milliseconds spent in the pipeline in the page. */
  ms: number;
}

export interface BackgroundRequests {
  extract: { req: { type: 'extract'; tabId: number; force: boolean }; res: ExtractReply | { error: string } };
  reader: { req: { type: 'reader'; tabId: number; action: ReaderAction }; res: { open: boolean } | { error: string } };
  'options:open': { req: { type: 'options:open' }; res: { ok: true } };
}

export interface ContentRequests {
  'content:extract': { req: { type: 'content:extract'; force: boolean }; res: ExtractReply };
  'content:reader': { req: { type: 'content:reader'; action: ReaderAction }; res: { open: boolean } };
  'content:ping': { req: { type: 'content:ping' }; res: { ready: true } };
}

export type BackgroundRequest = BackgroundRequests[keyof BackgroundRequests]['req'];
export type ContentRequest = ContentRequests[keyof ContentRequests]['req'];
