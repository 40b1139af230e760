import { createReader, isPhrasing, RemovalWatch, type DroppedNode } from '../vendor/readability';
import { linkChars, visibleText } from '../clutter/prose';
import { proseChars } from './region';

/**
 * Step 5 — Readability finds the article. It runs after the first clutter pass (so share bars and
 * teasers cannot win its scoring) and before the second (which cleans what it kept). The serializer
 * returns Readability's own node, so nothing is re-parsed from a string.
 */
export interface ReadabilityOutput {
  content: Element;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  textLength: number;
  /** What Readability removed on its way to `content` (see steps/report-dropped.ts). */
  dropped: DroppedNode[];
}

export class TooLargeError extends Error {}

/**
 * The page's own h1s, marked before Readability turns every h1 it keeps into an h2: an h1 in the
 * article is the page's title line, not the title repeated (steps/article-head.ts).
 */
export const PAGE_H1_ATTR = 'data-tidy-h1';

export function runReadability(doc: Document, maxElemsToParse: number, charThreshold: number): ReadabilityOutput | null {
  let parsed;
  const watch = new RemovalWatch();
  // The collection, not a walk: a page has an h1 or two, and a walk of the whole page for them cost
  // 0.01 of Readability's time in jsdom (the collection is built inside the DOM; few items are read).
  const h1s = Array.from(doc.getElementsByTagName('h1'));
  for (const h of h1s) h.setAttribute(PAGE_H1_ATTR, '');
  try {
    const reader = createReader(doc, {
      maxElemsToParse,
      charThreshold,
      keepClasses: true,
      // JSON-LD is read by the metadata step (with @graph) before the scripts are pruned.
      disableJSONLD: true,
      serializer: (node) => node as Element,
    }, watch, sweepSpares(doc, h1s));
    parsed = reader.parse();
  } catch (e) {
    if (e instanceof Error && /Aborting parsing document/.test(e.message)) throw new TooLargeError(e.message);
    throw e;
  }
  if (!parsed || !parsed.content) return null;
  return {
    content: parsed.content,
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    excerpt: parsed.excerpt ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
    textLength: parsed.length ?? 0,
    dropped: watch.droppedFor(parsed.content),
  };
}

/**
 * Readability's unlikely sweep takes blocks by their class or id alone (vendor/sweep.ts); of those
 * it spares the article: a block holding at least this share of the page's prose and the page's
 * title (a page-wide wrapper whose name says "sidebar", an `<html>` whose class says where the
 * theme puts its header). The title keeps a long thread of comments or replies below a short story
 * from passing for the article; a page without an h1 has no title to hold, and nothing is spared
 * for its prose (the pages this helps on wcxb-dev all have one). And a paragraph's own words: text in a `<p>` that is not mostly
 * links (a quotation styled `<span class="contextmenu">`, wcxb-dev 0399: sweeping the wrapper had
 * made Readability try again without the sweep, which kept them; sparing it let the sweep reach
 * them). Links in a paragraph are still swept by name: the "Order Reprints | Subscribe" links
 * inside the print line of Readability's nytimes-1 went, where sparing them made the tail pruning
 * take the whole line.
 */
export const SWEEP_SPARES = 0.5;

/**
 * The question asked of each block swept by name. The title is the page's h1s as they were before
 * Readability, which removes an h1 repeating the title as it passes it: a block after the title no
 * longer holds it then, and none of those is spared. The title is asked first, and the page's
 * prose is counted once, when the first block holding the title and prose of its own is swept
 * (menus, footers and sidebars hold neither, and the page is not walked for them); blocks swept
 * before it are gone from the count.
 */
function sweepSpares(doc: Document, h1s: Element[]): (node: Element) => boolean {
  let page = -1;
  return (node) => {
    if (node.parentElement?.localName === 'p' && isPhrasing(node)) {
      const text = visibleText(node).length;
      return text > 0 && linkChars(node) <= text / 2;
    }
    if (!h1s.length || !h1s.every((h1) => node.contains(h1))) return false;
    const prose = proseChars(node);
    if (!prose) return false;
    if (page < 0) page = doc.body ? proseChars(doc.body) : 0;
    return prose >= page * SWEEP_SPARES;
  };
}
