import type { SelectorRules, TextRules } from './types';

/**
 * Site chrome that survives into article bodies: date bars, join buttons, bylines' avatars, author
 * bio boxes, copyright lines, post navigation, paywall breakers and ad labels.
 */
export const chrome: SelectorRules = {
  kind: 'chrome',
  label: 'site chrome',
  selectors: [
    '.date-bar', '.avatar', 'img.avatar',
    // Copyright lines and post-to-post navigation ("← Previous post"), in and around the story
    '[class*="copyright"]', '[class*="post-nav"]',
    // Paywall breakers ("This article is exclusive to subscribers. Already have an account? Log in")
    '[class*="paywall"]', '[class*="restricted-content"]', '[class*="premium-content-logged-out"]',
    // Ad slots and their labels ("Advertisement - Continue Reading Below"): 237 on wcxb-dev, none
    // holding article text
    '[class*="ad-disclaimer"]', '[class*="ad-label"]', '[class*="advert"]',
    // Calls to action (.cta, .blogCta, .CTA-box): 200 on wcxb-dev, none holding article text. Not
    // the -cta/_cta spellings: editors' CTA cards (Ghost's .kg-cta-card, Divi's .et_pb_cta) hold
    // text the author wrote into the story, which the truth keeps.
    '[class~="cta"]', '[class*="Cta"]', '[class*="CTA"]',
    // Button rows of block editors (WordPress .wp-block-buttons, Substack .button-wrapper:
    // "Subscribe", "Share", "Sponsor this newsletter"): 410 on wcxb-dev, none holding article text
    '[class*="wp-block-button"]', '[class*="button-wrapper"]',
    // Donation boxes, tag lists and pagers: 190 on wcxb-dev, none holding article text. (Not
    // "disclaimer": sites put their footnotes and sources in such boxes.)
    '[class*="donate"]', '[class*="donation"]', '[class*="pagination"]',
    '[class*="post-tags"]', '[class*="entry-tags"]', '[class*="tag-list"]', '[class*="tags-links"]', '[class~="tags"]',
    '[class*="tagcloud"]', '[class*="tag-cloud"]',
  ],
  articleSelectors: [
    // Author bio boxes under (or above) the story: WordPress themes and page builders name them
    // author-bio / author-box / about-author / author-profile / author-info / author-description /
    // author-card. Screened on wcxb-dev: 250 boxes on 130 sites, 4 holding text of the article
    // (an author's name the truth kept as a byline). After Readability only: it finds the byline
    // in them.
    '[class*="author-bio"]', '[class*="author_bio"]', '[class*="author-box"]', '[class*="author_box"]',
    '[class*="about-author"]', '[class*="about_author"]', '[class*="author-profile"]', '[class*="author-info"]',
    '[class*="author-description"]', '[class*="author-card"]',
    // Bylines and date lines left in the article ("By Jane Roe | November 3, 2025", "Published June
    // 23, 2025"): the metadata step has read them already. 440 on wcxb-dev, 1 holding article text.
    '[class*="byline"]', '[class*="pub-date"]', '[class*="post-date"]', '[class*="entry-date"]',
    // The same in BEM and theme names (.hero-author--bio, .single-content-author__about,
    // .entry-author, .post-author, .entry-meta, .post-meta) and bare <time> elements: 1,750 on
    // wcxb-dev, 2 holding article text
    '[class*="entry-author"]', '[class*="author__"]', '[class*="author--"]', '[class*="post-author"]',
    '[class*="article-author"]', '[class*="entry-meta"]', '[class*="post-meta"]', '[class*="article-meta"]',
    'time',
  ],
};

/** Its text patterns: the article's steps only (rules/index.ts). */
export const chromeText: TextRules = {
  patterns: [
    // "Wednesday, October 16th | 17 Tishri 5780": a date bar with a second calendar
    /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday), \w+ \d{1,2}(st|nd|rd|th)? \| .{1,40}$/i,
    /^join the \w+$/i,
    // Editorial disclaimers under opinion pieces and blog posts: "The opinions presented by X bloggers
    // are solely theirs…", "The views expressed in this article are the author's own…"
    // "Note: The views expressed on Mises.org are not necessarily those of the Mises Institute."
    /^((editor['’]?s )?note: )?(the )?(opinions|views) (presented|expressed) (by|in|on) .{1,80}? ((are|is) (solely |entirely )?(theirs|their own|the author'?s'? own|those of the authors?)|(are|is|do|does) not necessarily (those of|reflect))\b.{0,320}$/i,
    // Affiliate and advertising disclosures above reviews
    /^(advertiser|affiliate|advertising) disclosure:?$/i,
    /^(disclosure|affiliate disclosure|editorial note):.{0,60}\b(affiliate|commission)\b.{0,300}$/i,
    /^(products are (chosen|selected) independently by our editors|we may earn (a )?(commission|money) (from|when you|if you)).{0,240}$/i,
    // Promo codes and sign-up offers: "Get $10 off your first order with code: X", "Begin learning a
    // new language with Babbel! Unlock up to 55% OFF your subscription today!", "New customers get $300
    // in free credits…" (4 blocks on wcxb-dev's articles, none in the truth)
    /^.{0,80}?\b(get|save|take|enjoy|unlock) (up to |an extra )?(\$\d+|\d+%) off\b.{0,80}\b(code|today|first (order|purchase|box|month))\b.{0,60}$/i,
    /^new customers (get|receive|save|enjoy)\b.{0,100}$/i,
    // Reader chrome: skip links, pagers, way-back links, the ad label inside a story
    /^skip to (the )?(main )?content$/i,
    /^page \d+ of \d+$/i,
    /^(return|back) to (all )?(articles|blog|news|posts|stories|top)$/i,
    /^(article continues below|story continues below|continue reading below)( (the )?(advertisement|ad))?$/i,
    /^(advertisement|sponsored content|ad)$/i,
    // A lazy loader's placeholder left in the copy ("Loading paragraph...", "Loading image...") and a
    // listicle's skip link ("JUMP TO THE LIST ⤵")
    /^loading( \w+)?(\.\.\.|…)$/i,
    /^jump to (the )?(list|recipe|section|video|content|review|products?|picks)\s*[⤵↓⬇👇]?$/iu,
    // Newsletters' own sponsor and ad links: "Sponsor this newsletter"
    /^(sponsor|advertise (in|with)|become a sponsor of) (this|our|the) (newsletter|podcast|blog|site|show)[.!]?$/i,
    /^advertisement[\s\-–—:]+(continue reading|story continues|article continues|scroll to continue)\b.{0,20}$/i,
    // Bylines, reading times and date lines left in the story: "About the Author", "Written by Jane
    // Roe", "Bridgestone Team | 5 min read", "Published June 23, 2025 10:39AM" (the metadata step
    // has read them). Screened on wcxb-dev: 380 such blocks on 220 pages, 7 kept by the truth.
    /^(about (the )?(authors?|reviewers?)|meet the authors?|author bio|more about (the )?author)[:.]?$/i,
    // The link under a writer's or reviewer's bio: "View all posts by Jane Roe, MD"
    /^([Vv]iew|[Ss]ee|[Rr]ead) (all|more|[Aa]ll|[Mm]ore) ([Pp]osts|[Aa]rticles|[Ss]tories) (by|from) \p{Lu}.{0,80}$/u,
    // "Reviewed by Toni Golen, MD, Editor in Chief, …" on its own line: the reviewer's credit
    /^([Mm]edically )?([Rr]eviewed|[Ff]act[- ][Cc]hecked) by \p{Lu}.{0,200}$/u,
    /^([Ww]ritten|[Pp]osted|WRITTEN|POSTED) (by|BY) \p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){0,3}( (at|on) .{4,40})?$/u,
    /^(.{1,60}\s[|•·]\s*)?\d{1,2} min(ute)?s? read$/i,
    /^(published|posted|updated|last updated)( on)?:? ((mon|tue|wed|thu|fri|sat|sun)\w*,? )?(\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*,? \d{4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.? \d{1,2}(st|nd|rd|th)?,? \d{4})( (at )?\d{1,2}:\d{2}( ?[ap]m)?( \w{2,4})?)?$/i,
    // Copyright lines: "© Copyright 2004-2025 Jane Roe. All Rights Reserved." (195 on wcxb-dev, none
    // in the truth), with a publisher's line after it: "… All Rights Reserved. A Publication of The
    // Gotham" (none of these on wcxb-dev's outputs or truth; a footer Readability kept on a variant)
    /^(©|\(c\)|copyright)( ©)? ?(\d{4}([-–]\d{4})?)?.{0,120}all rights reserved\.?( [^.!?]{1,80})?$/i,
    // …and the short line that opens with the sign and the year, without "All rights reserved", of
    // two sentences at most: "© 2025 Loona Construction Inc", "Copyright © 2023 Riverside Post. For
    // reprints, see …". An old program's "(c) Copyright 1990-1994, Hewlett-Packard Company." quoted in
    // a story does not open with the sign, and a sentence of the story after the line keeps it.
    /^(copyright ?)?© ?(copyright ?)?\d{4}([-–]\d{4})?\b[^.!?]{0,80}([.!?] [^.!?]{1,80})?[.!?]?$/i,
    // Sponsor labels and paywall lines: "In partnership with", "Already have an account? Log in",
    // "This article is exclusive to STAT+ subscribers", "This story is funded by readers like you"
    /^(in partnership with|sponsored by|presented by|brought to you by)( .{0,40})?$/i,
    /^(already (have an account|a subscriber)\??\s*(log|sign) ?in|this (article|story|content) is (exclusive|only available) (to|for) .{1,40}|subscribe to (read|continue|unlock|get access)( .{0,40})?)[.!]?$/i,
    /^this (story|article|work|journalism) (is|was) (funded|made possible) by (readers|people) like you[.!]?$/i,
    // Image credits: "(Image credit: Wareable)", "Photo credit: SewCanShe.com" (330 on wcxb-dev, 2 in the truth)
    /^\(?(image|photo|feature[d]? image|photograph|picture|image credit|photo credit|image source|photo source|credit)s?( credit)?: ?.{2,80}$/i,
    // Cookie banners a variant's wrappers let into the article: the site saying it uses cookies, and
    // the control that accepts them, in one short box ("Our website uses cookies. … Accept Cookies",
    // "Diese Website verwendet Cookies … Akzeptieren"). Both parts are needed: a story about cookies
    // does not speak as the site, and the notice alone is only a paragraph.
    /^(?=.*\b(we use|we're using|our (web)?site uses|this (web)?site uses|diese (website|webseite|seite) verwendet|wir verwenden|nous utilisons|ce site utilise|utilizamos|este sitio( web)? utiliza) (des |de )?cookies\b)(?=.*\b(accept|agree|allow|consent|got it|akzeptieren|zustimmen|einverstanden|accepter|j'accepte|aceptar|acepto)).{20,400}$/i,
    // Pinterest prompts and site search: "Pin this for later!", "Search This Site"
    /^(pin (this|it)( (for|to read) later| now)?|pin for later|save (this|it) (for later|to pinterest))[.!]*$/i,
    /^search (this|the) site$/i,
    // A page builder's placeholder left on an unused button (Webflow's "Button Text")
    /^button text$/i,
    // Tag and category lines: "Tags: bread, sourdough"
    /^(tags?|tagged|filed under|categories|topics)\s*:.{0,200}$/i,
    // Calls to action between sections
    /^(get in touch|talk to (our|an) experts?|contact us (today|now)|book (a|your) (free )?(demo|consultation|call)|share your story|add (us )?as a preferred source on google)[.!]?$/i,
    // …and the same ending a short line: "Stop Searching & Start Winning. Talk To Our Social Media
    // Marketing Experts" (1 on wcxb-dev's articles, not in the truth)
    /^.{0,80}\btalk to (our|an|one of our) .{0,40}experts?[.!]?$/i,
    // A publisher's standing line under every story: "Catch up on NBC Select's in-depth coverage of
    // tech and tools, wellness and more, and follow us on Facebook…" (1, not in the truth)
    /^catch up on .{0,80}\bcoverage\b.{0,200}$/i,
    // A table of contents (the heading; the list of links under it goes with it)
    /^(table of contents|contents|in this (article|guide|post)|jump to( section)?|on this page)\s*:?$/i,
  ],
  longPatterns: [
    // An investment adviser's regulatory notice under a post: "X, LLC is a Registered Investment
    // Adviser. Advisory services are only offered to clients…" (1 on wcxb-dev's articles, not in the
    // truth). The sentence after it is required: a story may say that someone is such an adviser.
    /^[^.]{0,120}\bis an? (SEC[- ])?registered investment advis[eo]r( firm| with the .{3,60})?\. (advisory services|investment advisory services|registration|securities|past performance)\b.{0,500}$/i,
  ],
};
