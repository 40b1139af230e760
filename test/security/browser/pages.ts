/**
 * Hostile pages for the freeze/crash tests: each is either static HTML (served on 127.0.0.1) or a
 * builder that runs in the page first (deep trees the HTML parser would flatten: Chromium caps
 * parser nesting at 512, so 5,000 levels need DOM calls).
 *
 * Chromium 156's own renderer crashes laying out a visible block tree 5,000 levels deep (with or
 * without Tidy Reader), so the deep block trees sit under a stylesheet rule `display: none`. The
 * pipeline never sees stylesheets (it works on an unrendered clone), so it still reads every level.
 */
const UNRENDERED = '<style>#root { display: none }</style>';
const P = 'The council met on Tuesday to discuss the delayed bridge, and residents filled the hall to hear the engineers explain why the foundations had settled, what it would cost and when the deck would open.';
const story = (n = 6): string => Array.from({ length: n }, (_, i) => `<p>${P} (${i + 1})</p>`).join('');

export interface HostilePage {
  name: string;
  html: string;
  /** Runs in the page's main world before extraction (a function body; `document` in scope). */
  build?: string;
  /** What must come out: an article, a failure, or either (a clear message counts). */
  expect: 'article' | 'failure' | 'either';
  /** Browsers this case is for (default chromium). */
  browsers?: ('chromium' | 'firefox')[];
}

const inArticle = (extra: string): string =>
  `<!DOCTYPE html><html lang="en"><head><title>Bridge</title></head><body><article><h1>Bridge delayed</h1>${story(3)}${extra}${story(3)}</article></body></html>`;

export const HOSTILE_PAGES: HostilePage[] = [
  { name: 'form > input name=parentNode', html: inArticle('<form><input name="parentNode"></form>'), expect: 'article', browsers: ['chromium', 'firefox'] },
  { name: 'form > input name=tagName', html: inArticle('<form><input name="tagName"></form>'), expect: 'article', browsers: ['chromium', 'firefox'] },
  { name: 'form > input name=textContent', html: inArticle('<form><p>Sign up</p><input name="textContent"></form>'), expect: 'article', browsers: ['chromium', 'firefox'] },
  { name: 'form > input name=getAttribute', html: inArticle('<form><input name="getAttribute"></form>'), expect: 'article', browsers: ['chromium', 'firefox'] },
  { name: 'img name=getElementsByTagName', html: inArticle('<img name="getElementsByTagName" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'), expect: 'article', browsers: ['chromium', 'firefox'] },
  {
    name: 'document clobbering: cloneNode, body, defaultView, querySelectorAll, documentElement, createElement',
    html: inArticle('<img name="cloneNode"><img name="body"><img name="defaultView"><form name="querySelectorAll"></form><img name="documentElement"><embed name="createElement"><img name="createTreeWalker"><img name="nodeType"><img name="contentType">'),
    expect: 'article',
    browsers: ['chromium', 'firefox'],
  },
  {
    name: 'form clobbering of every member Readability and turndown read',
    html: inArticle(['parentNode', 'firstChild', 'nextSibling', 'childNodes', 'children', 'nodeName', 'nodeType', 'localName', 'attributes', 'className', 'id', 'innerHTML', 'removeChild', 'replaceChild', 'appendChild', 'setAttribute', 'hasAttribute', 'querySelectorAll', 'getElementsByTagName', 'ownerDocument', 'lastChild', 'previousSibling', 'firstElementChild', 'nextElementSibling']
      .map((n) => `<form><p>Field ${n}</p><input name="${n}"><button name="${n}2">Go</button></form>`).join('')),
    expect: 'article',
    browsers: ['chromium', 'firefox'],
  },
  {
    name: '30,000 nested divs, no article',
    html: `<!DOCTYPE html><html><head><title>Deep</title>${UNRENDERED}</head><body><div id="root"></div></body></html>`,
    build: `let el = document.getElementById('root'); for (let i = 0; i < 30000; i++) { const d = document.createElement('div'); el.appendChild(d); el = d; } el.textContent = 'Nothing to read here.';`,
    expect: 'failure',
  },
  {
    name: '100,000 paragraphs',
    html: '<!DOCTYPE html><html><head><title>Huge</title></head><body><article id="a"><h1>Huge</h1></article></body></html>',
    build: `const a = document.getElementById('a'); const f = document.createDocumentFragment(); for (let i = 0; i < 100000; i++) { const p = document.createElement('p'); p.textContent = 'Paragraph ' + i + ' says something about the bridge, the council and the cost, at length, with commas.'; f.appendChild(p); } a.appendChild(f);`,
    expect: 'either',
  },
  {
    name: '5,000 levels of nesting around the article',
    html: `<!DOCTYPE html><html><head><title>Nested</title>${UNRENDERED}</head><body><div id="root"></div></body></html>`,
    build: `let el = document.getElementById('root'); for (let i = 0; i < 5000; i++) { const d = document.createElement(i % 2 ? 'div' : 'section'); el.appendChild(d); el = d; } for (let i = 0; i < 6; i++) { const p = document.createElement('p'); p.textContent = ${JSON.stringify(P)}; el.appendChild(p); }`,
    expect: 'either',
  },
  {
    name: '5,000 levels of inline nesting inside a paragraph',
    html: inArticle('<p id="deep">Start</p>'),
    build: `let el = document.getElementById('deep'); for (let i = 0; i < 5000; i++) { const d = document.createElement(['b','i','span','em'][i % 4]); d.appendChild(document.createTextNode('w' + i + ' ')); el.appendChild(d); el = d; }`,
    expect: 'either',
  },
  { name: 'empty body', html: '<!DOCTYPE html><html><head><title>Empty</title></head><body></body></html>', expect: 'failure' },
  { name: 'frameset', html: '<!DOCTYPE html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="about:blank"><frame src="about:blank"></frameset></html>', expect: 'failure' },
];
