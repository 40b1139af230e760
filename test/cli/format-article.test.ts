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
