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
  ],
};
