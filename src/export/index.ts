/**
 * Exports of an extracted article: pure functions from an `Article` (and its Markdown) to the text
 * of a `.txt`, `.md` or `.html` file, plus a safe file name. Shared by the popup, the overlay and
 * the CLI so every export path escapes metadata the same way.
 */
export { exportText, type ExportOptions } from './text';
export { exportMarkdown, yamlString } from './markdown';
export { exportHtml, EXPORT_CSP } from './html';
export { exportFileName, FALLBACK_NAME } from './filename';
export { metaText, escapeHtml } from './clean';
