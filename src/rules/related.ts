import type { SelectorRules, TextRules } from './types';

/** "Related coverage", "More from", "You may also like" and recommendation widgets. */
export const related: SelectorRules = {
  kind: 'related',
  label: 'related-coverage block',
  selectors: [
    // Any class or id naming related content: WordPress themes (.related-posts), Jetpack
    // (.jp-relatedposts), YARPP (.yarpp-related), news CMSs (.related-coverage-inline,
    // #relatedStories). Readability treats "related" in a class as unlikely content too; the
    // engine's size guard keeps it off containers that hold the article.
    '[class*="related"]', '[id*="related"]',
    // Recommendation widgets
    '.outbrain', '.OUTBRAIN', '[class*="taboola"]', '[id^="taboola-"]', '.zergnet-widget',
    '[data-widget="recommendations"]',
    // "Popular posts" widgets (.popular-posts, .wpp-popular): 72 on wcxb-dev, none holding article text
    '[class*="popular"]',
  ],
};

/** Its text patterns: the article's steps only (rules/index.ts). */
export const relatedText: TextRules = {
  patterns: [
    // A heading standing alone (the teaser list under it goes with it, see the engine)
    /^(related (coverage|posts|stories|articles|content|reading|links|news)|read more|more from\b.{0,60}|more (stories|articles|news)( from .{1,40})?|you (may|might) also (like|enjoy)|recommended( for you| reading| stories)?|trending( now)?|popular (posts|stories|articles)|most (read|popular)|latest (news|posts|stories|articles))$/i,
    // More headings of the same kind, each seen on several sites: "You might like", "You might also
    // like…", "Other Posts You May Enjoy", "What others are reading", "Good articles to read
    // together", "You may be interested in the following topics as well", "More "5 Tips" Posts";
    // a blog's widget: "Recent Posts", "Recent posts on blogs I like:"
    /^(recent (posts|articles|stories|entries)( (on|from|in) .{1,40})?|you (may|might) (also )?(like|enjoy)|(other|more) (posts|articles|stories) you (may|might) (like|enjoy)|what others are reading|good (articles|posts|reads) to read together|you may (also )?be interested in.{0,50}|more .{1,30} (posts|articles|stories))[:.!…]*$/i,
  ],
  teaserPatterns: [
    // "Read more: <headline>" / "Related: <headline>" lines between paragraphs
    /^(read (more|also|next)|also read|related|recommended|see more|you (may|might) also like)\s*[:|–—-]\s*.{3,160}$/i,
    // A small block that opens with such a heading and holds its linked teasers (hashed class
    // names give no other handle)
    /^(related (coverage|posts|stories|articles)|you may also like|more (stories|articles) from)\s.{0,300}$/i,
  ],
};
