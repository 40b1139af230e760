import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { extract, type Article, type ExtractOptions, type Removal } from '../../../src/index';
import { cutShortWarnings, endRemoval, pageSignals } from '../../../src/warnings/cut-short';
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

  it('paywalled: isAccessibleForFree false (as a string too, and in hasPart), with a longer article, is a preview', () => {
    const a = run(ld({ isAccessibleForFree: 'False', wordCount: 2400 }), page(STORY));
    const w = warningsOf(a);
    expect(w.map((x) => x.code)).toEqual(['paywalled']);
    expect(w[0].evidence).toEqual({ isAccessibleForFree: false, pageWords: 2400, keptWords: a.wordCount });
    expect(warningMessage(w[0])).toMatch(/for subscribers/);
    expect(codes(run(ld({ wordCount: 2400, hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' } }), page(STORY)))).toEqual(['paywalled']);
    expect(codes(run(ld({ isAccessibleForFree: true, wordCount: 2400 }), page(STORY)))).toEqual(['jsonld-longer']);
  });

  it('paywalled: not when the whole article was kept, or when the page gives no length (a metered wall open to the reader)', () => {
    expect(codes(run(ld({ isAccessibleForFree: false, wordCount: 180 }), page(STORY)))).toEqual([]);
    expect(codes(run(ld({ isAccessibleForFree: false }), page(STORY)))).toEqual([]);
  });

  it('page-larger: a part of the article Readability left beside it', () => {
    // About 500 words, past the 500-word floor, yet scored below the story by Readability (its class).
    const ferry = (i: number) => sentence(i).replace('the bridge', 'the ferry');
    const more = Array.from({ length: 14 }, (_, i) => `<p>${ferry(100 + 2 * i)} ${ferry(101 + 2 * i)}</p>`).join('');
    const a = run('', `<main><div class="entry-content"><h1>Bridge reopens</h1>${STORY}</div></main><div class="media"><div>${more}</div></div>`);
    expect(codes(a)).toEqual(['page-larger']);
  });

  it('page-larger: not for long comments, sidebars or teaser lists beside a whole story', () => {
    const long = (i: number) => para(300 + i * 3, 3);
    const comments = `<ol class="comment-list">${Array.from({ length: 12 }, (_, i) => `<li><div class="c"><b>Reader ${i}</b>${long(i)}</div></li>`).join('')}</ol>`;
    const sidebar = `<div class="col-right"><div class="box">${long(40)}</div><div class="box">${long(41)}</div></div>`;
    const teasers = `<div class="more">${Array.from({ length: 12 }, (_, i) => `<div><h3><a href="/n${i}">Story ${i}</a></h3><p>The council met again on the ${i}th.</p></div>`).join('')}</div>`;
    expect(codes(run('', `<main>${page(STORY)}${comments}</main>${sidebar}${teasers}`))).toEqual([]);
  });

  it('ends-mid-sentence: a long last paragraph that stops after a word no sentence ends on', () => {
    const cut = `<p>${sentence(90)} ${sentence(91)} And then the council voted to spend another four million on the</p>`;
    expect(codes(run('', page(STORY + cut)))).toEqual(['ends-mid-sentence']);
    expect(codes(run('', page(STORY + `<p>${sentence(90)} ${sentence(91)}</p>`)))).toEqual([]);
    // A short closing line (a credit, a tag list) is no sentence cut short.
    expect(codes(run('', page(STORY + '<p>Photo by Jane Roe and the</p>')))).toEqual([]);
    // Closing lines without a full stop that end a page whole (wcxb-dev): a call to action, an
    // attribution, a link, a sign-off.
    for (const end of ['To find the service at the location near you', 'To learn more about our services or book an appointment, please', 'Retrieved from https://example.org/certified-home-brewer', 'Thanks for being here, Kathy']) {
      expect(codes(run('', page(STORY + `<p>${sentence(90)} ${sentence(91)} ${end}</p>`))), end).toEqual([]);
    }
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

  it('removed-at-end: counts the article-like paragraphs of what was removed, not teasers, link lists or copies of the kept text', () => {
    const teasers: Removal = { ...removal('related', 6, 0), html: Array.from({ length: 12 }, (_, i) => `<div><h3><a href="/n${i}">Story ${i}</a></h3><p>The council met again, the ${i}th time.</p></div>`).join('') };
    const links: Removal = { ...removal('related', 6, 0), html: `<ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/s${i}">${sentence(i)} ${sentence(i + 1)}</a></li>`).join('')}</ul>` };
    const long = `${sentence(1)} ${sentence(2)} ${sentence(3)}`;
    const copy: Removal = { ...removal('chrome', 6, 0), html: `<div><p>${long}</p><p>${long}</p></div>` };
    const a = { ...article(`${long}\n\n${text}`, 100), removed: [teasers, links, copy] };
    expect(cutShortWarnings(a)).toEqual([]);
  });

  it('endRemoval: the block removed nearest the end that could be article text, whatever the order of removal', () => {
    const tail = removal('related', 6, 80);
    const a = { ...article(text, 100), removed: [removal('related', 1, 80), tail, removal('share', 6, 3), removal('comments', 7, 300)] };
    expect(endRemoval(a)).toBe(tail);
    expect(endRemoval({ ...a, removed: [removal('share', 6, 3)] })).toBeNull();
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

  it('page-larger: the page holds far more article-like prose under one parent than was kept', () => {
    const signals = pageSignals(undefined, { words: 2000, group: 1800 });
    const w = cutShortWarnings({ ...article('Kept.', 150), signals });
    expect(w.map((x) => x.code)).toEqual(['page-larger']);
    expect(w[0].evidence).toEqual({ outsideWords: 1800, allOutsideWords: 2000, keptWords: 150 });
    expect(w[0].fix).toBeNull();
    expect(warningMessage(w[0])).toContain('about 1800 words of prose');
    expect(cutShortWarnings({ ...article('Kept.', 1200), signals })).toEqual([]);
    // Much prose in all, but a little under each parent (comments, widgets): no warning.
    expect(cutShortWarnings({ ...article('Kept.', 150), signals: pageSignals(undefined, { words: 2000, group: 100 }) })).toEqual([]);
  });
});
