import { renderMarkdown } from '../../src/render/markdown';
import { EXPORTS_KEY, type ExportsModule } from './exports-key';
import { exportFile } from './overlay/export-file';

/**
 * `content-exports.js`: what only the reader overlay's export buttons need — turndown with its GFM
 * plugin and the .txt/.md/.html builders (about 22 KB) — kept out of `content.js`, whose 120 KB
 * budget the pipeline needs. The background injects it next to `content.js` only when the reader
 * opens; the popup renders Markdown and exports itself. Injecting it again is harmless.
 */
const scope = globalThis as Record<symbol, unknown>;
scope[EXPORTS_KEY] ??= { renderMarkdown, exportFile } satisfies ExportsModule;
