import { foldSpace } from '../../dom/text';
import { walkElements } from '../../dom/elements';
import { closestMatch } from '../../dom/select';
import { isHidden } from '../../dom/hidden';
import { insideArticleElement } from '../../dom/ancestry';
import { cleanByline, normalizeDate } from '../clean';
import { headlineText } from '../headline';
import { NOT_BYLINE_LIST, spacedText } from '../byline-text';

/**
 * The third source: what the page's markup shows, in one walk of the body: its visible h1s (the
 * headline candidates), its `<time>`s, the elements whose class or microdata names an author;
 * and its `<title>` and `<html lang>`. The same walk, taken over the head too, gathers the page's
 * `<script>`, `<meta>` and `<link>` elements for the other sources, which each walked the whole
 * page for theirs (three more walks, 0.02 of Readability's time in jsdom).
 */

export interface Markup {
  /** The `<title>`, whitespace folded. */
  docTitle: string | null;
  /** `<html lang>`. */
  htmlLang: string | null;
  /** The surest `<time datetime>`: marked as the publication, else inside an `<article>`, else any. */
  published: string | null;
  /** The text of the surest element that reads as a byline. */
  byline: string | null;
  /** Visible h1s (up to eight) with their text as a headline. */
  headlines: { text: string; el: Element }[];
  /** The page's elements the other sources read, in document order, as `getElementsByTagName` gives them. */
  tags: PageTags;
}

export interface PageTags {
  script: Element[];
  meta: Element[];
  link: Element[];
}

/** Adds `el` to its list in `tags` when it is one the sources read. */
function gather(tags: PageTags, el: Element, n: string): void {
  if (n === 'script' || n === 'meta' || n === 'link') tags[n].push(el);
}

export function readMarkup(doc: Document): Markup {
  const rawTitle: unknown = doc.title;
  const docTitle = typeof rawTitle === 'string' ? foldSpace(rawTitle) || null : null;
  const htmlLang = doc.documentElement?.getAttribute('lang') || null;
  const h1s: Element[] = [];
  let time: string | null = null;
  let timeRank = 9;
  // Byline candidates by rank, in document order; the first whose text is a name wins.
  const bys: Element[][] = [[], [], [], [], [], []];
  const tags: PageTags = { script: [], meta: [], link: [] };
  const top = doc.documentElement;
  const root = doc.body ?? top;
  if (!root || !top) return { docTitle, htmlLang, published: null, byline: null, headlines: [], tags };
  const gatherAll = (el: Element): void => {
    gather(tags, el, el.localName);
    walkElements(el, (d) => (gather(tags, d, d.localName), true));
  };
  // What precedes the body (the head), in document order, then the body, then anything after it.
  let c = root === top ? null : top.firstElementChild;
  for (; c && c !== root; c = c.nextElementSibling) gatherAll(c);
  walkElements(root, (el) => {
    const n = el.localName;
    gather(tags, el, n);
    if (n === 'h1' && h1s.length < 8 && !isHidden(el)) h1s.push(el);
    if (n === 'time' && timeRank > 0) {
      const dt = el.getAttribute('datetime');
      if (dt && normalizeDate(dt)) {
        const rank = el.getAttribute('itemprop') === 'datePublished' || el.hasAttribute('pubdate') ? 0 : insideArticleElement(el) ? 1 : 2;
        if (rank < timeRank) {
          time = dt;
          timeRank = rank;
        }
      }
    }
    const rank = bylineRank(el);
    if (rank < bys.length && bys[rank].length < 6) bys[rank].push(el);
    return true;
  });
  for (c = c && c.nextElementSibling; c; c = c.nextElementSibling) gatherAll(c);
  return {
    docTitle,
    htmlLang,
    published: time,
    byline: firstName(bys.slice(0, 5).flat(), 120) ?? firstName(bys[5], 60),
    headlines: h1s.map((el) => ({ el, text: headlineText(el) })).filter((h) => h.text.length >= 3 && h.text.length <= 300),
    tags,
  };
}

/** The text of the first element that reads as names, cleaned of labels and dates later. */
function firstName(els: Element[], maxLength: number): string | null {
  for (const el of els) {
    // People named in comments, testimonials and quotes are not the article's authors, and a
    // menu's "By Event Type" / "By Company Size" is a way to browse the site.
    if (closestMatch(el, NOT_BYLINE_LIST)) continue;
    const text = spacedText(el);
    if (text.length <= maxLength && cleanByline(text)) return text;
  }
  return null;
}

/** A class naming the author's name: "author-name", "author_name", "authorName", "author-box__name". */
const AUTHOR_NAME_CLASS = /author(?:s|[-_]?box)?[-_]*name$|byline[-_]*(?:name|author)$/i;
/** A class ending in "author" or "byline": "post_author", "text__author", "the-author", "article__byline". */
const AUTHOR_CLASS = /(?:^|[-_])(?:authors?|byline|author[-_]link)$/i;
/** "author-info", "author-meta": a name, or a name with a biography (only a short text counts). */
const AUTHOR_BOX_CLASS = /(?:^|[-_])author[-_]?(?:info|meta|details|wrap|wrapper)$/i;

/**
 * How sure an element is to be a byline (lower is surer), or 9. Class names vary by site, but
 * one that ends in "author-name" or "author" (in any of the usual spellings) names the byline on
 * many of them; other author-ish classes ("author-box", "author-bio") hold biographies.
 */
function bylineRank(el: Element): number {
  if (el.getAttribute('rel') === 'author') return 0;
  const ip = el.getAttribute('itemprop');
  if (ip === 'name' && el.parentElement?.closest('[itemprop~="author"]')) return 0;
  if (ip === 'author') return 1;
  const cls = el.getAttribute('class');
  if (!cls || !/author|byline/i.test(cls)) return 9;
  const tokens = cls.split(/\s+/);
  if (tokens.includes('author') && el.parentElement?.closest('.byline')) return 2;
  if (tokens.some((t) => AUTHOR_NAME_CLASS.test(t))) return 2;
  if (tokens.includes('byline')) return 3;
  if (tokens.some((t) => AUTHOR_CLASS.test(t))) return 4;
  if (tokens.some((t) => AUTHOR_BOX_CLASS.test(t))) return 5;
  return 9;
}
