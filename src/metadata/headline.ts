import { foldSpace } from '../dom/text';
import { isBlockElement } from '../render/text';
import { SEPARATORS, decodeEntities } from './clean';
import { siteOf } from '../dom/url';

/**
 * Which title: the headline as the page shows it (an h1 that agrees with the metadata), or the
 * metadata's own, made whole where an SEO plugin cut it.
 */

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;

/**
 * A full date printed inside the h1, before or after the headline ("Dec 18 2025 Preparing a
 * transition in Debusine"): the post's date, not part of its title.
 */
const HEADLINE_DATE = new RegExp(
  String.raw`^(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2})\s+(?=\S)|\s+(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})$`,
  'i',
);

/**
 * A heading's text as it reads on screen: a `<br>` or a block element (as the text renderer knows
 * blocks) inside it starts a new word ("WEEKEND<br>CODING" is two), while inline markup never
 * splits one ("Beginner<em>'s</em>").
 */
function headingText(el: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (e.localName === 'br') out += ' ';
        else if (isBlockElement(e)) {
          out += ' ';
          walk(e);
          out += ' ';
        } else walk(e);
      }
    }
  };
  walk(el);
  return foldSpace(out);
}

/** An h1's text as a headline: a permalink glyph after it (Sphinx's "¶", "#", "§") or a date printed in it is not part of the title. */
export function headlineText(h1: Element): string {
  return headingText(h1).replace(/\s*[¶§#]+$/u, '').replace(HEADLINE_DATE, '');
}

const titleWords = (s: string): Set<string> =>
  new Set((decodeEntities(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 || /\d/.test(w)));

/**
 * The headline as the page shows it: the first visible h1 that agrees with the page's metadata
 * title (shares a word with it). Sites put their name, a section ("Our Blog") or a slogan in an
 * h1 too; those agree with nothing and fall back to the metadata.
 */
export function pickHeadline<T extends { text: string }>(headlines: T[], metaTitle: string | null, siteName: string | null, brands: Set<string> = new Set()): T | null {
  const site = siteName ? foldSpace(siteName).toLowerCase() : null;
  const meta = metaTitle ? titleWords(metaTitle) : null;
  for (const h of headlines) {
    if (site && h.text.toLowerCase() === site) continue;
    // The site's name as a header h1 ("Yoga Pathways" over "Yoga Won't Fix … – Yoga Pathways").
    if (brands.has(h.text.toLowerCase())) continue;
    if (!meta || meta.size === 0) return h;
    for (const w of titleWords(h.text)) if (meta.has(w)) return h;
  }
  return null;
}

/**
 * What follows the first separator of the document and OpenGraph titles: "Site", "Section | Site".
 * An h1 that is exactly one of those is the site's header, not the article's headline.
 */
export function brandParts(titles: (string | null | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const t of titles) {
    if (!t) continue;
    decodeEntities(t).split(SEPARATORS).slice(1).forEach((p) => p.trim() && out.add(foldSpace(p).toLowerCase()));
  }
  return out;
}

/**
 * Yoast cuts JSON-LD headlines at 110 characters, mid-sentence: a title from another source that
 * goes on with more words (not with a " | Site" separator) has the whole headline.
 */
export function wholeTitle(title: string, others: (string | null | undefined)[]): string {
  if (title.length < 100) return title;
  return others.find((t): t is string => !!t && t.length > title.length && t.startsWith(title) && !/^\s*(?:[|\-–—·•:»/]|$)/.test(t.slice(title.length))) ?? title;
}

const compact = (s: string): string => decodeEntities(s).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Links read for one to the home page: a site's header comes first. */
const MAX_HOME_LINKS = 60;

/**
 * A title that is only the site's name (a personal blog's, a podcast's): the site name the page
 * states, its address's label ("Joe's Blog" on joesblog.com), or the text of a link to the site's
 * home page, as a header prints its name. Such a title names no article, so the page's h1 does.
 */
export function isSiteName(title: string | null, siteName: string | null, hostLabel: string | null, doc: Document, pageUrl: string | null): boolean {
  const t = title ? compact(title) : '';
  if (!t) return false;
  if ((siteName && compact(siteName) === t) || hostLabel?.toLowerCase() === t) return true;
  const site = siteOf(pageUrl);
  if (!site) return false;
  // A walk, not `getElementsByTagName('a')`: in jsdom each read of that live collection cost more
  // than the rest of this test (0.017 of Readability's time per page, the metadata step's whole rise).
  // From the body: the parser puts no link in the head.
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, 1);
  let seen = 0;
  for (let a = walker.currentNode as Element | null; a && seen < MAX_HOME_LINKS; a = walker.nextNode() as Element | null) {
    if (a.localName !== 'a') continue;
    seen++;
    const href = a.getAttribute('href');
    if (!href) continue;
    // `compact` never lengthens a text: a shorter one cannot be the name.
    const text = a.textContent ?? '';
    if (text.length < t.length || compact(text) !== t) continue;
    try {
      const u = new URL(href, pageUrl!);
      if (siteOf(u.href) === site && (u.pathname === '/' || u.pathname === '')) return true;
    } catch {
      // not an address
    }
  }
  return false;
}
