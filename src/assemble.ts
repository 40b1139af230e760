import type { Article, ArticleFacts, Removal } from './types';
import type { PageMeta } from './metadata';
import { cleanByline, cleanTitle, normalizeDate, provenanceOf } from './metadata';
import { emptyCandidates } from './metadata/provenance';
import { foldSpace } from './dom/text';
import type { ReadabilityOutput } from './steps/readability';

/**
 * The last step: the article as data. Metadata comes from the page's own sources first (read
 * before pruning, metadata/) and from Readability's for what they left open, both cleaned the same
 * way (`articleFacts`, in the page: a draft carries them); then the sanitized article, its text and
 * the removals worth reporting (`assembleArticle`, where the article is finished: finish.ts).
 */

const WORDS_PER_MINUTE = 230;

const folded = (v: string): string | null => foldSpace(v) || null;

export function articleFacts(meta: PageMeta, found: ReadabilityOutput): ArticleFacts {
  const siteName = meta.siteName ?? found.siteName;
  const facts = {
    title: cleanTitle(meta.title ?? found.title, siteName) ?? cleanTitle(found.title, siteName) ?? '',
    byline: cleanByline(meta.byline) ?? cleanByline(found.byline),
    siteName: siteName ?? null,
    published: normalizeDate(meta.published) ?? normalizeDate(found.publishedTime),
    lang: meta.lang ?? found.lang,
  };
  return {
    ...facts,
    dir: found.dir === 'rtl' || found.dir === 'ltr' ? found.dir : null,
    excerpt: meta.excerpt ?? found.excerpt,
    leadImage: meta.leadImage,
    // Where each fact came from, named after the choosers decided (so the choice is unchanged).
    provenance: provenanceOf(meta.candidates ?? emptyCandidates(), facts, {
      title: (v) => cleanTitle(v, siteName),
      byline: cleanByline,
      siteName: folded,
      published: normalizeDate,
      lang: folded,
    }),
  };
}

export interface Parts {
  facts: ArticleFacts;
  /** The sanitized article, placeholders dropped. */
  clean: Element;
  text: string;
  wordCount: number;
  removed: Removal[];
}

export function assembleArticle({ facts, clean, text, wordCount, removed }: Parts): Article {
  return {
    ...facts,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    html: clean.innerHTML,
    text,
    removed,
  };
}
