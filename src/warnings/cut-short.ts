import type { Article, PageSignals, Removal, Warning } from '../types';
import { countWords } from '../dom/text';

/**
 * "Looks cut short": what was kept is compared with what the page itself says (its JSON-LD's
 * length and paywall flag), with how the text ends, with what was removed at its end, and with
 * the article-like prose the page holds beside it. The pipeline only measures the page
 * (`pageSignals`, the last call of extract.ts; steps/prose-outside.ts); the judging is a pure function
 * of the finished article that the hosts call: the CLI, the popup and the reader module. That
 * keeps it (and the words, messages.ts) out of content.js and its 90 KB budget. It only
 * reads: the article is never changed here, the user decides (each warning names the fix that
 * fits, which the popup and the reader offer).
 */

/**
 * The thresholds, calibrated on the even half of wcxb-dev (bench/warnings.ts; figures in the
 * README). A bench may replace them to measure every page's signals.
 */
export const CUT_SHORT = {
  /** The JSON-LD's length over the kept words, and by at least this many words. */
  ldRatio: 1.5,
  ldMinWords: 150,
  /** A last paragraph at least this long that ends without a sentence's end. */
  midSentenceChars: 200,
  /** Words removed at the article's end over the kept words. */
  tailRatio: 0.5,
  /**
   * Article-like prose outside the article under one parent, over the kept words, and at least
   * this many words. Even half: 1.8x warned 3 pages, all cut short, with any floor from 150 to 700
   * words; at 1.5x a 500-word floor warned 4 (3 cut short) against 5 for 150, so the floor is 500.
   */
  pageRatio: 1.8,
  pageMinWords: 500,
};

/** Kinds whose text at the end is never the article's: comments, share bars, sign-up forms. */
const NOT_ARTICLE = new Set(['comments', 'share', 'recaptcha', 'newsletter']);
const SENTENCE_END = /[.!?…:;"'”’)\]»*↩︎]$/u;
const PROSE = /[.!?]["”’)]?\s+\p{Lu}/u;
/**
 * A sentence cut short stops after a word that cannot end one. Closing lines that merely lack a full
 * stop end on a name, an address, a link or a call to action ("…near you", "…please"): on wcxb-dev
 * such lines were all the signal found (20 pages, none cut short). English words only.
 */
const DANGLING = /\s(the|a|an|of|to|in|on|at|by|for|with|from|into|and|or|but|nor|that|which|whose|than|as|is|are|was|were|be|been|has|have|had|its|their|his|her|our|your|this|these|those|about|over|under|after|before|between|if|when|while|because|will|would|can|could|should|may|might|must)$/i;
/** A paragraph in a removed block's HTML (a teaser's excerpt or a copy is no paragraph of the article). */
const PARAGRAPH = /<(p|li|blockquote|dd)\b[^>]*>([\s\S]*?)<\/\1>/gi;
const MIN_PARAGRAPH_WORDS = 25;

/**
 * Words of article-like paragraphs in a removed block: paragraphs of MIN_PARAGRAPH_WORDS words or
 * more that are mostly not links, and not already in the kept text (a copy of the article for
 * another screen size is no loss).
 */
function proseWordsOf(r: Removal, kept: string): number {
  let n = 0;
  for (const m of r.html.matchAll(PARAGRAPH)) {
    const text = m[2].replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    const links = [...m[2].matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/gi)].reduce((k, a) => k + a[1].replace(/<[^>]*>/g, '').length, 0);
    const words = countWords(text);
    if (words >= MIN_PARAGRAPH_WORDS && links < text.length / 2 && !kept.includes(text.slice(0, 60))) n += words;
  }
  return n;
}

/**
 * The block removed nearest the article's end that could have been its text (not comments, share
 * bars or sign-ups), or null: where "Show what was removed near the end" takes the reader.
 */
export function endRemoval(article: Article): Removal | null {
  let end: Removal | null = null;
  for (const r of article.removed) if (!NOT_ARTICLE.has(r.kind) && (!end || r.position >= end.position)) end = r;
  return end;
}

/**
 * What the page says of its article, read by the pipeline (extract.ts) for the warnings: its
 * JSON-LD's text, length and paywall flag, and the article-like prose it holds outside the
 * article (steps/prose-outside.ts).
 */
export function pageSignals(ld: PageSignals['ld'], outside: PageSignals['outside']): PageSignals {
  return { ld, outside };
}

/** The article's warnings, from the article and its `signals` (pageSignals). */
export function cutShortWarnings(article: Article, t = CUT_SHORT): Warning[] {
  const { ld, outside } = article.signals ?? { ld: undefined, outside: { words: 0, group: 0 } };
  const kept = article.wordCount;
  const out: Warning[] = [];
  const warn = (code: Warning['code'], evidence: Warning['evidence'], fix: Warning['fix'] = null): void => {
    out.push({ code, evidence, fix });
  };
  const ldBodyWords = ld?.body ? countWords(ld.body) : 0;
  const ldWords = Math.max(ld?.wordCount ?? 0, ldBodyWords);
  // A paywalled page says why its text is short, but only when it is: 7 of the 8 wcxb-dev pages
  // marked `isAccessibleForFree: false` showed the whole article (metered walls open to the crawl).
  if (ldWords > kept * t.ldRatio && ldWords - kept >= t.ldMinWords) {
    const own = ldBodyWords > kept;
    const evidence = { pageWords: ldWords, keptWords: kept };
    if (ld?.paywalled) warn('paywalled', { isAccessibleForFree: false, ...evidence }, own ? 'page-text' : null);
    else warn('jsonld-longer', evidence, own ? 'page-text' : null);
    if (own) out[out.length - 1].pageText = ld!.body!;
  }
  const paragraphs = article.text.split(/\n\n+/);
  // The last line, not the last paragraph: a list's items are lines of one paragraph.
  const last = article.text.trim().split('\n').pop()!.trim();
  const end = Math.max(0, paragraphs.length - 2);
  const tail = article.removed.filter((r) => r.position >= end && !NOT_ARTICLE.has(r.kind));
  const tailWords = tail.reduce((n, r) => n + proseWordsOf(r, article.text), 0);
  // Prose (a sentence ends inside the line) whose last sentence has no end: headings, link lists,
  // credits and addresses that close an article end without a full stop, and are not cut.
  if (last.length >= t.midSentenceChars && PROSE.test(last) && !SENTENCE_END.test(last) && DANGLING.test(last)) {
    warn('ends-mid-sentence', { lastChars: last.length, lastWords: last.slice(-80) }, tail.length ? 'show-tail' : null);
  }
  if (tailWords > kept * t.tailRatio) {
    warn('removed-at-end', { removedWords: tailWords, keptWords: kept }, 'show-tail');
  }
  if (outside.group > kept * t.pageRatio && outside.group >= t.pageMinWords) {
    warn('page-larger', { outsideWords: outside.group, allOutsideWords: outside.words, keptWords: kept });
  }
  return out;
}
