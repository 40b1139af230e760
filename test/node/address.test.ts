import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../node/document';
import { declaredAddress, setBase } from '../../node/address';

/** node/address.ts: the address a page names for itself, and making it the base of its links. */
function withDoc<T>(html: string, url: string | undefined, f: (d: Document) => T): T {
  const { document, close } = documentFromHtml(html, url);
  try {
    return f(document);
  } finally {
    close();
  }
}

describe('declaredAddress', () => {
  it.each([
    ['a canonical link', '<link rel="canonical" href="https://news.example/a">', 'https://news.example/a'],
    ['rel tokens in any case, among others', '<link rel="alternate CANONICAL" href="https://news.example/b">', 'https://news.example/b'],
    ['og:url when there is no canonical link', '<meta property="og:url" content="https://news.example/c">', 'https://news.example/c'],
    ['the canonical link before og:url', '<meta property="og:url" content="https://news.example/og"><link rel="canonical" href="https://news.example/canon">', 'https://news.example/canon'],
    ['an og:url given as name=', '<meta name="og:url" content="https://news.example/d">', 'https://news.example/d'],
    ['an empty canonical, then og:url', '<link rel="canonical" href=" "><meta property="og:url" content="https://news.example/e">', 'https://news.example/e'],
  ])('%s', (_, head, want) => {
    expect(withDoc(`<head>${head}</head><body><p>x</p></body>`, undefined, declaredAddress)).toBe(want);
  });

  it.each([
    ['none at all', ''],
    ['a relative canonical on a page with no address', '<link rel="canonical" href="/a">'],
    ['a canonical of another scheme', '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="ftp://x.example/">'],
  ])('%s: null', (_, head) => {
    expect(withDoc(`<head>${head}</head><body><p>x</p></body>`, undefined, declaredAddress)).toBeNull();
  });

  it('a relative canonical on a page with an address is made absolute against it', () => {
    expect(withDoc('<head><link rel="canonical" href="/story"></head>', 'https://news.example/story?utm=x', declaredAddress)).toBe('https://news.example/story');
  });
});

describe('setBase', () => {
  const links = (d: Document): string[] => Array.from(d.getElementsByTagName('a')).map((a) => a.href);

  it('relative links of a page with no address resolve against the one given', () => {
    expect(withDoc('<head><title>t</title></head><body><a href="/x">x</a><a href="y.html">y</a></body>', undefined, (d) => {
      setBase(d, 'https://news.example/2020/story.html');
      return links(d);
    })).toEqual(['https://news.example/x', 'https://news.example/2020/y.html']);
  });

  it('the page\'s own absolute <base> stays the base', () => {
    expect(withDoc('<head><base href="https://cdn.example/site/"></head><body><a href="x">x</a></body>', undefined, (d) => {
      setBase(d, 'https://news.example/story');
      return links(d);
    })).toEqual(['https://cdn.example/site/x']);
  });

  it('the page\'s own relative <base> is relative to the address given', () => {
    expect(withDoc('<head><base href="/news/"></head><body><a href="x">x</a></body>', undefined, (d) => {
      setBase(d, 'https://news.example/a/b');
      return links(d);
    })).toEqual(['https://news.example/news/x']);
  });
});
