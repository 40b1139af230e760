import { describe, expect, it } from 'vitest';
import { load as loadYaml } from 'js-yaml';
import { documentFromHtml } from '../../node/document';
import { exportFileName, exportHtml, exportMarkdown, exportText, EXPORT_CSP, FALLBACK_NAME, metaText, yamlString } from '../../src/export';
import type { Article } from '../../src/types';

function article(over: Partial<Article> = {}): Article {
  return {
    title: 'A plain title',
    byline: 'Jane Doe',
    siteName: 'Example News',
    published: '2024-03-01',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'Short summary.',
    leadImage: null,
    wordCount: 4,
    readingMinutes: 1,
    html: '<p>First paragraph.</p><p>Second <a href="https://example.com/" rel="noopener noreferrer">link</a>.</p>',
    text: 'First paragraph.\n\nSecond link.',
    removed: [],
    ...over,
  };
}

const HOSTILE = {
  title: '</title><script>alert(1)</script><img src=x onerror=alert(2)>\u202Egnp.exe\nTitle: forged\n---\nx: "y"',
  byline: '<b onmouseover=alert(3)>Mallory</b> & "friends" \'quoted\'',
  siteName: '{{7*7}} <svg onload=alert(4)> \u2066isolate\u2069 \u0000nul\u0007bell',
  excerpt: '--- \n... # comment: &anchor *alias !tag [a, b] {c: d} | > % @ `',
  published: '2024-01-01\u2028evil: true',
};

describe('exportText', () => {
  it('writes a labelled header then the text', () => {
    const out = exportText(article(), { url: 'https://example.com/a?b=1', includeMetadata: true });
    expect(out).toBe(
      'Title: A plain title\nAuthor: Jane Doe\nSite: Example News\nDate: 2024-03-01\nURL: https://example.com/a?b=1\n\nFirst paragraph.\n\nSecond link.\n',
    );
  });
  it('omits the header when asked and skips missing fields', () => {
    expect(exportText(article(), { includeMetadata: false })).toBe('First paragraph.\n\nSecond link.\n');
    const out = exportText(article({ byline: null, siteName: null, published: null }), { includeMetadata: true });
    expect(out).toBe('Title: A plain title\n\nFirst paragraph.\n\nSecond link.\n');
  });
  it('keeps hostile metadata on its own line with no controls or bidi overrides', () => {
    const out = exportText(article(HOSTILE), { url: 'javascript:alert(1)', includeMetadata: true });
    const header = out.split('\n\n')[0].split('\n');
    expect(header.map((l) => l.split(':')[0])).toEqual(['Title', 'Author', 'Site', 'Date']);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069\u2028]/);
    expect(out).not.toContain('URL:');
  });
});

describe('exportMarkdown', () => {
  it('writes YAML front matter that parses back to the metadata', () => {
    const out = exportMarkdown(article(HOSTILE), '# Body\n\nText.', { url: 'https://example.com/x', includeMetadata: true });
    expect(out.startsWith('---\n')).toBe(true);
    const [, fm, rest] = out.split(/^---$/m);
    const data = loadYaml(fm) as Record<string, string>;
    expect(Object.keys(data)).toEqual(['title', 'author', 'site', 'date', 'url', 'excerpt']);
    expect(data.title).toBe(metaText(HOSTILE.title));
    expect(data.author).toBe(metaText(HOSTILE.byline));
    expect(data.site).toBe(metaText(HOSTILE.siteName));
    expect(data.excerpt).toBe(metaText(HOSTILE.excerpt));
    expect(data.date).toBe(metaText(HOSTILE.published));
    expect(data.url).toBe('https://example.com/x');
    expect(rest).toBe('\n\n# Body\n\nText.\n');
  });
  it('quotes every scalar so no YAML syntax gets through', () => {
    for (const s of ['yes', 'null', '123', '- a', '? b', ': c', '#x', '"\\', '\u2028', '\ufeff', 'a\u0085b', '\ud800']) {
      expect(loadYaml(`k: ${yamlString(s)}`)).toEqual({ k: s });
    }
  });
  it('is just the Markdown without metadata', () => {
    expect(exportMarkdown(article(), 'Text.', { includeMetadata: false })).toBe('Text.\n');
  });
});

describe('exportHtml', () => {
  it('puts the CSP meta first in head and escapes every metadata field', () => {
    const html = exportHtml(article(HOSTILE), { url: 'https://example.com/"><script>alert(5)</script>', includeMetadata: true });
    const { document, close } = documentFromHtml(html);
    try {
      const first = document.head.firstElementChild as HTMLMetaElement;
      expect(first.localName).toBe('meta');
      expect(first.httpEquiv).toBe('Content-Security-Policy');
      expect(first.content).toBe(EXPORT_CSP);
      expect(EXPORT_CSP).toBe("default-src 'none'; img-src https: data:; style-src 'unsafe-inline'");
      expect(document.querySelectorAll('script, iframe, object, embed, svg, form, base, link').length).toBe(0);
      for (const el of Array.from(document.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes)) expect(a.name).not.toMatch(/^on/i);
      }
      expect(document.title).toBe(metaText(HOSTILE.title));
      expect(document.querySelector('header h1')?.textContent).toBe(metaText(HOSTILE.title));
      expect(document.querySelector('header .byline')?.textContent).toBe(metaText(HOSTILE.byline));
      expect(document.querySelector('header .site')?.textContent).toBe(`${metaText(HOSTILE.siteName)} · ${metaText(HOSTILE.published)}`);
      const link = document.querySelector('header a') as HTMLAnchorElement;
      expect(link.protocol).toBe('https:');
      expect(link.textContent).toBe(link.getAttribute('href'));
      expect(document.querySelector('article')?.innerHTML.trim()).toBe(article().html);
      expect(document.documentElement.lang).toBe('en');
      expect(document.documentElement.dir).toBe('ltr');
    } finally {
      close();
    }
  });
  it('drops non-web URLs and invalid language tags', () => {
    const html = exportHtml(article({ lang: 'en" onload="x', dir: null }), { url: 'javascript:alert(1)', includeMetadata: true });
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<html>');
  });
  it('leaves the header out without metadata but keeps the title and CSP', () => {
    const html = exportHtml(article(), { includeMetadata: false });
    expect(html).not.toContain('<header>');
    expect(html).toContain('<title>A plain title</title>');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
  });
});

describe('exportFileName', () => {
  const bad = /[\/\\:*?"<>|~\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
  const cases: [string | null, string][] = [
    ['A plain title', 'A plain title.md'],
    ['a/b\\c:d*e?f"g<h>i|j~k', 'a b c d e f g h i j k.md'],
    ['  ...hidden  ', 'hidden.md'],
    ['-rf important', 'rf important.md'],
    ['ends with dots...', 'ends with dots.md'],
    ['CON', '_CON.md'],
    ['nul', '_nul.md'],
    ['com1.report', '_com1.report.md'],
    ['LPT¹', '_LPT¹.md'],
    ['Console', 'Console.md'],
    ['', `${FALLBACK_NAME}.md`],
    [null, `${FALLBACK_NAME}.md`],
    ['///???***', `${FALLBACK_NAME}.md`],
    ['\u202Egnp.exe', 'gnp.exe.md'],
    ['zero\u200bwidth\u0000nul\nline', 'zero width nul line.md'],
    ['..', `${FALLBACK_NAME}.md`],
  ];
  for (const [title, want] of cases) {
    it(`${JSON.stringify(title)} → ${want}`, () => expect(exportFileName(title, 'md')).toBe(want));
  }
  it('caps long titles at 100 characters and 200 bytes, on whole characters', () => {
    const long = exportFileName('x'.repeat(1000), 'html');
    expect(long.length).toBe(100);
    expect(long.endsWith('.html')).toBe(true);
    const emoji = exportFileName('😀'.repeat(1000), 'txt');
    expect(new TextEncoder().encode(emoji).length).toBeLessThanOrEqual(200);
    expect(emoji).toMatch(/^(?:😀)+\.txt$/u);
    const spaced = exportFileName('word '.repeat(300), 'md');
    expect(spaced).not.toMatch(/ \.md$/);
    expect(Array.from(spaced).length).toBeLessThanOrEqual(100);
  });
  it('keeps only a safe extension', () => {
    expect(exportFileName('t', '.HTML')).toBe('t.html');
    expect(exportFileName('t', '../../x')).toBe('t.txt');
  });
  it('never yields a forbidden character for any title of hostile pieces', () => {
    const pieces = ['/', '\\', ':', '*', '?', '"', '<', '>', '|', '~', '.', ' ', '\u202e', '\u0000', '\n', 'CON', 'a', 'é', '😀', '\u2028', '\u200b'];
    let seed = 7;
    for (let i = 0; i < 2000; i++) {
      let t = '';
      const n = (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 60;
      for (let j = 0; j < n; j++) t += pieces[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length];
      const name = exportFileName(t, 'md');
      expect(name, JSON.stringify(t)).not.toMatch(bad);
      expect(name).not.toMatch(/^[.\- ]|[. ]\.md$/);
      expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
      expect(Array.from(name).length).toBeLessThanOrEqual(100);
    }
  });
});
