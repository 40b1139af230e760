import { renderMarkdown } from '../../src/render/markdown';
import { EXPORTS_KEY, type ExportsModule } from './exports-key';
import { exportFile } from './overlay/export-file';
import { Overlay, type OverlayHost } from './overlay/overlay';

/**
 * `content-exports.js`: what only the reader needs — the overlay (its UI, styles and page guard),
 * turndown with its GFM plugin and the .txt/.md/.html builders — kept out of `content.js`, whose
 * 120 KB budget the pipeline needs (the popup's extraction injects content.js alone). The
 * background injects it next to `content.js` only when the reader opens; the popup renders
 * Markdown and exports itself. Injecting it again is harmless.
 */
const scope = globalThis as Record<symbol, unknown>;
scope[EXPORTS_KEY] ??= { createOverlay: (host: OverlayHost) => new Overlay(host), renderMarkdown, exportFile } satisfies ExportsModule;
