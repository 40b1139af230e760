import type { Article, PageSignals, Removal, Warning } from '../types';
import { countWords } from '../dom/text';

/**
 * "Looks cut short": what was kept is compared with what the page itself says (its JSON-LD's
 * length and paywall flag), with how the text ends, with what was removed at its end, and with
 * how much text the page shows. The pipeline's step only measures the page (`pageSignals`, the last
 * call of extract.ts, since it needs what pruning left of the page); the judging is a pure function
 * of the finished article that the hosts call: the CLI, the popup and the reader module. That
 * keeps it (and the words, messages.ts) out of content.js, whose 120 KB budget had no room. It only
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
  /** Article-like prose outside the article under one parent, over the kept words, and at least this many words. */
  pageRatio: 1.8,
  pageMinWords: 150,
};

/** Kinds whose text at the end is never the article's: comments, share bars, sign-up forms. */
const NOT_ARTICLE = new Set(['comments', 'share', 'recaptcha', 'newsletter']);
const SENTENCE_END = /[.!?…:;"'”’)\]»*↩︎]$/u;
const PROSE = /[.!?]["”’)]?\s+\p{Lu}/u;

function wordsOf(r: Removal): number {
  return countWords(r.html.replace(/<[^>]*>/g, ' '));
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
  if (ld?.paywalled) warn('paywalled', { isAccessibleForFree: false });
  const ldBodyWords = ld?.body ? countWords(ld.body) : 0;
  const ldWords = Math.max(ld?.wordCount ?? 0, ldBodyWords);
  if (ldWords > kept * t.ldRatio && ldWords - kept >= t.ldMinWords) {
    const own = ldBodyWords > kept;
    warn('jsonld-longer', { pageWords: ldWords, keptWords: kept }, own ? 'page-text' : null);
    if (own) out[out.length - 1].pageText = ld!.body!;
  }
  const paragraphs = article.text.split(/\n\n+/);
  // The last line, not the last paragraph: a list's items are lines of one paragraph.
  const last = article.text.trim().split('\n').pop()!.trim();
  const end = Math.max(0, paragraphs.length - 2);
  const tail = article.removed.filter((r) => r.position >= end && !NOT_ARTICLE.has(r.kind));
  const tailWords = tail.reduce((n, r) => n + wordsOf(r), 0);
  // Prose (a sentence ends inside the line) whose last sentence has no end: headings, link lists,
  // credits and addresses that close an article end without a full stop, and are not cut.
  if (last.length >= t.midSentenceChars && PROSE.test(last) && !SENTENCE_END.test(last)) {
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
