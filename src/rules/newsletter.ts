import type { SelectorRules, TextRules } from './types';

/** Newsletter sign-up boxes. */
export const newsletter: SelectorRules = {
  kind: 'newsletter',
  label: 'newsletter sign-up',
  selectors: [
    '[class*="newsletter"]', '[id*="newsletter"]',
    // Vendors: Mailchimp for WordPress, The Newsletter Plugin (.tnp-subscription)
    '.mc4wp-form', '[class*="tnp-subscription"]',
    // Subscribe and sign-up boxes (.subscribe-box, #subscribe-widget, .tnp-subscription, .signup-form,
    // .ml-subscribe-form): on wcxb-dev 440 such blocks, 6 holding article text (a "Subscribe" link)
    '[class*="subscribe"]', '[id*="subscribe"]', '[class*="signup"]', '[id*="signup"]', '[class*="sign-up"]',
  ],
};

/** Its text patterns: the article's steps only (rules/index.ts). */
export const newsletterText: TextRules = {
  patterns: [
    /^(sign up|subscribe) (for|to) (our|the) (free )?(daily |weekly )?newsletter.{0,80}$/i,
    // Sign-up headings and buttons: "Join our newsletter", "Subscribe to the Neural Network
    // Newsletter", "Get our newsletter", "Subscribe here", "Stay connected with me!"
    /^(join|get|subscribe to) (our|the|my) .{0,40}newsletter[.!]?$/i,
    /^(subscribe( here| now| today)?|stay (connected|in touch)( with (me|us))?)[.!]?$/i,
    // Sign-up lines: "Subscribe to get the latest posts sent to your email", "Sign up for The Replay
    // newsletter", "Like what you're reading? Subscribe…", "Would you like to receive notifications
    // about new posts?", "Join our mailing list!", "Want more from X? Sign up for our newsletter, The
    // Selection, and shop smarter." 78 on wcxb-dev, none in the truth.
    /^(subscribe to (get|receive) .{3,60}|([^.?!]{3,60}\? )?sign up (for|to) (the |our )?.{0,40}newsletter.{0,80}|like what you['’]?re reading\??.{0,80}|would you like to receive (notifications|updates).{0,60}|join (our|the) (mailing|email) list.{0,80}|get (our|the) latest .{0,60} (in|to|delivered to) your inbox.{0,40}|(receive|get) .{3,60},? delivered (right |straight )?to your inbox[.!]?)$/i,
    // "Want to keep up with the latest … from MNI? The free weekly X email is …" (1 on wcxb-dev's
    // articles, not in the truth)
    /^want to (keep up|stay up to date|stay informed|stay in the loop|stay current) (with|on) .{0,200}(newsletter|e-?mail|inbox|sign up|subscribe).{0,160}$/i,
  ],
  longPatterns: [
    // A partner's credit line that ends in its sign-up: "This story about tutoring was written by Jill
    // Barshay and produced by The Hechinger Report, a nonprofit… Sign up for Proof Points and other
    // Hechinger newsletters." (1 on wcxb-dev's articles, not in the truth; such credit lines without
    // the sign-up are article text the truth keeps)
    /^this (story|article|piece)\b.{0,120}\bwas (written|produced|reported|published) by .{3,300}\bsign up for\b.{0,200}$/i,
    // The appeal closing a post: "Playful Void is a production of Idle Cartulary. If you liked this
    // article, please consider liking, sharing, and subscribing to …" (1 on wcxb-dev's articles, not
    // in the truth)
    /^.{0,120}?\bif you (liked|enjoyed|found value in) this (article|post|story|piece|essay|newsletter)[,.]? (please )?(consider )?(liking|sharing|subscribing|supporting|following|share|subscribe|support)\b.{0,500}$/i,
  ],
};
