import type { Article } from '../../src/types';
import type { ExportFormat } from '../shared/settings';
import type { Overlay, OverlayHost } from './overlay/overlay';

/**
 * The reader module (`content-exports.js`, see exports.ts) hands the overlay and the export
 * functions to the content script through one global of the extension's isolated world, which the
 * page cannot see.
 */
export const EXPORTS_KEY = Symbol.for('tidy-reader.content-exports');
export const EXPORTS_FILE = 'content-exports.js';

export interface ExportedFile {
  name: string;
  type: string;
  text: string;
}

export interface ExportsModule {
  /** The reader overlay (its UI, styles and page guard travel in this module, not in content.js). */
  createOverlay(host: OverlayHost): Overlay;
  renderMarkdown(root: Node): string;
  exportFile(article: Article, markdown: string, format: ExportFormat, url: string, includeMetadata: boolean): ExportedFile;
}

/** The export module, or null when it has not been injected into this page. */
export function exportsModule(): ExportsModule | null {
  const m = (globalThis as Record<symbol, unknown>)[EXPORTS_KEY] as ExportsModule | undefined;
  return m && typeof m.createOverlay === 'function' && typeof m.renderMarkdown === 'function' && typeof m.exportFile === 'function' ? m : null;
}

/** Markdown of `root`, or null without the export module. */
export function markdownOf(root: Node): string | null {
  return exportsModule()?.renderMarkdown(root) ?? null;
}
