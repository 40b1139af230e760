import Readability from '@mozilla/readability/Readability.js';
import { elementsNamed } from '../dom/elements';

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
}

export class TooLargeError extends Error {}

interface ReaderInternals {
  _getAllNodesWithTag(node: Element | Document, tagNames: string[]): ArrayLike<Element>;
}

/**
 * Readability looks elements up by tag name with `querySelectorAll(tags.join(","))`; the same
 * elements in the same order come from one walk of the subtree (dom/elements.ts), which in jsdom
 * cost a fraction of the selector engine (over a third of Readability's time) and of reading a
 * `getElementsByTagName` collection. Readability's own fallback for nodes without
 * `querySelectorAll` returns arrays, so every caller takes one.
 */
function allNodesWithTag(node: Element | Document, tagNames: string[]): Element[] {
  return elementsNamed(node, ...tagNames);
}

export function runReadability(doc: Document, maxElemsToParse: number, charThreshold: number): ReadabilityOutput | null {
  let parsed;
  try {
    const reader = new Readability<Element>(doc, {
      maxElemsToParse,
      charThreshold,
      keepClasses: true,
      // JSON-LD is read by the metadata step (with @graph) before the scripts are pruned.
      disableJSONLD: true,
      serializer: (node) => node as Element,
    });
    (reader as unknown as ReaderInternals)._getAllNodesWithTag = allNodesWithTag;
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
  };
}
