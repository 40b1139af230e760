import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import Readability from '@mozilla/readability/Readability.js';
import { DEBUG_CALL, PATCHED_METHODS, READABILITY_VERSION, RemovalWatch, SAME_ANSWERS, UNREACHED_METHODS, createReader, stripDebugLogging, stripUnreachedMethods } from '../../../src/vendor/readability';

/**
 * Pins the Readability that src/vendor/readability.ts was written for. An upgrade that renames a
 * patched method or the debug call would leave the patch applied to nothing (slower, or 1 KB of
 * messages back in the content script) without any other test noticing: this one fails first,
 * naming what to re-check.
 */
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@mozilla/readability/package.json'));
const installedVersion = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
const source = readFileSync(join(pkgDir, 'Readability.js'), 'utf8');

const ARTICLE = `<!doctype html><html><head><title>A title</title></head><body>
<nav><a href="/a">Home</a> <a href="/b">News</a></nav>
<article><h1>A title</h1>
${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the story, with enough words in it, and commas, to be scored as prose by Readability's grabber; <a href="/x${i}">a link</a>.</p>`).join('\n')}
<table><tr><td>cell</td></tr></table><img src="/i.png"></article>
<footer><a href="/c">About</a></footer></body></html>`;

describe(`@mozilla/readability ${READABILITY_VERSION} (what src/vendor/readability.ts patches)`, () => {
  test('is the installed version: after an upgrade, re-check the patches below and then this pin', () => {
    expect(installedVersion).toBe(READABILITY_VERSION);
  });

  test.each(PATCHED_METHODS)('still defines and calls %s', (name) => {
    expect(source).toMatch(new RegExp(`^  ${name}\\(`, 'm'));
    expect(source).toContain(`this.${name}(`);
    expect(typeof (Readability.prototype as unknown as Record<string, unknown>)[name]).toBe('function');
  });

  test('sweeps unlikely candidates by the test sweep.ts repeats, after the hidden, modal, byline and title-heading removals (9.)', () => {
    const grab = source.slice(source.indexOf('  _grabArticle('), source.indexOf('\n  _grabArticle(') + 1 + source.slice(source.indexOf('\n  _grabArticle(') + 1).indexOf('\n  },\n'));
    const order = ['_isProbablyVisible(node)', '"aria-modal"', '_isValidByline(node, matchString)', '_headerDuplicatesTitle(node)', 'REGEXPS.unlikelyCandidates.test(matchString)'].map((s) => grab.indexOf(s));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(grab).toMatch(/!this\.REGEXPS\.okMaybeItsACandidate\.test\(matchString\) &&\s*!this\._hasAncestorTag\(node, "table"\) &&\s*!this\._hasAncestorTag\(node, "code"\) &&\s*node\.tagName !== "BODY" &&\s*node\.tagName !== "A"/);
    const regexps = (Readability.prototype as unknown as { REGEXPS: Record<string, unknown> }).REGEXPS;
    for (const name of ['unlikelyCandidates', 'okMaybeItsACandidate', 'byline']) expect(regexps[name]).toBeInstanceOf(RegExp);
  });

  test('logs through this.log(…), a no-op unless debug is set, which the extension build compiles out', () => {
    expect(source).toMatch(/if \(this\._debug\) \{[\s\S]*?this\.log = function[\s\S]*?\} else \{\s*this\.log = function \(\) \{\};/);
    const calls = source.split(DEBUG_CALL).length - 1;
    expect(calls).toBeGreaterThan(20);
    const stripped = stripDebugLogging(source);
    expect(stripped.split('false && ' + DEBUG_CALL).length - 1).toBe(calls);
    // Every call is guarded, nothing else changed, and the result is still valid JavaScript.
    expect(stripped.replaceAll('false && ' + DEBUG_CALL, DEBUG_CALL)).toBe(source);
    expect(() => new Script(stripped)).not.toThrow();
  });

  test('reaches each method of UNREACHED_METHODS only behind the option createReader always sets; the build compiles its body to a throw', () => {
    const stripped = stripUnreachedMethods(source);
    expect(stripped).not.toBeNull();
    expect(() => new Script(stripped!)).not.toThrow();
    for (const [name, [option]] of Object.entries(UNREACHED_METHODS)) {
      expect(stripped).toContain(`throw new Error("Readability's ${name} is compiled out of this build")`);
      // The one guarded call site, and no other.
      expect(source.split(`this.${name}(`).length - 1).toBe(name === '_cleanClasses' ? 2 : 1);
      expect(source).toContain(`this._${option} = !!options.${option};`);
      const reader = createReader(new JSDOM(ARTICLE).window.document, { [option]: false }) as unknown as Record<string, unknown>;
      expect(reader[`_${option}`]).toBe(true);
    }
    // Only those bodies changed: everything before the first and after the last is as published.
    expect(stripped!.length).toBeLessThan(source.length - 3000);
    expect(stripUnreachedMethods('class R { parse() {} }')).toBeNull();
  });
});

describe('createReader', () => {
  const doc = (): Document => new JSDOM(ARTICLE, { url: 'https://example.com/story' }).window.document;

  test('replaces each patched method on the instance, and the tag lookup finds what querySelectorAll finds', () => {
    const d = doc();
    const reader = createReader(d, {}, new RemovalWatch()) as unknown as Record<string, (node: Node, tags: string[]) => ArrayLike<Element>>;
    for (const name of PATCHED_METHODS) expect(reader[name]).not.toBe((Readability.prototype as unknown as Record<string, unknown>)[name]);
    for (const tags of [['a'], ['p', 'td', 'img'], ['h1', 'nav', 'footer']]) {
      const found = reader._getAllNodesWithTag(d.body, tags);
      expect(Array.isArray(found)).toBe(true);
      expect(found).toEqual([...d.body.querySelectorAll(tags.join(','))]);
    }
  });

  test('gives the same article as Readability unpatched', () => {
    const ours = createReader(doc(), { keepClasses: true }).parse();
    const theirs = new Readability(doc(), { keepClasses: true }).parse();
    expect(ours?.title).toBe('A title');
    expect(ours?.content).toBe(theirs?.content);
    expect(ours?.textContent).toBe(theirs?.textContent);
  });

  test('with a watch, records what the cleaning of the chosen container removed, and the article is the same', () => {
    const page = ARTICLE.replace('<table>', '<div class="share-links"><a href="/s1">Facebook</a> <a href="/s2">X</a></div><table>');
    const watch = new RemovalWatch();
    const ours = createReader(new JSDOM(page, { url: 'https://example.com/story' }).window.document, { serializer: (n) => n as Element }, watch).parse();
    const theirs = new Readability(new JSDOM(page, { url: 'https://example.com/story' }).window.document, { serializer: (n: Node) => n as Element }).parse();
    expect(ours?.content?.textContent).toBe(theirs?.content?.textContent);
    const dropped = watch.droppedFor(ours!.content as unknown as Element);
    const share = dropped.find((d) => d.node.className === 'share-links');
    expect(share?.cleaning).toBe(true);
    expect(share?.node.textContent).toContain('Facebook');
    // Another container's removals are not this one's.
    expect(watch.droppedFor(new JSDOM('').window.document.body)).toEqual([]);
  });

  describe('cleans a link-heavy <section> or <article> as Readability cleans a <div>', () => {
    const posts = Array.from({ length: 5 }, (_, i) => `<p><a href="/2025/post-${i}">Another post of the site, number ${i}</a></p>`).join('');
    const steps = Array.from({ length: 3 }, (_, i) => `<h3>Step ${i + 1}</h3><figure><img src="/s${i}a.png"></figure><figure><img src="/s${i}b.png"></figure><figure><img src="/s${i}c.png"></figure><p>Sit up straight.</p>`).join('');
    const page = (tag: string): string => ARTICLE.replace('<table>', `<${tag} class="x1"><h3>Recent Posts</h3>${posts}</${tag}><${tag} class="x2">${steps}</${tag}><table>`);
    const text = (html: string, ours: boolean): string => {
      const d = new JSDOM(html, { url: 'https://example.com/story' }).window.document;
      const parsed = ours ? createReader(d, { keepClasses: true }).parse() : new Readability(d, { keepClasses: true }).parse();
      return parsed?.textContent ?? '';
    };

    test('the list of other posts goes whether printed as a div, a section or an article; Readability alone keeps the last two', () => {
      expect(text(page('div'), true)).not.toContain('Recent Posts');
      for (const tag of ['section', 'article']) {
        expect(text(page(tag), true)).not.toContain('Recent Posts');
        expect(text(page(tag), false)).toContain('Recent Posts');
      }
    });

    test('a section or article of the story with few links stays, though as a div its pictures fail the checks', () => {
      expect(text(page('div'), true)).not.toContain('Step 2');
      for (const tag of ['section', 'article']) {
        expect(text(page(tag), true)).toContain('Step 2');
        expect(text(page(tag), true)).toContain('Paragraph 7 of the story');
      }
    });
  });

  test('keeps a sentence whole around underlined, struck and isolated text (u, s, bdi are phrasing content), where Readability alone splits it', () => {
    const lines = [
      '<a href="/en-us"><u>Neste</u></a>, a global leader in renewable diesel, has been supplying fuel to the school districts of two states, each year, for a while now.',
      'The price fell, <s>twice</s> three times this year, and the districts, the drivers and the parents all noticed the difference in the budget.',
      'The buses, said <bdi>إيان</bdi>, their driver, are quieter now, and the children, he added, sleep on the way to school in the morning.',
    ];
    const page = ARTICLE.replace('<table>', lines.map((l) => `<div class="x">${l}</div>`).join('') + '<table>');
    const blocks = (ours: boolean): string[] => {
      const d = new JSDOM(page, { url: 'https://example.com/story' }).window.document;
      const options = { keepClasses: true, serializer: (n: Node) => n as Element };
      const parsed = ours ? createReader(d, options).parse() : new Readability(d, options).parse();
      const content = parsed?.content as unknown as Element;
      return [...content.querySelectorAll('p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    };
    const ours = blocks(true);
    for (const start of ['Neste, a global leader', 'The price fell, twice three times', 'The buses, said إيان, their driver']) expect(ours.some((b) => b.startsWith(start))).toBe(true);
    const theirs = blocks(false);
    expect(theirs.some((b) => b.startsWith('Neste, a global leader'))).toBe(false);
  });
});

describe('createReader\'s spares (9.)', () => {
  const page = `<!doctype html><html><head><title>A title</title></head><body>
<div class="wrap-with-sidebar"><h1>A title</h1><p class="lede">The lede of the story, long enough to be taken with it as a sibling of the text.</p>
<div class="entry">${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the story, with enough words in it, and commas, to be scored as prose; <span class="extra">its aside</span>.</p>`).join('\n')}
<div class="sidebar" style="display:none">Hidden</div><div class="author-footer">By Ann</div><div class="menu-box"><p>A menu, with enough words in it, and commas, to be scored as prose by the grabber.</p></div></div></div></body></html>`;

  test('are asked only about visible blocks swept by name; a spared block is walked into and not recorded, the others go', () => {
    const asked: string[] = [];
    const spared = new Set(['wrap-with-sidebar']);
    const watch = new RemovalWatch();
    const d = new JSDOM(page, { url: 'https://example.com/story' }).window.document;
    const parsed = createReader(d, { serializer: (n) => n as Element }, watch, (n) => (asked.push(n.className), spared.has(n.className))).parse();
    expect(asked).toEqual(['wrap-with-sidebar', ...Array(8).fill('extra'), 'menu-box']);
    const content = parsed!.content as unknown as Element;
    expect(content.textContent).toContain('Paragraph 7 of the story, with enough words in it, and commas, to be scored as prose; .');
    expect(content.textContent).not.toContain('A menu');
    const dropped = watch.droppedFor(content).map((x) => x.node.className);
    expect(dropped).toContain('menu-box');
    expect(dropped).not.toContain('wrap-with-sidebar');
    expect(dropped).toContain('extra');
  });

  test('without spares, the sweep is Readability\'s', () => {
    const ours = createReader(new JSDOM(page).window.document, { keepClasses: true }).parse();
    const theirs = new Readability(new JSDOM(page).window.document, { keepClasses: true }).parse();
    expect(ours?.content).toBe(theirs?.content);
    // Readability swept the wrapper with the story in it, found too little and tried again without
    // the sweep: the menu box stays.
    expect(ours?.textContent).toContain('A menu');
  });
});

describe('the methods that give Readability\'s answers faster (8.)', () => {
  // Blocks Readability asks about: empty by every whitespace trim() knows (tab, no-break space,
  // em space, BOM) but not a zero-width space; line breaks alone, or inside another element;
  // single children with text around them that does or does not end in a letter; links into the
  // page; blocks deep inside inline markup; presentational attributes on cells, pictures and SVG.
  const BLOCKS = `<!doctype html><html><head><title>t</title></head><body>
<div id="e1"></div><div id="e2">
	 </div><div id="e3">&nbsp;&#x2003;&#xFEFF;</div><div id="e4">&#x200B;</div><div id="e5"><br><hr></div>
<div id="e6"><span><br></span></div><div id="e7"><br><span></span></div><div id="e8"><!-- note --></div>
<div id="e9"><div> <div>&nbsp;</div></div></div><div id="e10"><img src="/a.png"></div><section id="e11"> <p></p> </section>
<div id="s1"> <p>One paragraph.</p> </div><div id="s2">Text <p>and a paragraph.</p></div><div id="s3">ends in a space <p>p</p></div>
<div id="s4"><p>p</p><span>s</span></div><div id="s5"><div>d</div></div><div id="s6"><p>p</p>.</div>
<div id="l1">Some text with <a href="/x">a link</a> and <a href="#top">one into the page</a>, <a>one with no address</a>.</div>
<div id="l2"><a href="/only">All of it a link</a></div><div id="l3">   </div><div id="l4">No links at all here.</div>
<div id="b1"><span><em><b>deep</b><div>block</div></em></span></div><div id="b2"><span>no <i>block</i></span> here</div>
<div id="b3">text<!-- c --><ul><li>x</li></ul></div><p id="b4"><a href="/a"><span>in a link</span></a></p>
<table id="t1" width="100" height="20" align="center" border="1" cellpadding="2"><tr><td width="5" valign="top" style="color:red" class="c">c</td></tr></table>
<img id="i1" src="/a.png" width="10" height="10" align="left" hspace="2" style="float:left">
<pre id="p1" width="80">code</pre><svg id="v1" style="fill:red" width="10"><rect style="x:1" width="2"></rect></svg>
<font id="f1" color="red" face="x" style="a:b" bgcolor="#fff">f</font>
<div id="h1" style="display:none">x</div><div id="h2" style="display : none !important; color: red">x</div><div id="h3" style="color:red;visibility:hidden">x</div>
<div id="h4" hidden>x</div><div id="h5" aria-hidden="true">x</div><div id="h6" aria-hidden="true" class="mwe-math-fallback-image-inline">x</div>
<div id="h7" aria-hidden="false">x</div><div id="h8" style="display: block">x</div><div id="h9" style="visibility: visible">x</div>
<a id="y1" rel="author" href="/jane">Jane Doe</a><span id="y2" itemprop="author name">J. D.</span><div id="y3" class="byline">By Jane Doe</div>
<div id="y4" class="byline">${'A byline far too long to be one. '.repeat(4)}</div><div id="y5" rel="author"> </div><div id="y6" itemprop="publisher">The Daily</div>
</body></html>`;
  const fresh = (): { d: Document; reader: Record<string, (...a: unknown[]) => unknown> } => {
    const d = new JSDOM(BLOCKS).window.document;
    return { d, reader: createReader(d, {}) as unknown as Record<string, (...a: unknown[]) => unknown> };
  };
  const theirs = (name: string): ((...a: unknown[]) => unknown) => (Readability.prototype as unknown as Record<string, (...a: unknown[]) => unknown>)[name];

  test('are patched methods of Readability', () => {
    for (const name of SAME_ANSWERS) expect(PATCHED_METHODS).toContain(name);
  });

  test.each(['_isElementWithoutContent', '_getLinkDensity', '_hasChildBlockElement', '_isProbablyVisible'])('%s answers as Readability does for every element', (name) => {
    const { d, reader } = fresh();
    const all = [...d.getElementsByTagName('*')];
    expect(all.length).toBeGreaterThan(60);
    // Readability's checks return what their last operand was ('' for no class); it reads them as true or false.
    const answer = (v: unknown): unknown => (typeof v === 'number' ? v : !!v);
    for (const el of all) expect([el.id || el.localName, reader[name](el)]).toEqual([el.id || el.localName, answer(theirs(name).call(reader, el))]);
    // The cases that matter are among them: both answers occur.
    expect(new Set(all.map((el) => reader[name](el))).size).toBeGreaterThan(1);
  });

  test('_hasSingleTagInsideElement answers as Readability does for every element and tag', () => {
    const { d, reader } = fresh();
    let yes = 0;
    for (const el of d.getElementsByTagName('*')) {
      for (const tag of ['P', 'DIV', 'SPAN', 'IMG']) {
        const ours = reader._hasSingleTagInsideElement(el, tag);
        expect([el.id, tag, ours]).toEqual([el.id, tag, theirs('_hasSingleTagInsideElement').call(reader, el, tag)]);
        if (ours) yes++;
      }
    }
    expect(yes).toBeGreaterThan(2);
  });

  test('_isValidByline answers as Readability does for every element, by its own names or others', () => {
    const { d, reader } = fresh();
    let yes = 0;
    for (const el of d.getElementsByTagName('*')) {
      for (const match of [`${el.className} ${el.id}`, 'byline', 'author-box', '']) {
        const ours = reader._isValidByline(el, match);
        expect([el.id, match, ours]).toEqual([el.id, match, theirs('_isValidByline').call(reader, el, match)]);
        if (ours && match === `${el.className} ${el.id}`) yes++;
      }
    }
    // y1, y2 and y3: named a byline and short; not y4 (too long), y5 (empty) or y6.
    expect(yes).toBe(3);
  });

  test('_cleanStyles leaves every element as Readability does', () => {
    const a = fresh();
    const b = fresh();
    a.reader._cleanStyles(a.d.body);
    theirs('_cleanStyles').call(b.reader, b.d.body);
    expect(a.d.body.outerHTML).toBe(b.d.body.outerHTML);
    expect(a.d.getElementById('t1')!.outerHTML).toContain('<table id="t1">');
    expect(a.d.getElementById('i1')!.getAttribute('width')).toBe('10');
    expect(a.d.getElementById('v1')!.getAttribute('style')).toBe('fill:red');
  });

  test('visibility: the pruning\'s attribute test, which differs from Readability\'s only where a later declaration undoes "display: none"', () => {
    const d = new JSDOM('<div style="display: none; display: block">x</div>').window.document;
    const reader = createReader(d, {}) as unknown as Record<string, (el: Element) => boolean>;
    const el = d.body.firstElementChild!;
    expect(theirs('_isProbablyVisible').call(reader, el)).toBe(true);
    expect(reader._isProbablyVisible(el)).toBe(false);
  });
});
