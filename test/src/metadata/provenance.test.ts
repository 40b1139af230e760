import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { extract, type Article } from '../../../src/index';
import { FACT_NAMES, metaSource } from '../../../src/metadata/provenance';
import { listFixtures, loadFixture, runPage } from '../../fixtures/fixture-lib';
import { BODY } from './read';

/** Where each fact came from (issue 12): the seed pages name a real source for every fact, and a page whose sources disagree keeps the others. */

function article(html: string, url: string): Article {
  const { document, close } = documentFromHtml(html, url);
  try {
    const r = extract(document, { url });
    if (!r.ok) throw new Error(r.error.message);
    return r.article;
  } finally {
    close();
  }
}

describe('provenance of the seed fixtures', () => {
  for (const name of listFixtures().filter((n) => n.startsWith('seed-'))) {
    it(`${name}: every fact names the source it came from`, () => {
      const fx = loadFixture(name);
      const a = runPage(fx.html, fx.expected.url).article!;
      const p = a.provenance!;
      for (const f of FACT_NAMES) {
        if (a[f] == null) expect(p[f].source, f).toBeNull();
        else expect(p[f].source, f).toMatch(/^(?:jsonld|meta:[a-z]+|h1|title|time|byline-element|byline-near-headline|date-near-headline|url-date|html-lang|readability)$/);
      }
      // The WordPress seed's URL holds its date, the surest source there is.
      if (name === 'seed-wordpress') expect(p.published.source).toBe('url-date');
    });
  }
});

describe('a page whose sources disagree', () => {
  const html = `<html lang="en"><head><title>Bridge reopens | Riverside Post</title>
    <meta property="og:title" content="Bridge reopens after two years">
    <meta property="og:site_name" content="Riverside Post">
    <meta property="article:published_time" content="2024-03-05T08:00:00Z">
    <meta name="author" content="Jane Roe">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens after two years","datePublished":"2024-03-01","author":{"@type":"Person","name":"John Doe"},"publisher":{"@type":"Organization","name":"The Riverside Post"}}</script>
    </head><body><article><h1>Bridge reopens after two years of work</h1><p>March 7, 2024</p>${BODY}</article></body></html>`;
  const a = article(html, 'https://riverside.example/news/bridge');

  it('names the source of the chosen value', () => {
    expect(a.title).toBe('Bridge reopens after two years of work');
    expect(a.provenance!.title.source).toBe('h1');
    expect(a.published).toBe('2024-03-07');
    expect(a.provenance!.published.source).toBe('date-near-headline');
    expect(a.byline).toBe('John Doe');
    expect(a.provenance!.byline.source).toBe('jsonld');
  });

  it('keeps each other value once, with the first source that gave it', () => {
    expect(a.provenance!.published.alternatives).toEqual([
      { source: 'jsonld', value: '2024-03-01' },
      { source: 'meta:article', value: '2024-03-05T08:00:00Z' },
    ]);
    expect(a.provenance!.title.alternatives).toEqual([{ source: 'jsonld', value: 'Bridge reopens after two years' }, { source: 'title', value: 'Bridge reopens' }]);
    expect(a.provenance!.byline.alternatives).toEqual([{ source: 'meta:author', value: 'Jane Roe' }]);
    expect(a.provenance!.siteName).toEqual({ source: 'jsonld', alternatives: [{ source: 'meta:og', value: 'Riverside Post' }] });
  });

  it('has no alternatives when the sources agree, and no source for a missing fact', () => {
    const b = article(`<html><head><meta property="og:title" content="Bridge reopens"></head><body><article><h1>Bridge reopens</h1>${BODY}</article></body></html>`, 'https://riverside.example/2024/03/05/bridge');
    expect(b.provenance!.title).toEqual({ source: 'h1', alternatives: [] });
    expect(b.provenance!.published).toEqual({ source: 'url-date', alternatives: [] });
    expect(b.provenance!.byline).toEqual({ source: null, alternatives: [] });
  });
});

describe('metaSource', () => {
  it('names a tag by its prefix', () => {
    expect(metaSource('og:title')).toBe('meta:og');
    expect(metaSource('article:published_time')).toBe('meta:article');
    expect(metaSource('dc.creator')).toBe('meta:dc');
    expect(metaSource('author')).toBe('meta:author');
  });
});
