/**
 * The pipeline's default limits, in a file of their own: hosts that only show or parse a limit
 * (the CLI's main thread, answering --help) import them without loading the pipeline, since the
 * CLI's bundle is split by file.
 */

/** More elements than this and the page is refused as too large to clean safely. */
export const DEFAULT_MAX_ELEMENTS = 60_000;
/** Milliseconds of work after which extraction stops with a timeout. */
export const DEFAULT_TIME_BUDGET_MS = 10_000;
/** Fewer words than this on the pruned page, or in the clean article, is no article. */
export const MIN_WORDS = 20;
