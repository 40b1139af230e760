import type { RemovalKind } from '../types';

/**
 * A group of clutter rules of one kind. Rules are data: the engine in `steps/remove-clutter.ts`
 * applies every group the same way, and `test/rules.test.ts` checks each group for valid selectors,
 * duplicates, and its positive and negative fixtures.
 */
export interface RuleGroup {
  kind: RemovalKind;
  /** What a user reads in "Removed": "share bar", "reCAPTCHA notice"… */
  label: string;
  /** Structural matches: removed wherever they sit, unless they hold the article itself. */
  selectors: readonly string[];
  /**
   * Content matches: a small block whose whole text (whitespace folded) matches one of these is
   * removed. Anchor them (^…$) or keep them specific: they are tried against short blocks only.
   */
  patterns: readonly RegExp[];
}
