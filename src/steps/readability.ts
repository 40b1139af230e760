import { createReader, RemovalWatch, type DroppedNode } from '../vendor/readability';

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
  for (const h of Array.from(doc.getElementsByTagName('h1'))) h.setAttribute(PAGE_H1_ATTR, '');
  try {
    const reader = createReader(doc, {
      maxElemsToParse,
      charThreshold,
      keepClasses: true,
      // JSON-LD is read by the metadata step (with @graph) before the scripts are pruned.
      disableJSONLD: true,
      serializer: (node) => node as Element,
    }, watch);
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
