import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../node/document';

/** The Node host's documents (node/document.ts): parsed like a page, with nothing of it run or fetched. */
describe('documentFromHtml', () => {
  it('runs no script of the page, inline or as an event handler', () => {
    const { document, close } = documentFromHtml('<body><script>document.body.dataset.ran = "1"</script><img src="x:" onerror="document.body.dataset.err = 1"><p>Text</p></body>');
    try {
      expect(document.body.dataset.ran).toBeUndefined();
      expect(document.body.dataset.err).toBeUndefined();
      expect(document.querySelector('p')?.textContent).toBe('Text');
    } finally {
      close();
    }
  });

  it('keeps an http(s) address as the document URL, and has none (about:blank) for anything else, so relative links stay relative', () => {
    const at = (url?: string): string => {
      const { document, close } = documentFromHtml('<p>x</p>', url);
      const u = document.URL;
      close();
      return u;
    };
    expect(at('https://riverside.example/news/bridge')).toBe('https://riverside.example/news/bridge');
    expect(at('HTTP://riverside.example/a')).toBe('http://riverside.example/a');
    for (const other of [undefined, 'file:///home/me/page.html', 'javascript:alert(1)', 'not a url']) expect(at(other)).toBe('about:blank');
  });

  it('gives the content type it was told, so XML is read as XML', () => {
    const { document, close } = documentFromHtml('<root><p>x</p></root>', undefined, 'application/xhtml+xml');
    try {
      expect(document.contentType).toBe('application/xhtml+xml');
    } finally {
      close();
    }
  });
});
