import type { SelectorRules, TextRules } from './types';

/** Share bars and buttons: the widgets of AddToAny, ShareThis, Jetpack, and hand-made ones. */
export const share: SelectorRules = {
  kind: 'share',
  label: 'share bar',
  selectors: [
    // Widget vendors
    '.addtoany_share_save_container', '.a2a_kit', '.sharethis-inline-share-buttons', '.st-sticky-share-buttons',
    '.sharedaddy', '.jp-sharing-input-touch', '.sd-sharing-enabled',
    // Links that only share the page (the block around them is judged by the engine)
    'a[href*="facebook.com/sharer"]', 'a[href*="twitter.com/intent/tweet"]', 'a[href*="x.com/intent/"]',
    'a[href*="linkedin.com/shareArticle"]', 'a[href*="pinterest.com/pin/create"]', 'a[href^="mailto:?"]',
    'a[href*="reddit.com/submit"]', 'a[href*="wa.me/?text"]', 'a[href*="api.whatsapp.com/send"]',
    // Common class names
    '[class~="share-bar"]', '[class~="social-share"]', '[class~="share-buttons"]', '[class~="sharing"]',
    // Social follow prompts (.follow-us, .social-follow): 123 on wcxb-dev, none holding article text
    '[class*="follow"]', '[class*="social"]',
  ],
};

/** Its text patterns: the article's steps only (rules/index.ts). */
export const shareText: TextRules = {
  patterns: [
    // "Follow Hardtail Canada", "Follow us on Instagram": a short line naming whom to follow
    /^[Ff]ollow ([Uu]s|[Mm]e|\p{Lu}\p{L}+( \p{Lu}\p{L}+){0,3})( on .{3,60})?[.!]?$/u,
    /^share (this|on|via)\b.{0,80}$/i, /^share this story:?.{0,120}$/i, /^(share|tweet|email|print)( (share|tweet|email|print|on facebook|on twitter))*$/i],
};
