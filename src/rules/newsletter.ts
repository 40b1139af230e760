import type { RuleGroup } from './types';

/** Newsletter sign-up boxes. */
export const newsletter: RuleGroup = {
  kind: 'newsletter',
  label: 'newsletter sign-up',
  selectors: ['[class*="newsletter"]', '[id*="newsletter"]', '.mc4wp-form', '[class*="subscribe-box"]'],
  patterns: [
    /^(sign up|subscribe) (for|to) (our|the) (free )?(daily |weekly )?newsletter.{0,80}$/i,
    // Sign-up headings and buttons: "Join our newsletter", "Subscribe to the Neural Network
    // Newsletter", "Get our newsletter", "Subscribe here", "Stay connected with me!"
    /^(join|get|subscribe to) (our|the|my) .{0,40}newsletter[.!]?$/i,
    /^(subscribe( here| now| today)?|stay (connected|in touch)( with (me|us))?)[.!]?$/i,
  ],
};
