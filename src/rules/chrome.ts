import type { RuleGroup } from './types';

/** Site chrome that survives into article bodies: date bars, join buttons, bylines' avatars. */
export const chrome: RuleGroup = {
  kind: 'chrome',
  label: 'site chrome',
  selectors: ['.date-bar', '.avatar', 'img.avatar'],
  patterns: [
    // "Wednesday, October 16th | 17 Tishri 5780": a date bar with a second calendar
    /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday), \w+ \d{1,2}(st|nd|rd|th)? \| .{1,40}$/i,
    /^join the \w+$/i,
    // Editorial disclaimers under opinion pieces and blog posts: "The opinions presented by X bloggers
    // are solely theirs…", "The views expressed in this article are the author's own…"
    /^(the )?(opinions|views) (presented|expressed) (by|in) .{1,80}? (are|is) (solely |entirely )?(theirs|their own|the author'?s'? own|those of the authors?)\b.{0,320}$/i,
    // Affiliate and advertising disclosures above reviews
    /^(advertiser|affiliate|advertising) disclosure:?$/i,
    /^(products are (chosen|selected) independently by our editors|we may earn (a )?(commission|money) (from|when you|if you)).{0,240}$/i,
    // Reader chrome: skip links, pagers, way-back links, the ad label inside a story
    /^skip to (the )?(main )?content$/i,
    /^page \d+ of \d+$/i,
    /^(return|back) to (all )?(articles|blog|news|posts|stories|top)$/i,
    /^(article continues below|story continues below|continue reading below)( (the )?(advertisement|ad))?$/i,
    /^(advertisement|sponsored content|ad)$/i,
    // Calls to action between sections
    /^(get in touch|talk to (our|an) experts?|contact us (today|now)|book (a|your) (free )?(demo|consultation|call)|share your story|add (us )?as a preferred source on google)[.!]?$/i,
    // A table of contents (the heading; the list of links under it goes with it)
    /^(table of contents|contents|in this (article|guide|post)|jump to( section)?|on this page)$/i,
  ],
};
