export { extract, failure, DEFAULT_MAX_ELEMENTS } from './extract';
export { renderText } from './render/text';
export { renderMarkdown, articleMarkdown } from './render/markdown';
export { htmlToFragment } from './dom/parse';
export type * from './types';
export { restoreRemoval, countedBlocks } from './render/restore';
// What extension/ and cli/ used from inside src/ before the door (issue 10): the sanitizer for the
// extension's sink, the rule check for the options page, and the exports with their registry.
export { purifierFor, sanitizeToFragment, sanitizeToString } from './steps/sanitize';
export { compilePattern } from './rules/user';
export {
  exportText, exportMarkdown, exportHtml, exportFileName, type ExportOptions,
  EXPORT_FORMATS, EXPORT_FORMAT_IDS, EXPORT_FORMAT_ALIASES, exportFormatId, exportFile,
  type ExportFormat, type ExportFormatId, type ExportedFile,
} from './export/index';
