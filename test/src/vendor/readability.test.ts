import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import Readability from '@mozilla/readability/Readability.js';
import { DEBUG_CALL, PATCHED_METHODS, READABILITY_VERSION, RemovalWatch, UNREACHED_METHODS, createReader, stripDebugLogging, stripUnreachedMethods } from '../../../src/vendor/readability';

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
