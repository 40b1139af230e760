import type { Article } from './types';
import type { PageMeta } from './metadata';
import { addCandidate, cleanByline, cleanTitle, normalizeDate, provenanceOf, type Candidates } from './metadata';
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
    provenance: provenanceOf(withReadability(meta.candidates ?? emptyCandidates(), found), facts, {
      title: (v) => cleanTitle(v, siteName),
      byline: cleanByline,
      siteName: (v) => foldSpace(v) || null,
      published: normalizeDate,
      lang: (v) => foldSpace(v) || null,
    }),
  };
}

/** The page's sources, then Readability's answers: they fill what the page's sources left open. */
function withReadability(c: Candidates, found: ReadabilityOutput): Candidates {
  const out: Candidates = { title: [...c.title], byline: [...c.byline], siteName: [...c.siteName], published: [...c.published], lang: [...c.lang] };
  addCandidate(out.title, 'readability', found.title);
  addCandidate(out.byline, 'readability', found.byline);
  addCandidate(out.siteName, 'readability', found.siteName);
  addCandidate(out.published, 'readability', found.publishedTime);
  addCandidate(out.lang, 'readability', found.lang);
  return out;
}
