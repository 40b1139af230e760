import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { RULE_GROUPS } from '../../../src/rules';
import { compileCompound, factsOf, matchesCompound } from '../../../src/dom/select';
import { PARAGRAPHS, RULE_FIXTURES, fold, pageWith, runArticle as run } from './fixtures';

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

});
