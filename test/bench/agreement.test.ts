import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus, runBench, truthText, type BenchResult } from '../../bench/run';
import { bagPage, fold, judgeMeta, mean, nameWords, round } from '../../bench/scoring';

/**
 * The benchmark's in-process scorers must agree with the reference scripts: the same predictions,
 * scored by `score.py bag` and `meta.py`, give the same figures to 4 decimals (meta.py prints 3).
 * Corpus: TIDY_WCXB_CORPUS or ../shared/corpus/wcxb-dev; scripts: TIDY_SCORE_TOOLS or ../shared/tools.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(process.env.TIDY_WCXB_CORPUS ?? join(ROOT, '../shared/corpus/wcxb-dev'));
const TOOLS = resolve(process.env.TIDY_SCORE_TOOLS ?? join(ROOT, '../shared/tools'));
const PAGES = 25;

const python = spawnSync('python3', ['--version']).status === 0;
const haveCorpus = existsSync(join(CORPUS, 'truth.json')) && existsSync(join(TOOLS, 'score.py')) && existsSync(join(TOOLS, 'meta.py'));
const skip = !python ? 'python3 not found' : !haveCorpus ? `corpus or scorers not found (${CORPUS}, ${TOOLS})` : null;

function py(script: string, ...args: string[]): Record<string, unknown> {
  const r = spawnSync('python3', [join(TOOLS, script), ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('scorers agree with score.py and meta.py', () => {
  if (skip) {
    it.skip(`skipped: ${skip}`, () => undefined);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tidy-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = loadCorpus(CORPUS);
  // Spread over the corpus rather than its first pages, which share a topic.
  const step = Math.max(1, Math.floor(corpus.ids.length / PAGES));
  const ids = corpus.ids.filter((_, i) => i % step === 0).slice(0, PAGES);
  let result: BenchResult;

  it(`runs both systems on ${ids.length} pages`, () => {
    result = runBench(corpus, { ids });
    expect(result.pages).toBe(ids.length);
    const truth = Object.fromEntries(ids.map((id) => [id, truthText(corpus.truth[id])]));
    const meta = Object.fromEntries(ids.map((id) => [id, corpus.meta[id] ?? {}]));
    writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth));
    writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
    for (const sys of ['ours', 'readability'] as const) writeFileSync(join(dir, `pred-${sys}.json`), JSON.stringify(result.preds[sys]));
  }, 600_000);

  for (const sys of ['ours', 'readability'] as const) {
    it(`${sys}: word-bag F1, precision and recall as score.py bag`, () => {
      const ref = py('score.py', 'bag', join(dir, 'truth.json'), join(dir, `pred-${sys}.json`));
      const s = result.summary[sys];
      expect(ref.pages).toBe(ids.length);
      expect(round(s.f1, 4)).toBe(ref.f1);
      expect(round(s.precision, 4)).toBe(ref.precision);
      expect(round(s.recall, 4)).toBe(ref.recall);
    });
    it(`${sys}: title, author and date accuracy as meta.py`, () => {
      const ref = py('meta.py', join(dir, 'meta.json'), join(dir, `pred-${sys}.json`)) as { title: number; author: number; date: number; n: Record<string, number> };
      const s = result.summary[sys];
      for (const k of ['title', 'author', 'date'] as const) {
        expect(s.metaN[k]).toBe(ref.n[k]);
        expect(s[k] === null ? null : round(s[k]!, 3)).toBe(ref[k]);
      }
    });
  }

  it('per-page scores agree too, on text that stresses the tokenizer', () => {
    // Combining marks split words in Python's \w; digits of other scripts are \d; U+FEFF is no space.
    const texts = [
      ['Café naïve façade — déjà vu', 'cafe\u0301 naïve facade deja vu'],
      ['Ünïcödé ٣٤٥ words_with_underscores İstanbul ΣΊΣΥΦΟΣ', 'unicode 345 words with underscores istanbul σίσυφος'],
      ['日本語のテキスト 中文 한국어', '日本語 テキスト 中文'],
      ['zero\u200bwidth\ufeffjoin', 'zero width join'],
      ['', ''],
      ['some truth', ''],
    ];
    const truth = Object.fromEntries(texts.map(([t], i) => [String(i), t]));
    const pred = Object.fromEntries(texts.map(([, p], i) => [String(i), p]));
    writeFileSync(join(dir, 't2.json'), JSON.stringify(truth));
    writeFileSync(join(dir, 'p2.json'), JSON.stringify(pred));
    const ref = py('score.py', 'bag', join(dir, 't2.json'), join(dir, 'p2.json'));
    const rows = texts.map(([t, p]) => bagPage(t, p));
    expect(round(mean(rows.map((r) => r.f1)), 4)).toBe(ref.f1);
    expect(round(mean(rows.map((r) => r.precision)), 4)).toBe(ref.precision);
    expect(round(mean(rows.map((r) => r.recall)), 4)).toBe(ref.recall);
  });

  it('metadata folding as meta.py: quotes, dashes, NFKC, name words, calendar day', () => {
    const cases = [
      { t: { title: '“Hamas’ Cooperation” — ISIS', author: 'By Steven Emerson and Jane Roe', date: '2017-02-09' }, p: { title: '"hamas\' cooperation" - isis', byline: 'Jane Roe, Steven Emerson', published: '2017-02-09T23:30:00-05:00' } },
      { t: { title: 'Ｆｕｌｌｗｉｄｔｈ ﬁne', author: 'Dr. Anne-Marie O’Neil', date: '2020-01-02' }, p: { title: 'fullwidth fine', byline: 'anne marie o neil dr', published: '2020-01-03' } },
      { t: { title: 'x', author: 'Staff', date: '2020-01-02' }, p: { title: ' x ', byline: '123', published: null } },
    ];
    const meta = Object.fromEntries(cases.map((c, i) => [String(i), c.t]));
    const pred = Object.fromEntries(cases.map((c, i) => [String(i), c.p]));
    writeFileSync(join(dir, 'm3.json'), JSON.stringify(meta));
    writeFileSync(join(dir, 'p3.json'), JSON.stringify(pred));
    const ref = py('meta.py', join(dir, 'm3.json'), join(dir, 'p3.json')) as Record<string, number>;
    const js = cases.map((c) => judgeMeta(c.t, c.p));
    for (const k of ['title', 'author', 'date'] as const) expect(round(js.filter((j) => j[k]).length / js.length, 3)).toBe(ref[k]);
    expect(fold(' “A — B” ')).toBe('a - b');
    expect(nameWords('By Jane Roe and John Doe')).toEqual(['doe', 'jane', 'john', 'roe']);
  });
});
