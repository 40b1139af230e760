/** Where `content-markdown.js` leaves `renderMarkdown` for the content script (see markdown.ts). */
export const MARKDOWN_KEY = Symbol.for('tidy-reader.render-markdown');
export const MARKDOWN_FILE = 'content-markdown.js';

/** Markdown of `root`, or null when the Markdown module has not been injected into this page. */
export function markdownOf(root: Node): string | null {
  const render = (globalThis as Record<symbol, unknown>)[MARKDOWN_KEY];
  return typeof render === 'function' ? (render as (n: Node) => string)(root) : null;
}
