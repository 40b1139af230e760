import fc from 'fast-check';
import { describe, it } from 'vitest';
import { HOSTILE_SNIPPETS } from './arbitraries';
import { cleanChecked, stats } from './check-output';
import { FUZZ_SEED, assertProperty, runs, wallMs } from './config';
import { CORPUS_AVAILABLE, READABILITY_CORPUS, smallCorpusPages } from '../corpus/readability-corpus';

/**
 * Real pages, damaged: slices cut out, duplicated or truncated, hostile snippets spliced in at
 * random offsets (inside tags and attribute values too), tags renamed to dangerous ones. Real
 * structure with random breakage reaches code paths random trees rarely do.
 */
type Mutation =
  | { op: 'cut'; at: number; len: number }
  | { op: 'dup'; at: number; len: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; snippet: string }
  | { op: 'retag'; nth: number; tag: string };

const frac = fc.double({ min: 0, max: 1, noNaN: true });
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: frac, len: fc.integer({ min: 1, max: 4000 }) }),
  fc.record({ op: fc.constant('dup' as const), at: frac, len: fc.integer({ min: 1, max: 2000 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: frac }),
  fc.record({ op: fc.constant('insert' as const), at: frac, snippet: fc.constantFrom(...HOSTILE_SNIPPETS) }),
  fc.record({ op: fc.constant('retag' as const), nth: fc.nat(400), tag: fc.constantFrom('script', 'style', 'iframe', 'svg', 'math', 'template', 'form', 'textarea', 'noscript', 'table', 'select', 'object') }),
);

export function mutate(html: string, ms: Mutation[]): string {
  let s = html;
  for (const m of ms) {
    if (m.op === 'retag') {
      let i = -1;
      const re = /<(p|div|span|a|section|li|td|h[1-6])\b/gi;
      s = s.replace(re, (all) => (++i === m.nth ? `<${m.tag}` : all));
      continue;
    }
    const at = Math.floor(m.at * s.length);
    if (m.op === 'cut') s = s.slice(0, at) + s.slice(at + m.len);
    else if (m.op === 'dup') s = s.slice(0, at + m.len) + s.slice(at, at + m.len) + s.slice(at + m.len);
    else if (m.op === 'truncate') s = s.slice(0, Math.max(at, 1));
    else s = s.slice(0, at) + m.snippet + s.slice(at);
  }
  return s;
}

const pages = smallCorpusPages(50_000);
const MUTATED_RUNS = runs(350);

describe.skipIf(!CORPUS_AVAILABLE)(`mutated corpus pages (seed ${FUZZ_SEED})`, () => {
  it(`${MUTATED_RUNS} mutations of ${pages.length} pages under 50 KB: no throw, no hang, sanitized output`, { timeout: wallMs(300_000) }, () => {
    assertProperty(
      fc.property(fc.nat(pages.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 5 }), fc.boolean(), (i, ms, force) => {
        cleanChecked(mutate(pages[i].html, ms), 'http://fakehost/test/page.html', force);
      }),
      MUTATED_RUNS,
    );
    console.info(`mutated corpus, seed ${FUZZ_SEED}:`, JSON.stringify(stats));
  });
});

if (!CORPUS_AVAILABLE) {
  describe('mutated corpus pages', () => {
    it.skip(`skipped: no Readability corpus at ${READABILITY_CORPUS} (set TIDY_READABILITY_CORPUS)`, () => undefined);
  });
}
