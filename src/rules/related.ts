import type { RuleGroup } from './types';

/** "Related coverage", "More from", "You may also like" and recommendation widgets. */
export const related: RuleGroup = {
  kind: 'related',
  label: 'related-coverage block',
  selectors: [
    '.related-posts', '.related-articles', '.related-stories', '.jp-relatedposts', '.yarpp-related',
    '[class~="related"]', '.outbrain', '.OUTBRAIN', '.taboola', '[id^="taboola-"]',
  ],
  patterns: [
    /^(related (coverage|posts|stories|articles|content|reading)|read more|more from\b.{0,60}|you may also like|recommended( for you)?)$/i,
    // A small block that opens with such a heading and holds its teasers (hashed class names give
    // no other handle); the block-size cap in the engine keeps this off whole article bodies.
    /^(related (coverage|posts|stories|articles)|you may also like)\s.{0,300}$/i,
  ],
};
