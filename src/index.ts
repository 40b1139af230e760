export { extract, failure, DEFAULT_MAX_ELEMENTS } from './extract';
export { renderText } from './render/text';
export { renderMarkdown, articleMarkdown } from './render/markdown';
export { htmlToFragment } from './dom/parse';
export type * from './types';
export { restoreRemoval, countedBlocks } from './render/restore';
// What extension/ and cli/ used from inside src/ before the door (issue 10): the sanitizer for the
// extension's sink, the rule check for the options page, and the exports with their registry.
export { purifierFor, sanitizeToFragment } from './steps/sanitize';
export { compilePattern } from './rules/user';
export {
  exportFileName, exportFile, buildExport, exportFormatId, EXPORT_FORMATS, EXPORT_FORMAT_IDS, EXPORT_FORMAT_ALIASES,
  type ExportFormat, type ExportFormatId, type ExportedFile, type ExportBuilder, type ExportOptions,
} from './export/index';
