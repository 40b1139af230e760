import type { LearnedRule } from '../../src/index';
import type { ArticleReply, BlockProbe, ExtractReply, ReaderView } from '../shared/protocol';
import type { SettingsStorage } from '../shared/settings';
import type { LazyName } from './lazy';

/**
 * What the reader module (`content-exports.js`, see exports.ts) gives the content script: the
 * reader overlay, handed over through one global of the extension's isolated world, which the
 * page cannot see. The overlay, its UI pieces, turndown and the export builders travel in that
 * module, so content.js (injected on every click, with a size budget) carries none of them.
 */
export const READER_KEY = Symbol.for('tidy-reader.content-exports');

/** What the overlay needs from the content script. */
export interface ContentHost {
  /** The pipeline's draft for this page (the cached one when the popup just extracted). */
  extract(force: boolean): Promise<ExtractReply>;
}

/** All the overlay needs: the content script's extraction, and what the reader module adds (exports.ts). */
export interface OverlayHost {
  /** The content script's draft, finished (sanitized) in the reader module. */
  extract(force: boolean): Promise<ArticleReply>;
  /** The sink (shared/sink.ts): DOMPurify lives in the reader module, not in content.js. */
  safeFragment(html: string, doc: Document): DocumentFragment;
  /** `storage` through the content script's bare API (no polyfill in the page), for the settings. */
  storage: SettingsStorage;
  /** Ask the background to open the options page (content scripts cannot open it themselves). */
  openOptions(): Promise<unknown>;
  /** Ask the background to inject a lazily loaded part of the reader (lazy.ts). */
  loadModule(name: LazyName): Promise<void>;
}

export interface ReaderOverlay {
  readonly isOpen: boolean;
  /** Open showing the page as the popup left it (`view`), or as extracted. */
  open(view?: ReaderView): Promise<void>;
  close(): void;
  toggle(): Promise<void>;
}

export interface ReaderModule {
  createOverlay(host: ContentHost): ReaderOverlay;
  /** "Always keep this on <site>" from the popup: the rule for the probe's block, described from this page (background/inject.ts calls it). */
  describe(probe: BlockProbe): LearnedRule;
}

/** The reader module, or null when it has not been injected into this page. */
export function readerModule(): ReaderModule | null {
  const m = (globalThis as Record<symbol, unknown>)[READER_KEY] as ReaderModule | undefined;
  return m && typeof m.createOverlay === 'function' ? m : null;
}
