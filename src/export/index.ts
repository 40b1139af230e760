/**
 * Exports of an extracted article: pure functions from an `Article` (and its Markdown) to the text
 * of a `.txt`, `.md` or `.html` file, plus a safe file name, and the registry that names them
 * (formats.ts, with the builders in build.ts). Shared by the popup, the overlay and the CLI so every export path escapes metadata
 * the same way.
 */
export { exportText, type ExportOptions } from './text';
export { exportMarkdown, yamlString } from './markdown';
export { exportHtml, EXPORT_CSP } from './html';
export { exportFileName, FALLBACK_NAME } from './filename';
export { metaText, escapeHtml } from './clean';
export {
  EXPORT_FORMATS, EXPORT_FORMAT_IDS, EXPORT_FORMAT_ALIASES, exportFormatId, type ExportFormat, type ExportFormatId,
} from './formats';
export { exportFile, buildExport, type ExportedFile, type ExportBuilder } from './build';
