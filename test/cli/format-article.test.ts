import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleMarkdown, buildExport, extract, type Article } from '../../src/index';
import { parseFormat } from '../../cli/format';
import { formatArticle } from '../../cli/format-article';

/** The CLI writes the registry's files: the same text the extension saves for the same article. */
const SEED = readFileSync(join(__dirname, '../../samples/seed-article.html'), 'utf8');
const URL_ = 'https://www.algemeiner.com/x';
const dom = new JSDOM(SEED, { url: URL_ });
const r = extract(dom.window.document, { url: URL_ });
if (!r.ok) throw new Error(r.error.message);
const article: Article = r.article;
const markdown = articleMarkdown(article.html, dom.window.document);
const NOWHERE = { url: null, canonicalUrl: null };

describe('CLI articles in a format', () => {
  it('text, Markdown and HTML are the builders of the registry, metadata included', () => {
    for (const id of ['txt', 'md', 'html'] as const) {
      expect(formatArticle(id, article, markdown, 'a.html', { url: URL_, canonicalUrl: null })).toBe(buildExport(id, article, markdown, { url: URL_, includeMetadata: true }));
    }
    expect(formatArticle('txt', article, markdown, 'a.html', { url: URL_, canonicalUrl: null })).toMatch(/^Title: Defections/);
  });

  it('an old name gives byte for byte the same output as its id', () => {
    expect(formatArticle(parseFormat('text')!, article, markdown, 'a.html', NOWHERE)).toBe(formatArticle('txt', article, markdown, 'a.html', NOWHERE));
    expect(formatArticle(parseFormat('markdown')!, article, markdown, 'a.html', NOWHERE)).toBe(formatArticle('md', article, markdown, 'a.html', NOWHERE));
  });
});

describe('CLI JSON: provenance and warnings (issue 12)', () => {
  it('carries each fact’s source, and no warning on the whole seed article', () => {
    const o = JSON.parse(formatArticle('json', article, markdown, 'a.html', NOWHERE));
    expect(o.provenance.title.source).toBe('h1');
    expect(o.provenance.byline).toEqual({ source: 'jsonld', alternatives: [] });
    expect(o.warnings).toEqual([]);
    expect(o.signals).toBeUndefined();
  });

  it('prints each warning with its code, message, evidence and fix, without the page’s own text', () => {
    const cut: Article = { ...article, signals: { ld: { body: 'word '.repeat(2000), wordCount: null, paywalled: true }, outside: { words: 2600, group: 2100 } } };
    const o = JSON.parse(formatArticle('json', cut, markdown, 'a.html', NOWHERE));
    expect(o.warnings.map((w: { code: string }) => w.code)).toEqual(['paywalled', 'page-larger']);
    expect(o.warnings[0]).toEqual({ code: 'paywalled', message: expect.stringMatching(/for subscribers/), evidence: { isAccessibleForFree: false, pageWords: 2000, keptWords: article.wordCount }, fix: 'page-text' });
    expect(JSON.stringify(o.warnings)).not.toContain('word word');
  });
});
