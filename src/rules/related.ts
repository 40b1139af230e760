import type { RuleGroup } from './types';

/** "Related coverage", "More from", "You may also like" and recommendation widgets. */
export const related: RuleGroup = {
  kind: 'related',
  label: 'related-coverage block',
  selectors: [
    '.related-posts', '.related-articles', '.related-stories', '.jp-relatedposts', '.yarpp-related',
    '[class~="related"]', '.outbrain', '.OUTBRAIN', '.taboola', '[id^="taboola-"]',
  ],
  patterns: [/^(related (coverage|posts|stories|articles|content|reading)|read more|more from\b.{0,60}|you may also like|recommended( for you)?)$/i],
};
