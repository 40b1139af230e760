/**
 * Calls to action inside the article body, judged by structure (see `steps/calls-to-action.ts`):
 * the data the two structural checks use. Kept apart from the rule groups because they are not
 * "remove what matches" rules: each needs a second condition, given with it.
 */

/** Class names that style a link as a button: "btn btn-primary", "wp-block-button__link", "cta-button". */
export const BUTTON_CLASS = /(^|[\s_-])(btn|button)([\s_-]|$)/i;

/**
 * A button's label that asks the reader to act: "Buy Poster", "Book Now", "See List", "👉 Build your
 * dream workspace", "Get a Quote". Only a button's whole label is tested (at most
 * `MAX_BUTTON_LABEL` characters) and only when the button stands alone in its block: a linked word
 * in a sentence is never a button here. On wcxb-dev (full run): labels taken on 31 pages, 4 leaked
 * `without` snippets gone, no `with` snippet lost, F1 +0.22 page-units; the truth keeps a few such
 * labels ("View Webcam" under each of a park's webcams, "Shop Men's at adidas.com"): recall -0.05
 * page-units over the 31 pages, at most 0.025 on one.
 */
export const BUTTON_LABEL = /^[^\p{L}\p{N}]{0,3}(buy|shop|book|get|see|view|learn|read|download|sign|start|try|order|check|explore|find|discover|subscribe|join|register|contact|request|apply|donate|watch|listen|reserve|compare|build|claim|schedule|call|visit)\b/iu;
export const MAX_BUTTON_LABEL = 30;

/**
 * A removed block counts as a call to action (so the box it sat in may be one too) when it was a
 * newsletter sign-up, or a short control: a link, button or form, or a block classed as one.
 */
export const CTA_CLASS = /cta|button|btn/i;
export const MAX_CTA_CONTROL_CHARS = 60;

/**
 * The most text a call-to-action box keeps besides its button: a heading and a line or two ("Want
 * to win more jobs with less effort? Grow your business and send quick quotes with our software.").
 * On wcxb-dev (full run, with the conditions in the step): boxes taken on 52 pages (promotions,
 * sign-up blurbs, bios whose follow links went), 9 leaked `without` snippets gone, no `with` snippet
 * lost, F1 +0.33 page-units; 10 pages lose a line the truth keeps (an e-book's blurb above its
 * download button, a closing product pitch): recall -0.11 page-units, at most 0.04 on one.
 */
export const MAX_CTA_BOX_CHARS = 400;
