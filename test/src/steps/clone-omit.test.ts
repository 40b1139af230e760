import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { cloneDocument, MAX_DEPTH, treeShape, treeShapeBySelectors } from '../../../src/steps/clone';
import { defuseClobbering } from '../../../src/steps/defuse';
import { leftOutCandidates, leftOutOfCopy, pruneNonContent } from '../../../src/steps/prune';
import { KEEP_ATTR } from '../../../src/dom/kept';
import { extract } from '../../../src/index';

/**
 * The copy leaves out what the pruning deletes (steps/clone.ts, prune.ts's leftOutOfCopy): after
 * defusing and pruning, a copy that left those subtrees out must be the copy that had them.
 */

const PAGE = `<!DOCTYPE html><html><head><title>Bridge</title><style>p{color:red}</style>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge"}</script></head><body>
<nav id="menu"><a href="/">Home</a><svg id="logo"><path d="M0 0"/></svg></nav>
<div role="navigation" id="crumbs"><a href="/news">News</a></div>
<aside id="holds-h1"><h1>Bridge</h1></aside>
<main><article><p>The council met. <svg id="inline-icon"><title>icon</title></svg></p>
<aside id="article-aside">Share this</aside><footer id="article-footer">Tags</footer></article></main>
<nav id="kept-nav" ${KEEP_ATTR}>Kept menu</nav>
<footer id="holds-kept"><p ${KEEP_ATTR}>Kept line</p></footer>
<form role="navigation" id="search"><input name="getAttribute"><input name="localName"><input name="parentElement"></form>
<iframe id="ad" src="about:blank"></iframe><canvas id="chart"></canvas>
<footer id="site-footer"><p>© Site</p><math><mi>x</mi></math></footer>
<img name="createTreeWalker"><img name="body">
</body></html>`;

function prepared(doc: Document): string {
  defuseClobbering(doc);
  pruneNonContent(doc.body);
  return doc.body.innerHTML;
}

describe('the copy leaves out what the pruning deletes', () => {
  it('prunes to the same body as a whole copy, and copies none of the left-out subtrees', () => {
    const { document, close } = documentFromHtml(PAGE, 'https://news.example/bridge');
    const before = document.documentElement.outerHTML;
    const shape = treeShape(document, Infinity, (el) => leftOutOfCopy(el, true));
    const ids = shape.omitted.map((e) => e.id || e.localName);
    expect(ids).toEqual(['menu', 'crumbs', 'inline-icon', 'ad', 'chart', 'site-footer']);
    const lean = cloneDocument(document, shape);
    expect(lean.getElementById('menu')).toBeNull();
    expect(lean.querySelector('body svg, body style, iframe, canvas, math')).toBeNull();
    expect(lean.head.querySelector('style')).not.toBeNull();
    expect(prepared(lean)).toBe(prepared(cloneDocument(document)));
    expect(document.documentElement.outerHTML).toBe(before);
    close();
  });

  it('leaves the chrome in when asked to (learned rules, streamed content), and only what no step reads', () => {
    const { document, close } = documentFromHtml(PAGE);
    const shape = treeShape(document, Infinity, (el) => leftOutOfCopy(el, false));
    expect(shape.omitted.map((e) => e.id || e.localName)).toEqual(['logo', 'inline-icon', 'ad', 'chart', 'math']);
    expect(prepared(cloneDocument(document, shape))).toBe(prepared(cloneDocument(document)));
    close();
  });

  it('finds the same subtrees by selector queries (the content script\'s way) as by the walk', () => {
    for (const chrome of [true, false]) {
      const { document, close } = documentFromHtml(PAGE);
      const omit = (el: Element): boolean => leftOutOfCopy(el, chrome);
      const walked = treeShape(document, Infinity, omit);
      const queried = treeShapeBySelectors(document, Infinity, leftOutCandidates(chrome), omit);
      expect(queried.omitted).toEqual(walked.omitted);
      expect(queried.depth).toBeLessThanOrEqual(MAX_DEPTH);
      expect(queried.elements).toBe(document.getElementsByTagName('*').length);
      close();
    }
  });

  it('tells by selector queries a page deeper than the cap, and one too large', () => {
    const deep = (n: number): string => '<!DOCTYPE html><html><body>' + '<div>'.repeat(n) + 'x' + '</div>'.repeat(n) + '</body></html>';
    // html and body are depths 1 and 2: MAX_DEPTH - 2 divs reach the cap exactly.
    for (const [n, tooDeep] of [[MAX_DEPTH - 2, false], [MAX_DEPTH - 1, true]] as const) {
      const { document, close } = documentFromHtml(deep(n));
      expect(treeShapeBySelectors(document, Infinity, leftOutCandidates(true), () => false).depth > MAX_DEPTH).toBe(tooDeep);
      expect(treeShape(document).depth > MAX_DEPTH).toBe(tooDeep);
      close();
    }
    const { document, close } = documentFromHtml(deep(10));
    expect(treeShapeBySelectors(document, 5, leftOutCandidates(true), () => true)).toEqual({ depth: 0, elements: 13, omitted: [] });
    close();
  });

  it('leaves out nothing but what is inside the body, as the pruning takes nothing else', () => {
    const words = 'The council met on Tuesday to discuss the bridge, its foundations, its cost and the long delay. ';
    const html = `<!DOCTYPE html><html role="navigation"><head><title>Bridge</title></head><body role="navigation">${`<p>${words.repeat(3)}</p>`.repeat(5)}</body></html>`;
    for (const native of [false, true]) {
      const { document, close } = documentFromHtml(html, 'https://news.example/bridge');
      const omit = (el: Element): boolean => leftOutOfCopy(el, true);
      const shape = native ? treeShapeBySelectors(document, Infinity, leftOutCandidates(true), omit) : treeShape(document, Infinity, omit);
      expect(shape.omitted).toEqual([]);
      const r = extract(document, { url: 'https://news.example/bridge', nativeDom: native });
      expect(r.ok && r.article.text).toContain('The council met on Tuesday');
      close();
    }
  });

  it('asks about no element past MAX_DEPTH, so a page nested 3,000 deep costs no more than a shallow one', () => {
    const { document, close } = documentFromHtml('<!DOCTYPE html><html><head></head><body></body></html>');
    let el: Element = document.body;
    for (let i = 0; i < 3000; i++) el = el.appendChild(document.createElement('nav'));
    el.appendChild(document.createElement('h1')).textContent = 'Title';
    let asked = 0;
    const omit = (e: Element): boolean => (asked++, leftOutOfCopy(e, true));
    const walked = treeShape(document, Infinity, omit);
    expect(walked.omitted).toEqual([]);
    expect(asked).toBe(MAX_DEPTH - 2);
    asked = 0;
    const queried = treeShapeBySelectors(document, Infinity, leftOutCandidates(true), omit);
    expect([queried.depth > MAX_DEPTH, queried.omitted.length, asked]).toEqual([true, 0, 0]);
    close();
  });

  it('counts neither the size nor the depth of a left-out subtree', () => {
    const deepSvg = '<svg>' + '<g>'.repeat(300) + '</g>'.repeat(300) + '</svg>';
    const { document, close } = documentFromHtml(`<!DOCTYPE html><html><body><p>a</p>${deepSvg}</body></html>`);
    const shape = treeShape(document, Infinity, (el) => leftOutOfCopy(el, true));
    expect(shape.depth).toBe(3);
    expect(shape.elements).toBe(5);
    close();
  });

  it('keeps a page deeper than the cap whole but for the left-out subtrees', () => {
    let html = '<!DOCTYPE html><html><body><nav id="n">menu</nav>';
    for (let i = 0; i < 200; i++) html += `<div>w${i} ${i === 5 ? '<svg><path/></svg>' : ''}`;
    // Past MAX_DEPTH nothing is asked about: this one is copied (and flattened), as before.
    html += '<svg id="deep"><path/></svg><p>end</p>' + '</div>'.repeat(200) + '</body></html>';
    const { document, close } = documentFromHtml(html);
    const shape = treeShape(document, Infinity, (el) => leftOutOfCopy(el, true));
    expect(shape.omitted.map((e) => e.localName)).toEqual(['nav', 'svg']);
    const c = cloneDocument(document, shape);
    expect(c.querySelectorAll('nav, svg').length).toBe(1);
    expect(c.getElementById('deep')).not.toBeNull();
    expect(c.body.textContent).toBe(document.body.textContent!.replace('menu', ''));
    close();
  });

  it('reads the date of the story, not that of a sidebar post the pruning deletes', () => {
    const words = 'The council met on Tuesday to discuss the bridge, its foundations, its cost and the long delay. ';
    const { document, close } = documentFromHtml(`<!DOCTYPE html><html><head><title>Bridge</title></head><body>
      <main><h1>Bridge</h1>${`<p>${words.repeat(3)}</p>`.repeat(5)}</main>
      <aside><h2>Popular</h2><ul><li><a href="/other">Other story</a> <time datetime="2019-03-31">March 31, 2019</time></li></ul></aside>
      </body></html>`, 'https://news.example/bridge');
    const r = extract(document, { url: 'https://news.example/bridge' });
    close();
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.published).toBeNull();
  });
});
