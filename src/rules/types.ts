import type { RemovalKind } from '../types';

/**
 * A group of clutter rules of one kind. Rules are data: the engine in `steps/remove-clutter.ts`
 * applies every group the same way, and `test/src/rules/rules.test.ts` checks each group for valid
 * selectors, duplicates, and its positive and negative fixtures. A user's rules are one more group
 * (`rules/user.ts`), of kind "user". Each file of rules holds a group in two parts, its selectors
 * and its text patterns: the page's pass before Readability (steps/page-clutter.ts, in the content
 * script) reads only the first (rules/page.ts), so content.js does not carry the patterns (7.4 KB).
 */
export type RuleGroup = SelectorRules & TextRules;

/** A group's kind, label and selectors: all the page's pass reads of it. */
export interface SelectorRules {
  kind: RemovalKind;
  /** What a user reads in "Removed": "share bar", "reCAPTCHA notice"… */
  label: string;
  /** Structural matches: removed wherever they sit, unless they hold the article itself. */
  selectors: readonly string[];
  /**
   * Structural matches tried on Readability's article only (the second pass), not on the page
   * before it: blocks Readability reads metadata from (an author box holds the byline it finds)
   * must still be there when it looks.
   */
  articleSelectors?: readonly string[];
}

/** A group's text patterns, tried on Readability's article only (steps/remove-clutter.ts). */
export interface TextRules {
  /**
   * Content matches: a small block whose whole text (whitespace folded) matches one of these is
   * removed. Anchor them (^…$) or keep them specific: they are tried against short blocks only.
   */
  patterns: readonly RegExp[];
  /**
   * Content matches for teaser blocks that open with their heading ("Related coverage" and the
   * linked headlines under it): they count only when the block links out, so a paragraph of the
   * article that happens to begin with the same words is kept.
   */
  teaserPatterns?: readonly RegExp[];
  /**
   * Content matches for closing notes that run to a paragraph ("X is a production of Y. If you liked
   * this article, please consider subscribing…"): tried against blocks up to `MAX_LONG_PATTERN_CHARS`
   * (the others stop at `MAX_PATTERN_CHARS`). Keep them specific: a long block is more likely to be
   * the author's own text.
   */
  longPatterns?: readonly RegExp[];
}
