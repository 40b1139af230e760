import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../node/document';
import { cloneDocument, MAX_DEPTH, treeDepth, treeShape } from '../../src/steps/clone';
import { extract } from '../../src/index';

/** The depth-capped clone: same text in the same order, never deeper than MAX_DEPTH, page untouched. */
function chain(doc: Document, depth: number, leafText: (i: number) => string): void {
  let el: Element = doc.body;
  for (let i = 0; i < depth; i++) {
    const d = doc.createElement(i % 3 ? 'div' : 'section');
    d.appendChild(doc.createTextNode(leafText(i)));
    el.appendChild(d);
    el = d;
  }
}

describe('cloneDocument depth cap', () => {
  it('copies a shallow page natively and unchanged', () => {
    const { document, close } = documentFromHtml('<!DOCTYPE html><html lang="en"><head><title>T</title></head><body><form><input name="parentNode"></form><p>x</p></body></html>', 'https://a.example/p');
    const c = cloneDocument(document);
    expect(c.documentElement.outerHTML).toBe(document.documentElement.outerHTML);
    expect(c.URL).toBe('https://a.example/p');
    expect(c.compatMode).toBe(document.compatMode);
    expect(c.doctype?.name).toBe('html');
    expect(c.defaultView).toBeNull();
    close();
  });
  it('copies a quirks-mode page with comments around the root, and leaves out an invalid doctype', () => {
    const { document, close } = documentFromHtml('<!-- before --><html><body><p>x</p></body></html><!-- after -->', 'https://a.example/q');
    const c = cloneDocument(document);
    expect(c.compatMode).toBe('BackCompat');
    expect(Array.from(c.childNodes).map((n) => n.nodeType)).toEqual(Array.from(document.childNodes).map((n) => n.nodeType));
    close();
    const bad = documentFromHtml('<!DOCTYPE><html><body><p>y</p></body></html>', 'https://a.example/b');
    const d = cloneDocument(bad.document);
    expect(d.doctype).toBeNull();
    expect(d.body.innerHTML).toBe('<p>y</p>');
    bad.close();
  });
  it('measures depth and element count in one walk, stopping past a limit', () => {
    const { document, close } = documentFromHtml('<!DOCTYPE html><html><head><title>T</title></head><body><div><p>a <b>b</b></p></div><p>c</p></body></html>');
    const all = document.getElementsByTagName('*').length;
    expect(treeShape(document)).toEqual({ depth: 5, elements: all, omitted: [] });
    expect(treeDepth(document)).toBe(5);
    const cut = treeShape(document, 3);
    expect(cut.elements).toBe(4);
    close();
  });
  it('flattens a tree deeper than MAX_DEPTH, keeping every node in document order', () => {
    const { document, close } = documentFromHtml('<!DOCTYPE html><html><head><title>T</title></head><body></body></html>', 'https://a.example/deep');
    chain(document, 600, (i) => `w${i} `);
    const before = document.body.innerHTML;
    expect(treeDepth(document)).toBeGreaterThan(MAX_DEPTH);
    const c = cloneDocument(document);
    expect(document.body.innerHTML).toBe(before);
    expect(treeDepth(c)).toBe(MAX_DEPTH);
    expect(c.body.textContent).toBe(document.body.textContent);
    expect(c.getElementsByTagName('*').length).toBe(document.getElementsByTagName('*').length);
    expect(c.URL).toBe('https://a.example/deep');
    expect(c.title).toBe('T');
    close();
  });
  it('extracts an article buried 1,000 levels deep', () => {
    const { document, close } = documentFromHtml('<!DOCTYPE html><html><head><title>Deep story</title></head><body></body></html>', 'https://a.example/deep');
    chain(document, 1000, () => '');
    let el = document.body;
    while (el.lastElementChild) el = el.lastElementChild as HTMLElement;
    for (let i = 0; i < 6; i++) {
      const p = document.createElement('p');
      p.textContent = `Paragraph ${i}: the council met to discuss the bridge, its foundations, its cost and the long delay, and residents asked many questions.`;
      el.appendChild(p);
    }
    // jsdom is slow on deep trees; the 2 s bound is checked in Chromium (test/e2e/security-freeze).
    const r = extract(document, { url: 'https://a.example/deep', timeBudgetMs: 60_000 });
    close();
    expect(r.ok ? 'ok' : r.error.message).toBe('ok');
    if (r.ok) expect(r.article.text).toContain('Paragraph 5: the council');
  });
});
