import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../node/document';
import { purifierFor, sanitizeToFragment, sanitizeToString } from '../../src/steps/sanitize';

// DOMPurify checks attributes it does not know to be URI-safe against ALLOWED_URI_REGEXP; ours
// once required a scheme, so plain values such as colspan="2" or dir="rtl" were silently dropped.
const PAGE = `<div>
  <p dir="rtl" lang="ar">نص</p>
  <table><tr><td colspan="2" rowspan="3">cell</td></tr></table>
  <time datetime="2017-02-09">Feb 9</time>
  <img src="https://example.com/a.png" width="640" height="480" alt="a picture">
  <blockquote cite="https://example.com/source">quote</blockquote>
  <a href="javascript:alert(1)" title="javascript:alert(1)">bad</a>
  <img src="data:text/html,<script>alert(1)</script>">
</div>`;

describe('sanitizer keeps plain attribute values and still checks URLs', () => {
  const { document, close } = documentFromHtml(PAGE, 'https://example.com/');
  const p = purifierFor(document.defaultView as Window & typeof globalThis)!;

  for (const [name, sanitize] of [
    ['fragment', (el: Element) => { const d = document.createElement('div'); d.appendChild(sanitizeToFragment(p, el)); return d.innerHTML; }],
    ['string', (el: Element) => sanitizeToString(p, el)],
  ] as const) {
    it(`as a ${name}`, () => {
      const html = sanitize(document.body.firstElementChild!);
      expect(html).toContain('dir="rtl"');
      expect(html).toContain('lang="ar"');
      expect(html).toContain('colspan="2"');
      expect(html).toContain('rowspan="3"');
      expect(html).toContain('datetime="2017-02-09"');
      expect(html).toContain('width="640"');
      expect(html).toContain('cite="https://example.com/source"');
      expect(html).not.toContain('href="javascript');
      expect(html).not.toContain('data:text/html');
    });
  }
  it('closes', () => close());
});

describe('relative references stay, anything with a scheme or a host of its own does not', () => {
  const { document, close } = documentFromHtml('<body></body>');
  const p = purifierFor(document.defaultView as Window & typeof globalThis)!;
  const hrefOf = (href: string): string | null => {
    const holder = document.createElement('div');
    const a = holder.appendChild(document.createElement('a'));
    a.setAttribute('href', href);
    a.textContent = 'x';
    const out = document.createElement('div');
    out.appendChild(sanitizeToFragment(p, holder));
    return out.querySelector('a')?.getAttribute('href') ?? null;
  };

  it.each(['/more/page.html', 'page.html', '../up.html', '#section', '?page=2', 'https://ok.example/a', 'mailto:someone@example.org'])('keeps %j', (href) => {
    expect(hrefOf(href)).toBe(href);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)', 'data:text/html,x', 'file:///etc/passwd', '//evil.example/x', '/\\evil.example/x', '\\\\evil.example\\share', ' //evil.example/x', 'C:\\Windows'])('drops %j', (href) => {
    expect(hrefOf(href)).toBeNull();
  });
  it('closes', () => close());
});
