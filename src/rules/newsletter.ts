import type { RuleGroup } from './types';

/** Newsletter sign-up boxes. */
export const newsletter: RuleGroup = {
  kind: 'newsletter',
  label: 'newsletter sign-up',
  selectors: ['[class*="newsletter"]', '[id*="newsletter"]', '.mc4wp-form', '[class*="subscribe-box"]'],
  patterns: [/^(sign up|subscribe) (for|to) (our|the) (free )?(daily |weekly )?newsletter.{0,80}$/i],
};
