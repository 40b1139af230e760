import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../node/document';
import { extract, htmlToFragment, renderMarkdown, renderText } from '../../src/index';
import { KNOWN_CODES, cleanChecked } from './check-output';
import { FUZZ_SEED, assertProperty, runs, wallMs } from './config';

/**
 * Every step that walks nodes must check what it met before calling Element methods: pages put
 * text, comments, processing instructions, SVG and MathML (and, from scripts, elements of any
 * namespace) where elements usually are — among table rows and cells, list items, in the head, in
 * headings and links — and a `<pre>` keeps whitespace that is collapsed everywhere else. Two ways
 * in: as HTML through the CLI's path (parse → extract → Markdown, with the sanitizer check), and
 * built with DOM calls the parser would never allow, through `extract` and the renderers as the
 * extension runs them on a live page. A failure is a crash, `parse-error` included (nothing here
 * is a parser error), or unsanitized output.
 */
const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story carries enough ordinary words, commas, and whole sentences to count as real prose for any reader.</p>`).join('');

/** What stands where an element would, as HTML (the parser keeps some where they are, moves others). */
const INTRUDERS_HTML = [
  '\n    ', ' stray words ', '<!-- a comment -->', '<?php echo "pi"; ?>', '<![CDATA[ cdata ]]>',
  '<svg viewBox="0 0 8 8"><title>icon</title><a href="/svg-link"><text>svg link text</text></a><use href="#i"/></svg>',
  '<svg><foreignObject><p>a paragraph in a foreignObject</p></foreignObject><![CDATA[ svg cdata ]]></svg>',
  '<math><mi>x</mi><mo>=</mo><mtext>math text</mtext><annotation-xml encoding="text/html"><p>html in math</p></annotation-xml></math>',
  '<template><p>in a template</p><tr><td>template cell</td></tr></template>',
  '<td>a cell</td>', '<li>an item</li>', '<a name="getAttribute">named</a>',
];

/** Containers whose children are usually elements of a given kind: the intruders go between those children. */
const STRUCTURES: ((gap: () => string) => string)[] = [
  (g) => `<table>${g()}<thead>${g()}<tr>${g()}<th>Team</th>${g()}<th>Points</th>${g()}</tr>${g()}</thead>${g()}<tbody>${g()}<tr>${g()}<td>Home FC</td>${g()}<td>24</td>${g()}</tr>${g()}</tbody>${g()}</table>`,
  (g) => `<ul>${g()}<li>First item of the list</li>${g()}<li>Second item</li>${g()}</ul><ol start="3">${g()}<li>three</li>${g()}</ol>`,
  (g) => `<dl>${g()}<dt>Term</dt>${g()}<dd>Definition of the term</dd>${g()}</dl>`,
  (g) => `<h2>${g()}A heading${g()}</h2><p>${g()}<a href="/next">${g()}a link${g()}</a>${g()}</p>`,
  (g) => `<figure>${g()}<img src="https://ex.example/i.png" alt="a picture">${g()}<figcaption>${g()}a caption</figcaption>${g()}</figure>`,
  (g) => `<select>${g()}<option>one</option>${g()}</select><p>After the select, a sentence of text.</p>`,
];

const WRAPPERS = [
  (s: string) => s,
  (s: string) => `<pre>${s}</pre>`,
  (s: string) => `<blockquote>${s}</blockquote>`,
  (s: string) => `<svg><foreignObject>${s}</foreignObject></svg>`,
  (s: string) => `<math><annotation-xml encoding="text/html">${s}</annotation-xml></math>`,
];

const pageArb = fc
  .record({
    blocks: fc.array(fc.record({ structure: fc.nat(STRUCTURES.length - 1), wrapper: fc.nat(WRAPPERS.length - 1), fills: fc.array(fc.nat(INTRUDERS_HTML.length), { maxLength: 24 }) }), { minLength: 1, maxLength: 4 }),
    head: fc.array(fc.constantFrom(...INTRUDERS_HTML), { maxLength: 3 }),
    between: fc.constantFrom('', ...INTRUDERS_HTML),
  })
  .map(({ blocks, head, between }) => {
    const body = blocks
      .map(({ structure, wrapper, fills }) => {
        let i = 0;
        // Each gap takes the next fill: an intruder, or (INTRUDERS_HTML.length) nothing.
        const gap = (): string => INTRUDERS_HTML[fills[i++ % Math.max(1, fills.length)]] ?? '';
        return WRAPPERS[wrapper](STRUCTURES[structure](gap));
      })
      .join('');
    return `<!DOCTYPE html><html>${between}<head>${head.join('')}<title>Node types</title><link rel="canonical" href="https://ex.example/story"></head>${between}<body><article><h1>Node types ${between}in a page</h1><p class="byline">By <span itemprop="author">Jane Roe</span></p>${PROSE}${body}</article></body></html>`;
  });

/** Nodes a script can put anywhere, which no parser would put there. */
type Make = (d: Document) => Node;
const SVG = 'http://www.w3.org/2000/svg';
const MATHML = 'http://www.w3.org/1998/Math/MathML';
const withText = (el: Element, text: string): Element => {
  el.appendChild(el.ownerDocument.createTextNode(text));
  return el;
};
const INTRUDERS_DOM: Make[] = [
  (d) => d.createTextNode('\n  '),
  (d) => d.createTextNode('loose words a script left'),
  (d) => d.createComment('comment'),
  (d) => d.createProcessingInstruction('A', 'href="/pi"'),
  (d) => withText(d.createElementNS(SVG, 'a'), 'an svg link'),
  (d) => withText(d.createElementNS(SVG, 'td'), 'an svg td'),
  (d) => withText(d.createElementNS(MATHML, 'mi'), 'x'),
  (d) => withText(d.createElementNS(MATHML, 'p'), 'a MathML p'),
  (d) => withText(d.createElementNS('urn:example:other', 'li'), 'an li of another namespace'),
  (d) => withText(d.createElementNS(null, 'div'), 'a div of no namespace'),
  (d) => {
    const t = d.createElement('template');
    t.content.appendChild(withText(d.createElement('p'), 'template content'));
    return t;
  },
];
const TARGETS = ['tr', 'tbody', 'thead', 'table', 'ul', 'ol', 'dl', 'select', 'head', 'html', 'h1', 'a', 'figure', 'article', 'body', 'p'];

const domArb = fc.record({
  html: pageArb,
  inserts: fc.array(fc.tuple(fc.constantFrom(...TARGETS), fc.nat(40), fc.nat(INTRUDERS_DOM.length - 1), fc.nat(8)), { minLength: 1, maxLength: 12 }),
  force: fc.boolean(),
});

const STRING_RUNS = runs(120);
const DOM_RUNS = runs(120);
const checker = documentFromHtml('<!DOCTYPE html><body></body>');
afterAll(() => checker.close());

describe(`text, comments and foreign nodes where elements usually are (seed ${FUZZ_SEED})`, () => {
  it(`${STRING_RUNS} pages as HTML through parse, extract and Markdown: no throw, no parse-error, sanitized`, { timeout: wallMs(300_000) }, () => {
    assertProperty(
      fc.property(pageArb, fc.boolean(), (html, force) => {
        cleanChecked(html, 'https://ex.example/story', force);
      }),
      STRING_RUNS,
    );
  });

  it(`${DOM_RUNS} pages built with DOM calls, through extract and the renderers as the extension runs them: no throw, no parse-error`, { timeout: wallMs(300_000) }, () => {
    assertProperty(
      fc.property(domArb, ({ html, inserts, force }) => {
        const { document, close } = documentFromHtml(html, 'https://ex.example/story');
        try {
          for (const [tag, nth, kind, at] of inserts) {
            const hosts = document.getElementsByTagName(tag);
            if (!hosts.length) continue;
            const host = hosts[nth % hosts.length];
            host.insertBefore(INTRUDERS_DOM[kind](document), host.childNodes[at % (host.childNodes.length + 1)] ?? null);
          }
          const result = extract(document, { url: 'https://ex.example/story', force });
          if (!result.ok) {
            expect(KNOWN_CODES).toContain(result.error.code);
            expect(result.error.code, result.error.message).not.toBe('parse-error');
            return;
          }
          expect(() => renderMarkdown(htmlToFragment(result.article.html, checker.document))).not.toThrow();
          // The renderers on the unsanitized page itself: they are exported, and must not throw on any DOM.
          expect(() => renderMarkdown(document.body)).not.toThrow();
          expect(typeof renderText(document.body)).toBe('string');
        } finally {
          close();
        }
      }),
      DOM_RUNS,
    );
  });
});
