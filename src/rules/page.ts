import type { SelectorRules } from './types';
import { share } from './share';
import { recaptcha } from './recaptcha';
import { related } from './related';
import { newsletter } from './newsletter';
import { comments } from './comments';
import { chrome } from './chrome';

/**
 * The built-in groups as the page's pass before Readability reads them (steps/page-clutter.ts):
 * kinds, labels and selectors, in the order of RULE_GROUPS (rules/index.ts), so a selector has the
 * same place in both passes' lists (the mark of an article selector records it). Their text
 * patterns are not imported here: the content script, which runs this pass, does not carry them.
 */
export const PAGE_RULE_GROUPS: readonly SelectorRules[] = [share, recaptcha, related, newsletter, comments, chrome];
