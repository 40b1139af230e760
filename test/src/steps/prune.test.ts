import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { defuseClobbering } from '../../../src/steps/defuse';
import { pruneNonContent } from '../../../src/steps/prune';
import { KEEP_ATTR, markKept, mayHoldKept } from '../../../src/dom/kept';

function page(body: string): Document {
  return new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).window.document;
}

const ids = (d: Document): string[] => Array.from(d.body.querySelectorAll('[id]'), (e) => e.id);

describe('pruneNonContent and keep marks', () => {
  it('drops hidden blocks and chrome when nothing in the copy is marked', () => {
    const d = page('<p id="a">text</p><div id="h" hidden><p id="h1">x</p></div><nav id="n">menu</nav><script id="s"></script>');
    defuseClobbering(d);
    expect(mayHoldKept(d)).toBe(false);
    pruneNonContent(d.body);
    expect(ids(d)).toEqual(['a']);
  });

  it('keeps a hidden block the page itself marked (noted by the defusing walk), one inside it and one holding it', () => {
    const d = page(`<div id="h" hidden ${KEEP_ATTR}><p id="h1">x</p></div><nav id="n"><p id="k" ${KEEP_ATTR}>keep</p></nav>`
      + `<aside id="o" aria-hidden="true"><span ${KEEP_ATTR} id="in"></span></aside><div id="gone" hidden></div>`);
    defuseClobbering(d);
    expect(mayHoldKept(d)).toBe(true);
    pruneNonContent(d.body);
    expect(ids(d)).toEqual(['h', 'h1', 'n', 'k', 'o', 'in']);
  });

  it('keeps a block a keep rule marked after the defusing walk', () => {
    const d = page('<div id="h" hidden><p id="h1">x</p></div><div id="gone" hidden></div>');
    defuseClobbering(d);
    expect(mayHoldKept(d)).toBe(false);
    markKept(d.getElementById('h1')!);
    expect(mayHoldKept(d)).toBe(true);
    pruneNonContent(d.body);
    expect(ids(d)).toEqual(['h', 'h1']);
  });

  it('notes a mark on the root element', () => {
    const d = new JSDOM(`<!doctype html><html ${KEEP_ATTR}><body><div id="h" hidden></div></body></html>`).window.document;
    defuseClobbering(d);
    pruneNonContent(d.body);
    expect(ids(d)).toEqual(['h']);
  });
});
