/**
 * The one door into `src/`: everything the hosts (the extension, the CLI, the benchmark, node/)
 * use of the pipeline is exported here, and lint (eslint.config.js) keeps them from importing any
 * other module of `src/`. What is not here is the pipeline's own business and may move.
 */

// Extraction: a Document in, an Article (or a Failure saying why not) out.
export { extract, extractDraft } from './extract';
export { failure } from './failure';
export { finishDraft, type ArticleDraft, type DraftResult } from './finish';
export { DEFAULT_MAX_ELEMENTS } from './limits';
export type * from './types';

// The cut-short warnings, judged by the hosts from the article's signals (thresholds: the calibration
// bench measures every page with them lifted).
export { CUT_SHORT, cutShortWarnings, endRemoval } from './warnings/cut-short';
export { warningMessage, FIX_LABELS, pageTextHtml } from './warnings/messages';

// The article's renderings, all from the same sanitized DOM.
export { renderText } from './render/text';
export { renderMarkdown, articleMarkdown } from './render/markdown';
export { restoreRemoval, countedBlocks } from './render/restore';

// The one place a string becomes DOM, and the sanitizer the extension's pages run again before
// inserting anything.
export { htmlToFragment } from './dom/parse';
export { purifierFor, sanitizeToFragment, sanitizeToString } from './steps/sanitize';

// A user's text pattern, as the options page checks it before saving.
export { compilePattern } from './rules/user';

// Exports: one registry of formats (id, file extension, MIME type, builder) for the popup, the
// reader and the CLI, and the files' names.
export {
  exportFileName, exportHtml, exportMarkdown, exportText,
  exportFile, buildExport, exportFormatId, EXPORT_FORMATS, EXPORT_FORMAT_IDS, EXPORT_FORMAT_ALIASES,
  type ExportFormat, type ExportFormatId, type ExportedFile, type ExportBuilder, type ExportOptions,
} from './export/index';

// Rules learned from the reader: how a block is described, found again, and stored in a file.
export { learnRule, describeBlock, isHashLike } from './rules/learned';
export { findBlocks, learnedFor } from './rules/learned-match';
export { parseRulesFile, rulesFileText, normalizeLearned, RULES_FORMAT, RULES_VERSION } from './rules/learned-file';
