import type { RuleGroup } from './types';
import { share, shareText } from './share';
import { recaptcha, recaptchaText } from './recaptcha';
import { related, relatedText } from './related';
import { newsletter, newsletterText } from './newsletter';
import { comments, commentsText } from './comments';
import { chrome, chromeText } from './chrome';

/**
 * Every built-in group, in the order they are applied (most certain first), whole: selectors and
 * text patterns, for the article's steps (the page's pass takes PAGE_RULE_GROUPS, rules/page.ts,
 * the same groups in the same order without their patterns).
 */
export const RULE_GROUPS: readonly RuleGroup[] = [
  { ...share, ...shareText },
  { ...recaptcha, ...recaptchaText },
  { ...related, ...relatedText },
  { ...newsletter, ...newsletterText },
  { ...comments, ...commentsText },
  { ...chrome, ...chromeText },
];
export type { RuleGroup, SelectorRules, TextRules } from './types';
