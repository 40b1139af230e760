import type { Article } from './types';
import type { PageMeta } from './metadata';
import { cleanByline, cleanTitle, normalizeDate, provenanceOf } from './metadata';
import { emptyCandidates } from './metadata/provenance';
import { foldSpace } from './dom/text';
import type { ReadabilityOutput } from './steps/readability';
import type { RemovalLog } from './clutter/removal-log';
import { sanitizeAllToStrings, type Purifier } from './steps/sanitize';

/**
 * The last step: the article as data. Metadata comes from the page's own sources first (read
 * before pruning, metadata/) and from Readability's for what they left open, both cleaned the same
 * way; the removals are those worth reporting, with their places in the article, sanitized in one
 * pass.
 */

const WORDS_PER_MINUTE = 230;

const folded = (v: string): string | null => foldSpace(v) || null;

export interface Parts {
  meta: PageMeta;
  found: ReadabilityOutput;
  /** The sanitized article, placeholders dropped. */
  clean: Element;
  text: string;
  wordCount: number;
  log: RemovalLog;
  positions: Map<number, number>;
  purifier: Purifier;
}

export function assembleArticle({ meta, found, clean, text, wordCount, log, positions, purifier }: Parts): Article {
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
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    html: clean.innerHTML,
    text,
    removed: log.finish((els) => sanitizeAllToStrings(purifier, els), positions),
    provenance: provenanceOf(meta.candidates ?? emptyCandidates(), facts, {
      title: (v) => cleanTitle(v, siteName),
      byline: cleanByline,
      siteName: folded,
      published: normalizeDate,
      lang: folded,
    }),
  };
}

