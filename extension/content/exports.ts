import { Overlay } from './overlay/overlay';
import { READER_KEY, type OverlayHost, type ReaderModule } from './reader-module';

/**
 * `content-exports.js`, the reader module: the overlay with its UI pieces and styles, turndown
 * with its GFM plugin and the export builders, kept out of `content.js`, whose 120 KB budget the
 * pipeline needs (the popup's extraction injects content.js alone). The background injects it
 * next to `content.js` only when the reader opens. Injecting it again is harmless.
 */
const scope = globalThis as Record<symbol, unknown>;
scope[READER_KEY] ??= { createOverlay: (host: OverlayHost) => new Overlay(host) } satisfies ReaderModule;
