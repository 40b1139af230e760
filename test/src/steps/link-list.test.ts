import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { extract } from '../../../src/index';
import type { ExtractResult } from '../../../src/types';
import { PARAGRAPHS, pageWith } from '../rules/fixtures';

/**
 * steps/link-list.ts: a page that is only a list of headline links is `no-article` (the popup then
 * offers "Try anyway", which forces it); a story with many links, and a roundup whose headlines each
 * have a paragraph, are articles.
 */

const SITE = 'https://riverside.example';
const HEADLINES = Array.from({ length: 40 }, (_, i) => `Council weighs option ${i + 1} for the river crossing and its costs`);

function run(html: string, force = false): ExtractResult {
  const url = `${SITE}/news/`;
  const { document, close } = documentFromHtml(html, url);
  try {
    return extract(document, { url, force });
  } finally {
    close();
  }
}

const page = (body: string): string => `<!DOCTYPE html><html lang="en"><head><title>News | Riverside Post</title></head><body>
<header><a href="/">Riverside Post</a></header><main><h1>News</h1>${body}</main><footer><p>© Riverside Post</p></footer></body></html>`;

const listing = (item: (h: string, i: number) => string): string =>
  page(`<ul class="k9">${HEADLINES.map((h, i) => `<li>${item(h, i)}</li>`).join('\n')}</ul>`);

describe('a page that is only a list of headline links', () => {
  it.each([
    ['bare links', (h: string, i: number) => `<a href="${SITE}/news/${i}">${h}</a>`],
    ['with dates and teasers cut off', (h: string, i: number) => `<time>March ${i % 28 + 1}, 2024</time> <a href="${SITE}/news/${i}">${h}</a> <span>The council met to discuss…</span>`],
    ['in divs of hashed classes', (h: string, i: number) => `<div class="x${i}"><h3><a href="${SITE}/news/${i}">${h}</a></h3></div>`],
  ])('is no article: %s', (_name, item) => {
    const r = run(listing(item));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('no-article');
  });

  it('is shown when the user tries anyway', () => {
    const r = run(listing((h, i) => `<a href="${SITE}/news/${i}">${h}</a>`), true);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.text).toContain(HEADLINES[39]);
  });
});

describe('articles with many links stay articles', () => {
  it('a story whose paragraphs link a lot', () => {
    const linked = PARAGRAPHS.map((p, i) => `<p>${p} <a href="${SITE}/news/a${i}">See the council's papers on the crossing</a>, <a href="${SITE}/news/b${i}">the engineers' report on the deck</a> and <a href="${SITE}/news/c${i}">the minutes of the vote</a>.</p>`).join('\n');
    const r = run(pageWith(linked));
    expect(r.ok).toBe(true);
  });

  it('a roundup whose headlines each have a paragraph', () => {
    const r = run(page(`<article><h1>The week in the valley</h1>${HEADLINES.slice(0, 14).map((h, i) => `<h3><a href="${SITE}/news/${i}">${h}</a></h3><p>${PARAGRAPHS[i % PARAGRAPHS.length]}</p>`).join('\n')}</article>`));
    expect(r.ok).toBe(true);
  });
});
