import type { RemovalLog } from '../clutter/removal-log';
import { isTextBlock, visibleOf, visibleText, wordCount, PROSE_WORDS } from '../clutter/prose';
import { walkElements } from '../dom/elements';
import { PAGE_H1_ATTR } from './readability';
import { otherPageOfSite, pageOf, siteOf } from '../dom/url';
import { SHOWN_DATE_SOURCE, datesInLine } from '../metadata/dates';

/**
 * What the reader shows above the text, printed again at the top of the article: the title as the
 * article's first heading (an h2 or h3 after the h1; an h1 that Readability kept is the page's own
 * title line, which wcxb-dev's references keep too), and the byline as a line of its own ("by
 * Steven Emerson", or the lone "by" that Readability's own byline finder leaves when it takes the
 * linked name). Runs after the clutter rules, on the first blocks of the
 * article only: it stops at the first paragraph of prose, so the same words further down stay.
 */

const LINES = /^(p|div|span|h[1-6]|header|section)$/;
/** The first blocks of text looked at. */
const HEAD_BLOCKS = 4;
const MAX_LINE_CHARS = 120;
/** "by", "von", "par", "por", "di", "door": the word before a writer's name. */
const BY = /^(by|von|par|por|di|door)\b\s*:?\s*/i;

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A date printed in a line ("By Jane Roe December 2, 2025"). */
const SHOWN_DATE = new RegExp(SHOWN_DATE_SOURCE, 'gi');

function isBylineLine(text: string, byline: string | null): boolean {
  const rest = text.replace(BY, '');
  if (!rest) return BY.test(text);
  if (!byline || !BY.test(text)) return false;
  // The byline with the date beside it, as themes print the two on one line.
  return key(rest) === key(byline) || key(rest.replace(SHOWN_DATE, ' ')) === key(byline);
}

/** What a date line may hold besides its date: a time, "Published", "Updated on". */
const DATE_WORDS = new RegExp(`${SHOWN_DATE_SOURCE}|\\b\\d{1,2}:\\d{2}(\\s*[ap]\\.?m\\.?)?|\\b(published|posted|updated|on|at|am|pm)\\b|[^\\p{L}]+`, 'giu');

/** The line is only the article's publication date (with its time or a "Published" label). */
function isDateLine(text: string, published: string | null | undefined): boolean {
  if (!published || text.length > 60) return false;
  return datesInLine(text).some((d) => d.date.slice(0, 10) === published.slice(0, 10)) && !text.replace(DATE_WORDS, '');
}

/** Links to other pages of the site: at least this many, each a few words, and nearly all the block's text. */
const NAV_LINKS = 3;
const NAV_LINK_WORDS = 4;
const NAV_LINK_SHARE = 0.8;

/**
 * A line of the site's navigation ("News Opinion Blogs Israel", a breadcrumb) in the article's head:
 * only short links to other pages of the same site.
 */
function isNavLine(el: Element, text: string, site: string | null, self: string): boolean {
  const links = Array.from(el.getElementsByTagName('a'));
  if (links.length < NAV_LINKS) return false;
  let linked = 0;
  for (const a of links) {
    const t = visibleText(a);
    if (!otherPageOfSite(a.getAttribute('href') ?? '', site, self) || wordCount(t, NAV_LINK_WORDS + 1) > NAV_LINK_WORDS) return false;
    linked += t.length;
  }
  return linked >= text.replace(/\s/g, '').length * NAV_LINK_SHARE;
}

export interface ArticleHead {
  title: string;
  byline: string | null;
  published?: string | null;
}

export function removeRepeatedHead(root: Element, head: ArticleHead, log: RemovalLog, pageUrl?: string | null): void {
  const title = key(head.title);
  const site = siteOf(pageUrl);
  const self = pageUrl ? pageOf(pageUrl) : '';
  const found: { el: Element; why: string }[] = [];
  let seen = 0;
  let headingSeen = false;
  walkElements(root, (el) => {
    if (seen >= HEAD_BLOCKS) return false;
    if (!LINES.test(el.localName)) return true;
    const raw = el.textContent ?? '';
    if (raw.length > MAX_LINE_CHARS * 4) return true;
    const text = visibleOf(raw);
    if (!text) return false;
    if (text.length > MAX_LINE_CHARS) {
      // Prose: the head of the article is over. A block of blocks (the story's <header> with its
      // kicker, headline, standfirst and byline) is not prose itself: its lines are judged.
      if (isTextBlock(el) && wordCount(text, PROSE_WORDS) >= PROSE_WORDS) seen = HEAD_BLOCKS;
      return true;
    }
    const heading = /^h[1-6]$/.test(el.localName);
    // A wrapper around one line (a page builder's widget container): the line is judged, not its wrapper.
    if (!heading && el.children.length === 1 && visibleText(el.firstElementChild!) === text) return true;
    seen++;
    if (heading) {
      // Not the page's h1 (Readability makes it an h2): that is the title line itself, where the page
      // printed it; an h2 or h3 is the title again.
      if (!headingSeen && title && !el.hasAttribute(PAGE_H1_ATTR) && key(text) === title) found.push({ el, why: 'the title, repeated as the first heading' });
      headingSeen = true;
      return false;
    }
    if (isBylineLine(text, head.byline)) found.push({ el, why: 'the byline, shown with the title' });
    else if (isDateLine(text, head.published)) found.push({ el, why: 'the date, shown with the title' });
    else if (isNavLine(el, text, site, self)) found.push({ el: withNavLabel(el), why: 'the site\'s navigation' });
    return false;
  });
  for (const { el, why } of found) if (root.contains(el)) log.remove(el, 'chrome', why);
}

/** The navigation line with its label right above it ("Sections"), as one box. */
function withNavLabel(nav: Element): Element {
  const label = nav.previousElementSibling;
  const t = label ? visibleText(label) : '';
  if (!label || !t || t.length > 30 || label.querySelector('a,img') || /[.!?]$/.test(t)) return nav;
  const box = nav.ownerDocument.createElement('div');
  label.before(box);
  box.append(label, nav);
  return box;
}
