import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { extract } from '../../../src/index';
import { revealStreamed } from '../../../src/steps/reveal-streamed';

const PARAS = [
  'The river rose overnight and the old bridge closed at dawn, long before the first commuters arrived to find the barriers down.',
  'Engineers said the supports had held, but the council wanted a full inspection before letting traffic back across the span.',
  'Shops on both banks stayed open, and a ferry that last ran in the nineteen-sixties carried people across for most of the day.',
];
const article = `<article><h1>Bridge closed</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}</article>`;

function page(body: string): string {
  return `<!doctype html><html><head><title>Bridge closed</title></head><body>${body}</body></html>`;
}

function withDoc<T>(html: string, f: (d: Document) => T): T {
  const { document, close } = documentFromHtml(html);
  try {
    return f(document);
  } finally {
    close();
  }
}

describe('revealStreamed (React streaming SSR segments)', () => {
  it('moves a completed boundary into place and drops its fallback', () => {
    const html = page(`<header>Site</header><main><!--$?--><template id="B:0"></template><div>Loading…</div><!--/$--></main>` +
      `<footer>Foot</footer><div hidden id="S:0">${article}</div>`);
    withDoc(html, (d) => {
      expect(revealStreamed(d)).toBe(1);
      const main = d.querySelector('main')!;
      expect(main.querySelector('article')).not.toBeNull();
      expect(main.textContent).not.toContain('Loading');
      expect(d.getElementById('S:0')).toBeNull();
      expect(d.body.lastElementChild!.localName).toBe('footer');
    });
  });

  it('fills a segment placeholder, also one inside another streamed segment', () => {
    const html = page(`<main><!--$?--><template id="B:1"></template><!--/$--></main>` +
      `<div hidden id="S:1"><section><template id="P:2"></template></section></div><div hidden id="S:2">${article}</div>`);
    withDoc(html, (d) => {
      expect(revealStreamed(d)).toBe(2);
      expect(d.querySelector('main > section > article')).not.toBeNull();
      expect(d.querySelectorAll('[hidden]').length).toBe(0);
    });
  });

  it('moves a segment printed in another tag than a div: React finds it by its id alone', () => {
    const html = page(`<main><!--$?--><template id="B:0"></template><div>Loading…</div><!--/$--></main><section hidden id="S:0">${article}</section>`);
    withDoc(html, (d) => {
      expect(revealStreamed(d)).toBe(1);
      expect(d.querySelector('main > article')).not.toBeNull();
      expect(d.querySelectorAll('[hidden]').length).toBe(0);
    });
  });

  it('places a boundary whose comments the saved page lost, keeping the fallback beside it', () => {
    const html = page(`<main><template id="B:0"></template><div class="skeleton"></div></main><div hidden id="S:0">${article}</div>`);
    withDoc(html, (d) => {
      expect(revealStreamed(d)).toBe(1);
      expect(d.querySelector('main > article + .skeleton')).not.toBeNull();
    });
  });

  it('leaves other hidden divs alone: no matching placeholder, not a segment id, or not a body child', () => {
    const html = page(`<main>${article}</main><div hidden id="S:7"><p>Orphan segment text</p></div>` +
      `<div hidden id="Sidebar"><p>Hidden sidebar</p></div><div><div hidden id="S:0"><p>Nested</p></div></div><template id="B:0"></template>`);
    withDoc(html, (d) => {
      expect(revealStreamed(d)).toBe(0);
      expect(d.getElementById('S:7')!.hasAttribute('hidden')).toBe(true);
      expect(d.getElementById('Sidebar')!.hasAttribute('hidden')).toBe(true);
      expect(d.getElementById('S:0')!.parentElement!.localName).toBe('div');
    });
  });

  it('lets extract read an article that was only streamed, without changing the live page', () => {
    const html = page(`<nav><a href="/">Home</a></nav><main><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--></main>` +
      `<div hidden id="S:0">${article}</div>`);
    withDoc(html, (d) => {
      const before = d.documentElement.outerHTML;
      const r = extract(d, { url: 'https://riverside.example/news/bridge' });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      for (const p of PARAS) expect(r.article.text).toContain(p);
      expect(r.article.text).not.toContain('Loading');
      expect(d.documentElement.outerHTML).toBe(before);
    });
  });
});
