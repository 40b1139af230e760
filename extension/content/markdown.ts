import { renderMarkdown } from '../../src/render/markdown';
import { MARKDOWN_KEY } from './markdown-key';

/**
 * `content-markdown.js`: turndown and its GFM plugin (16 KB of the content script's 120 KB budget)
 * in a file of their own, injected next to `content.js` only when the reader overlay opens (the
 * only place in the page that needs Markdown; the popup renders Markdown itself). It hands
 * `renderMarkdown` to the content script through one global of the extension's isolated world,
 * which the page cannot see. Injecting it again is harmless.
 */
const scope = globalThis as Record<symbol, unknown>;
scope[MARKDOWN_KEY] ??= renderMarkdown;
