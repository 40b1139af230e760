import { foldSpace } from '../dom/text';
import { otherPageOfSite, pageOf, siteOf } from '../dom/url';

/**
 * The story's lead, between its title and what Readability kept. Themes print the opening
 * paragraphs in the title's block (a hero, a listicle header, a page builder's first text widget)
 * and the body in another; Readability keeps the body's container with its high-scoring siblings,
 * and the lead, in a block of its own beside the title, is left behind: the article began at its
 * second section ("Why you should trust me") or its first list item.
 *
 * Found by position, not by names: the paragraphs of prose that come after the page's h1 and right
 * before the first paragraph Readability kept, every one of them still on the page or in a block
 * Readability swept before choosing (a title block named "header"), none cleaned out of its choice. The run must reach back to the title: one paragraph
 * between them that is not prose (a list of links, a teaser) and none is taken, since then the
 * page's other parts stand between title and story. They join the article at its start, where the
 * article's steps judge them like the rest.
 *
 * `noteLead` runs on the prepared copy right before Readability (which moves the paragraphs it keeps
 * out of the page and drops the h1); `takeLead` right after it, when the region check kept
 * Readability's choice.
 */

/** A lead paragraph is a sentence or more of prose. */
const MIN_WORDS = 15;
const MAX_LINK_SHARE = 0.3;
const CUT_OFF = /(\.\.\.|…)$/;
/**
 * At least two: one paragraph alone beside the title is most often its standfirst (the summary the
 * page's description repeats) or a sign-up plea, not the story's opening.
 */
const MIN_LEAD = 2;
/** At most this many: more prose than that between title and story is a page of its own. */
const MAX_LEAD = 6;

export interface LeadNote {
  /** The page's h1s and paragraphs in document order. */
  order: Element[];
}

export function noteLead(body: Element): LeadNote | null {
  if (!body.getElementsByTagName('h1').length) return null;
  return { order: Array.from(body.querySelectorAll('h1, p')) };
}

function isProse(p: Element): boolean {
  const text = foldSpace(p.textContent ?? '');
  if (text.split(' ').length < MIN_WORDS) return false;
  let linked = 0;
  for (const a of p.getElementsByTagName('a')) linked += foldSpace(a.textContent ?? '').length;
  return linked <= text.length * MAX_LINK_SHARE;
}

/** Whether a link in `p` goes to another page of the site the document is from. */
function linksToSite(p: Element, site: string | null, self: string): boolean {
  for (const a of p.getElementsByTagName('a')) if (otherPageOfSite(a.getAttribute('href') ?? '', site, self)) return true;
  return false;
}

/** The top of the detached tree `el` is in (the block Readability swept it with). */
function rootOf(el: Element): Element {
  let r = el;
  while (r.parentElement) r = r.parentElement;
  return r;
}

/**
 * The lead paragraphs moved to the start of `content`; returns how many. `swept`: the blocks
 * Readability swept from the page before choosing (a title block named "header" among them), whose
 * paragraphs count as still on the page. `url`: the page's address, to tell a link to another of
 * its pages.
 */
export function takeLead(note: LeadNote | null, body: Element, content: Element, swept: ReadonlySet<Element>, url?: string | null): number {
  if (!note) return 0;
  const site = siteOf(url);
  const self = url ? pageOf(url) : '';
  const { order } = note;
  const first = order.findIndex((el) => el.localName === 'p' && content.contains(el));
  if (first <= 0) return 0;
  const run: Element[] = [];
  const seen = new Set<string>();
  let i = first - 1;
  for (; i >= 0 && order[i].localName === 'p'; i--) {
    const p = order[i];
    const text = foldSpace(p.textContent ?? '');
    // A short line (a byline, a caption, a date, the title block's "RSS · Newsletters") is neither
    // lead nor a break in it; one that links to another page of the site is a teaser, and is.
    if (text.split(' ').length < MIN_WORDS && !linksToSite(p, site, self)) continue;
    const onPage = body.contains(p) || swept.has(rootOf(p));
    // A blurb cut off with an ellipsis is a teaser for another page, not the story's opening.
    if (!onPage || content.contains(p) || !isProse(p) || CUT_OFF.test(text) || run.length === MAX_LEAD) return 0;
    // The same paragraph twice (a theme's mobile and desktop headers) is the page's, printed twice.
    if (seen.has(text)) return 0;
    seen.add(text);
    run.unshift(p);
  }
  // The run must start right after the title.
  if (i < 0 || run.length < MIN_LEAD) return 0;
  const page = content.firstElementChild && content.children.length === 1 ? content.firstElementChild : content;
  page.prepend(...run);
  return run.length;
}
