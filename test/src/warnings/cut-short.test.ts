import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { extract, type Article, type ExtractOptions, type Removal } from '../../../src/index';
import { cutShortWarnings, pageSignals } from '../../../src/warnings/cut-short';
import { warningMessage } from '../../../src/warnings/messages';

/** The cut-short warnings (issue 12): each signal on a page that shows it and on one that does not. */

const sentence = (i: number) => `Sentence ${i} of the story says what the council decided about the bridge and why the cost doubled.`;
const para = (from: number, n = 4) => `<p>${Array.from({ length: n }, (_, i) => sentence(from + i)).join(' ')}</p>`;
/** An article of about 170 words in six paragraphs. */
const STORY = Array.from({ length: 6 }, (_, i) => para(i * 4, 2)).join('');

function run(head: string, body: string, options: ExtractOptions = {}): Article {
  const url = 'https://riverside.example/news/bridge';
  const { document, close } = documentFromHtml(`<html lang="en"><head><title>Bridge reopens</title>${head}</head><body>${body}</body></html>`, url);
  try {
    const r = extract(document, { url, ...options });
    if (!r.ok) throw new Error(r.error.message);
    return r.article;
  } finally {
    close();
  }
}

const codes = (a: Article) => cutShortWarnings(a).map((w) => w.code);
const warningsOf = (a: Article) => cutShortWarnings(a);
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge reopens', ...o })}</script>`;
const page = (inner: string) => `<article><h1>Bridge reopens</h1>${inner}</article>`;

describe('cut-short warnings on whole pages', () => {
  it('none on a whole story', () => {
    expect(warningsOf(run(ld({ wordCount: 180 }), page(STORY)))).toEqual([]);
  });

  it('jsonld-longer: the JSON-LD word count is far above what was kept', () => {
    const a = run(ld({ wordCount: 2400 }), page(STORY));
    const w = warningsOf(a).find((x) => x.code === 'jsonld-longer')!;
    expect(w.evidence).toEqual({ pageWords: 2400, keptWords: a.wordCount });
    expect(w.fix).toBeNull();
    expect(warningMessage(w)).toContain('2400');
  });

  it('jsonld-longer with the page’s own text: offers it as the fix, as plain text', () => {
    const body = Array.from({ length: 80 }, (_, i) => sentence(i)).join('\n\n');
    const w = warningsOf(run(ld({ articleBody: body }), page(STORY))).find((x) => x.code === 'jsonld-longer')!;
    expect(w.fix).toBe('page-text');
    expect(w.pageText).toBe(body);
  });

  it('paywalled: isAccessibleForFree false (as a string too, and in hasPart) is a preview', () => {
    expect(codes(run(ld({ isAccessibleForFree: 'False' }), page(STORY)))).toEqual(['paywalled']);
    expect(codes(run(ld({ hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' } }), page(STORY)))).toEqual(['paywalled']);
    expect(codes(run(ld({ isAccessibleForFree: true }), page(STORY)))).toEqual([]);
  });

  it('ends-mid-sentence: a long last paragraph with no sentence end', () => {
    const cut = `<p>${sentence(90)} ${sentence(91)} And then the council voted to spend another four million on the</p>`;
    expect(codes(run('', page(STORY + cut)))).toContain('ends-mid-sentence');
    expect(codes(run('', page(STORY + `<p>${sentence(90)} ${sentence(91)}</p>`)))).not.toContain('ends-mid-sentence');
    // A short closing line (a credit, a tag list) is no sentence cut short.
    expect(codes(run('', page(STORY + '<p>Photo by Jane Roe</p>')))).not.toContain('ends-mid-sentence');
  });

});

describe('cutShortWarnings on measured signals', () => {
  const removal = (kind: Removal['kind'], position: number, words: number): Removal => ({
    id: position, kind, reason: 'r', text: '', position, html: `<div><p>${Array.from({ length: words }, (_, i) => `word${i}`).join(' ')}</p></div>`,
  });
  const text = Array.from({ length: 6 }, (_, i) => sentence(i)).join('\n\n');

  it('removed-at-end: blocks removed at the end hold more prose than half of what was kept', () => {
    const a = { ...article(text, 100), removed: [removal('related', 6, 80)] };
    const w = cutShortWarnings(a);
    expect(w.map((x) => x.code)).toEqual(['removed-at-end']);
    expect(w[0]).toMatchObject({ fix: 'show-tail', evidence: { removedWords: 80, keptWords: 100 } });
    // Less than half: no warning; the same block in the middle of the article: none either.
    expect(cutShortWarnings({ ...a, removed: [removal('related', 6, 40)] })).toEqual([]);
    expect(cutShortWarnings({ ...a, removed: [removal('related', 1, 80)] })).toEqual([]);
  });

  it('removed-at-end: comments, share bars and sign-up forms at the end are no part of the article', () => {
    const a = { ...article(text, 100), removed: [removal('comments', 6, 300), removal('newsletter', 6, 80)] };
    expect(cutShortWarnings(a)).toEqual([]);
  });

  function article(text: string, wordCount: number): Article {
    return {
    title: 't', byline: null, siteName: null, published: null, lang: null, dir: null, excerpt: null, leadImage: null,
      wordCount, readingMinutes: 1, html: '', text, removed: [],
    };
  }

  it('page-larger: the page shows far more text than was kept', () => {
    const pageText = Array.from({ length: 100 }, (_, i) => sentence(i)).join(' ');
    const signals = pageSignals(undefined, pageText);
    const w = cutShortWarnings({ ...article('Kept.', 150), signals });
    expect(w.map((x) => x.code)).toEqual(['page-larger']);
    expect(w[0].evidence).toEqual({ pageWords: 1800, keptWords: 150 });
    expect(cutShortWarnings({ ...article('Kept.', 1200), signals })).toEqual([]);
  });
});
