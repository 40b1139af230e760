import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { compileCompound, factsOf, matchesCompound } from '../../../src/dom/select';

describe('compound selector matcher', () => {
  const cases: [string, string, boolean][] = [
    ['.a', '<div class="b a"></div>', true],
    ['.a', '<div class="ab"></div>', false],
    ['#x', '<div id="x"></div>', true],
    ['div.a.b', '<div class="a b"></div>', true],
    ['span.a', '<div class="a"></div>', false],
    ['[class*="news"]', '<div class="top-newsletter"></div>', true],
    ['[class~="related"]', '<div class="is-related x"></div>', false],
    ['[id^="taboola-"]', '<div id="taboola-below"></div>', true],
    ['a[href*="facebook.com/sharer"]', '<a href="https://www.facebook.com/sharer/sharer.php">f</a>', true],
    ['a[href^="mailto:?"]', '<a href="mailto:me@example.org">m</a>', false],
    ['[data-x="Y" i]', '<div data-x="y"></div>', true],
    ['[data-x="Y"]', '<div data-x="y"></div>', false],
    ['[hidden]', '<div hidden></div>', true],
  ];
  it.each(cases)('%s on %s is %s, as Element.matches says', (sel, html, want) => {
    const { document, close } = documentFromHtml(`<body>${html}</body>`);
    const el = document.body.firstElementChild!;
    expect(el.matches(sel)).toBe(want);
    expect(matchesCompound(factsOf(el), compileCompound(sel)!)).toBe(want);
    close();
  });
  it('one element\'s facts, read once and tested against many rules (as the walk does), agree with Element.matches', () => {
    const { document, close } = documentFromHtml('<body><a class="Share-bar x" href="https://t.example/intent" data-w="Box">s</a></body>');
    const el = document.body.firstElementChild!;
    const f = factsOf(el);
    const sels = ['[class*="share"]', '[class*="share" i]', '[class~="x"]', '[class^="Share"]', '[href*="intent"]', '[href$="intent"]',
      '[data-w="box"]', '[data-w="box" i]', '[data-w]', '[title]', '[title*="a"]', 'a[href*="intent"][class*="bar"]', '[id]', '[class*="share"]'];
    for (const sel of sels) expect(matchesCompound(f, compileCompound(sel)!), sel).toBe(el.matches(sel));
    close();
  });
  it('leaves combinators and pseudo-classes to the selector engine', () => {
    for (const s of ['article > p', 'div p', 'p:first-child', 'a, b', '']) expect(compileCompound(s)).toBeNull();
  });
});
