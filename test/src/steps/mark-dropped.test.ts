import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { DROPPED_ATTR, markDropped, markMainContent, markedBlocks } from '../../../src/steps/mark-dropped';
import { runReadability } from '../../../src/steps/readability';
import { PARAGRAPHS, pageWith } from '../rules/fixtures';

/**
 * steps/mark-dropped.ts, markMainContent: the page's `<article>` and `<main>` elements Readability
 * left outside its container go to the container's end, marked `m`: the outermost ones only, in
 * the page's order whichever kind each is, not one holding the container, not an empty one.
 */
describe("the rest of the page's main content", () => {
  it('joins the article outermost first, in page order, each once', () => {
    const { document, close } = documentFromHtml(`<!doctype html><html><body>
      <nav><a href="/">Home</a></nav>
      <div><article id="a1">Card one <main id="m0">inner main</main></article></div>
      <main id="m1"><article id="a0">inner article</article> main one</main>
      <section><div><article id="a2">Sign up for our letter</article></div></section>
      <article id="empty">   </article>
      <main id="m2"><div id="content"><p>The story.</p></div></main>
      <aside><main id="m3">Comments: 3</main></aside>
    </body></html>`);
    try {
      const content = document.getElementById('content')!;
      // Readability's container is taken out of the page (here it stays inside #m2, which holds it).
      markMainContent(document.body, content);
      const marked = Array.from(content.querySelectorAll(`[${DROPPED_ATTR}]`), (e) => e.id);
      expect(marked).toEqual(['a1', 'm1', 'a2', 'm3']);
      expect(markedBlocks(content)?.map((e) => e.id)).toEqual(marked);
      for (const id of marked) expect(document.getElementById(id)!.getAttribute(DROPPED_ATTR)).toBe('m');
      expect(document.getElementById('empty')!.parentElement).toBe(document.body);
    } finally {
      close();
    }
  });

  it('leaves a page with neither alone', () => {
    const { document, close } = documentFromHtml('<!doctype html><html><body><div id="content"><p>The story.</p></div><footer>Site</footer></body></html>');
    try {
      const content = document.getElementById('content')!;
      markMainContent(document.body, content);
      expect(content.querySelectorAll(`[${DROPPED_ATTR}]`)).toHaveLength(0);
      expect(markedBlocks(content)).toEqual([]);
    } finally {
      close();
    }
  });
});

/**
 * markDropped: a block Readability's cleaning took out goes back where it was, marked `c`, also when
 * the cleaning left its wrapper empty and Readability's tidying then removed the wrapper (its place
 * was lost, and the block went to the article's end, marked `n`).
 */
describe("what Readability's cleaning took, back in its place", () => {
  it('inside the wrapper the cleaning emptied', () => {
    const box = '<div class="w2"><form class="f7" action="/join"><input type="text" name="n"><button>Join</button><p>Get the weekly letter.</p></form></div>';
    const { document, close } = documentFromHtml(pageWith(box), 'https://riverside.example/news/bridge');
    try {
      const found = runReadability(document, 0, 500)!;
      markDropped(found.content, found.dropped);
      const form = found.content.querySelector('form')!;
      expect(form.getAttribute(DROPPED_ATTR)).toBe('c');
      expect(form.parentElement!.className).toBe('w2');
      const text = found.content.textContent!;
      expect(text.indexOf(PARAGRAPHS[2])).toBeLessThan(text.indexOf('Get the weekly letter.'));
      expect(text.indexOf('Get the weekly letter.')).toBeLessThan(text.indexOf(PARAGRAPHS[3]));
    } finally {
      close();
    }
  });
});
