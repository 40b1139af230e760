import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../node/document';
import { extract } from '../../src/index';
import { RULE_GROUPS } from '../../src/rules';
import { compileCompound, factsOf, matchesCompound } from '../../src/dom/select';
import type { Article, UserRule } from '../../src/types';
import { PARAGRAPHS, RULE_FIXTURES, pageWith } from './fixtures';

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

function run(html: string, rules?: UserRule[], url = 'https://riverside.example/news/bridge'): Article {
  const { document, close } = documentFromHtml(html, url);
  try {
    const r = extract(document, { url, rules });
    if (!r.ok) throw new Error(`no article: ${r.error.code}`);
    return r.article;
  } finally {
    close();
  }
}

describe('rule groups are valid data', () => {
  const { document, close } = documentFromHtml(pageWith(RULE_FIXTURES.flatMap((k) => [...k.positive, ...k.negative].map((f) => f.html)).join('\n')));
  const elements = Array.from(document.querySelectorAll('*'));

  for (const g of RULE_GROUPS) {
    describe(`${g.kind}: ${g.label}`, () => {
      it('has selectors or patterns', () => {
        expect(g.selectors.length + (g.articleSelectors?.length ?? 0) + g.patterns.length + (g.teaserPatterns?.length ?? 0) + (g.longPatterns?.length ?? 0)).toBeGreaterThan(0);
      });
      it.each([...g.selectors, ...(g.articleSelectors ?? [])].map((s) => [s]))('selector %s parses and takes the fast path', (sel) => {
        expect(() => document.querySelector(sel)).not.toThrow();
        expect(compileCompound(sel), `${sel} would fall back to the slow selector engine`).not.toBeNull();
      });
      it('the fast matcher agrees with Element.matches on every element of the fixture pages', () => {
        for (const sel of [...g.selectors, ...(g.articleSelectors ?? [])]) {
          const c = compileCompound(sel)!;
          for (const el of elements) expect(matchesCompound(factsOf(el), c), `${sel} on <${el.localName} class="${el.getAttribute('class')}">`).toBe(el.matches(sel));
        }
      });
      it('patterns are anchored or bounded, and never match an empty string', () => {
        for (const re of [...g.patterns, ...(g.teaserPatterns ?? []), ...(g.longPatterns ?? [])]) {
          expect(re.source.startsWith('^'), `${re} is not anchored at the start`).toBe(true);
          expect(re.flags).not.toMatch(/[gy]/); // stateful flags would make .test() alternate
          expect(re.test('')).toBe(false);
        }
      });
    });
  }

  it('no selector appears twice, within or across groups', () => {
    const seen = new Map<string, string>();
    for (const g of RULE_GROUPS) {
      for (const s of [...g.selectors, ...(g.articleSelectors ?? [])]) {
        const key = s.replace(/\s+/g, ' ').trim();
        expect(seen.get(key), `${s} in ${g.kind} is already in ${seen.get(key)}`).toBeUndefined();
        seen.set(key, g.kind);
      }
    }
  });

  it('no pattern appears twice, within or across groups', () => {
    const seen = new Map<string, string>();
    for (const g of RULE_GROUPS) {
      for (const re of [...g.patterns, ...(g.teaserPatterns ?? []), ...(g.longPatterns ?? [])]) {
        const key = re.flags.includes('i') ? `${re.source.toLowerCase()}/i` : re.source;
        expect(seen.get(key), `${re} in ${g.kind} is already in ${seen.get(key)}`).toBeUndefined();
        seen.set(key, g.kind);
      }
    }
  });

  it('kinds are unique and each has positive and negative fixtures', () => {
    const kinds = RULE_GROUPS.map((g) => g.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const k of kinds) {
      const fx = RULE_FIXTURES.find((f) => f.kind === k);
      expect(fx, `no fixtures for ${k}`).toBeDefined();
      expect(fx!.positive.length).toBeGreaterThan(0);
      expect(fx!.negative.length).toBeGreaterThan(0);
    }
  });

  it('closes its document', () => close());
});

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

describe('fixtures per kind', () => {
  for (const fx of RULE_FIXTURES) {
    describe(fx.kind, () => {
      for (const f of fx.positive) {
        it(`removes ${f.name}, reported as ${fx.kind}`, () => {
          const a = run(pageWith(f.html));
          const text = fold(a.text);
          for (const p of PARAGRAPHS) expect(text).toContain(p);
          for (const phrase of f.phrases) expect(text).not.toContain(phrase);
          const mine = a.removed.filter((r) => r.kind === fx.kind);
          expect(mine.length, JSON.stringify(a.removed.map((r) => [r.kind, r.reason]))).toBeGreaterThan(0);
          const label = RULE_GROUPS.find((g) => g.kind === fx.kind)!.label;
          for (const r of mine) expect(r.reason.length).toBeGreaterThan(0);
          if (f.phrases.length) {
            const shown = mine.map((r) => fold(r.text) + ' ' + r.html).join(' ');
            expect(mine.some((r) => r.reason.startsWith(label)), mine.map((r) => r.reason).join('; ')).toBe(true);
            expect(shown).toContain(f.phrases[0].split(' ')[0]);
          }
        });
      }
      for (const f of fx.negative) {
        it(`keeps ${f.name}`, () => {
          const a = run(pageWith(f.html));
          const text = fold(a.text);
          for (const p of PARAGRAPHS) expect(text).toContain(p);
          for (const phrase of f.phrases) expect(text).toContain(phrase);
          for (const r of a.removed) for (const phrase of f.phrases) expect(fold(r.text)).not.toContain(phrase.slice(0, 30));
        });
      }
    });
  }

  it('shows a repeated caption once', () => {
    const chrome = RULE_FIXTURES.find((f) => f.kind === 'chrome')!;
    const a = run(pageWith(chrome.positive.find((f) => f.name.includes('caption'))!.html));
    // Once in the article (the figure's own caption); the text leaves captions out (render/text.ts).
    expect(a.html.split('>The bridge in March. Photo: Jane Roe.<').length - 1).toBe(1);
    expect(a.text).not.toContain('The bridge in March.');
    expect(a.removed.some((r) => r.kind === 'chrome' && r.reason === 'caption repeated as text')).toBe(true);
  });
});

describe('the same content shown twice', () => {
  const section = (cls: string): string => `<div class="${cls}"><h2>What the review found</h2><p>The independent review found that the ground survey had missed a layer of clay under the east pier, and that nobody had checked it again before the pour.</p><p>It recommends a second survey for every pier, and a panel to sign off each stage of the work before the next one starts, with its minutes published.</p></div>`;
  it('a copy of a group of blocks for another screen size goes, the first copy stays', () => {
    const a = run(pageWith(section('variant desktop') + section('variant mobile')));
    expect(a.text.split('The independent review found').length - 1).toBe(1);
    expect(a.text).toContain('a panel to sign off each stage');
    for (const p of PARAGRAPHS) expect(fold(a.text)).toContain(p);
    expect(a.removed.some((r) => r.reason.startsWith('the same content shown again'))).toBe(true);
  });
  it('a paragraph or a short block said twice stays twice', () => {
    const quote = '<blockquote><p>We will not let this bridge become a monument to delay.</p><p>— the chair</p></blockquote>';
    const line = '<p>The independent review found that the ground survey had missed a layer of clay under the east pier, and that nobody had checked it again before the pour of the first foundations in the spring.</p>';
    const a = run(pageWith(quote + line + quote + line));
    expect(a.text.split('monument to delay').length - 1).toBe(2);
    expect(a.text.split('The independent review found').length - 1).toBe(2);
  });
});

describe('article selectors', () => {
  it("remove an author box after Readability has read the byline in it", () => {
    const box = '<section class="author-box"><h4 class="author-box-title">Jane Roe</h4><p>Jane Roe writes about transport and has covered the council, its budgets and its bridges for the Riverside Post since 2009.</p></section>';
    const html = pageWith(box);
    const a = run(html);
    expect(a.byline).toBe('Jane Roe');
    expect(a.text).not.toContain('writes about transport');
    expect(a.removed.some((r) => r.kind === 'chrome' && r.reason.includes('author-box')), JSON.stringify(a.removed)).toBe(true);
  });
});

describe("a user's rules", () => {
  const html = pageWith('<div class="promo-box">Win a trip to the coast!</div><p>Promoted by our partners</p>');
  it('a selector and a phrase remove blocks as kind "user"', () => {
    const a = run(html, [{ selector: '.promo-box' }, { pattern: 'promoted by our partners' }]);
    expect(a.text).not.toContain('Win a trip');
    expect(a.text).not.toContain('Promoted by');
    expect(a.removed.filter((r) => r.kind === 'user').length).toBe(2);
  });
  it('a rule for another site does nothing here', () => {
    const a = run(html, [{ selector: '.promo-box', site: 'other.example' }]);
    expect(a.text).toContain('Win a trip');
  });
  it('a selector the fast matcher does not cover still works', () => {
    const a = run(html, [{ selector: 'div.story > div.promo-box' }]);
    expect(a.text).not.toContain('Win a trip');
  });
});
