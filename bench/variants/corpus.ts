import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { halfOf, loadCorpus, readPage, truthText, type Half } from '../run';
import { bagPage } from '../scoring';
import { makeVariants } from './index';
import { shortHash } from './transform';
import { checkVariant, extractTimed } from './check';
import { runExplain } from './explain-corpus';

/**
 * The corpus figure of item 5: wcxb-dev pages and their variants, each scored against the page's
 * reference (word-bag F1, as the benchmark). A variant holds when its F1 is within `TOLERANCE` of
 * its page's: the pipeline found the same article in markup it was not written for.
 */

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const TOLERANCE = 0.01;
const DEFAULT_PAGES = 200;

export interface CorpusArgs {
  dir: string;
  limit?: number;
  half?: Half;
  jobs: number;
  seed: number;
  out: string;
  /** Each extraction's time budget: a variant that runs out is reported as timed out, apart. */
  timeLimitMs: number;
  /** Only write the report from the rows the shards have written so far (an interrupted run). */
  reportOnly?: boolean;
  shard?: { index: number; of: number; file: string };
  /** Explain the failing variants of the run in `out` instead (explain-corpus.ts). */
  explain?: boolean;
}

export interface VariantRow {
  id: string;
  name: string;
  kind: string;
  base: number;
  f1: number;
  sameText: boolean;
  leaked: number;
  boxes: number;
  /** The variant ran out of its time budget (its F1 is not a result). */
  timedOut?: boolean;
}

/** The pages to run: `limit` of them (200 by default), spread evenly over the corpus (or one half). */
export function pickPages(ids: string[], limit = DEFAULT_PAGES, half?: Half): string[] {
  const pool = half ? ids.filter((id, i) => halfOf(id, i) === half) : ids;
  if (pool.length <= limit) return pool;
  return Array.from({ length: limit }, (_, i) => pool[Math.floor((i * pool.length) / limit)]);
}

/** Each page's own seed, from its id alone, so its variants do not depend on which other pages run or in which shard. */
export const pageSeed = (seed: number, id: string): number => seed + (Number(id.replace(/\D/g, '')) || parseInt(shortHash(id), 36));

/** Yield to the event loop: see runShard. */
export const breathe = (): Promise<void> => new Promise<void>((resume) => setImmediate(resume));

/**
 * One shard's pages; each page's rows are appended to `file` (JSON lines) as soon as they are
 * known, so an interrupted run still has a report (`--report-only`). The loop yields to the event
 * loop after each page: jsdom keeps live collections and ranges through WeakRefs, and a WeakRef's
 * target read during a synchronous job stays alive until that job ends, so one job over every page
 * kept every closed window's DOM (a shard ran out of its 4 GB heap after about 20 pages).
 */
async function runShard(a: CorpusArgs, file: string): Promise<void> {
  const corpus = loadCorpus(a.dir);
  const ids = pickPages(corpus.ids, a.limit, a.half).filter((_, i) => !a.shard || i % a.shard.of === a.shard.index);
  writeFileSync(file, '');
  for (const [n, id] of ids.entries()) {
    await breathe();
    const url = corpus.meta[id]?.url;
    const truth = truthText(corpus.truth[id]);
    const html = readPage(corpus, id);
    const page = extractTimed(html, url, a.timeLimitMs);
    // A page that is too slow to extract within the limit has no figure to compare with.
    if (page.timedOut) continue;
    const base = bagPage(truth, page.article?.text ?? '').f1;
    const { variants } = makeVariants(html, { url, seed: pageSeed(a.seed, id), labels: 'one' });
    const rows: VariantRow[] = [];
    for (const v of variants) {
      const got = extractTimed(v.html, url, a.timeLimitMs);
      const c = checkVariant(page.article, v, got.article);
      rows.push({ id, name: v.name, kind: v.kind, base, f1: bagPage(truth, got.article?.text ?? '').f1, sameText: c.sameText, leaked: c.leaked.length, boxes: v.boxes.length, ...(got.timedOut ? { timedOut: true } : {}) });
    }
    appendFileSync(file, rows.map((r) => JSON.stringify(r) + '\n').join(''));
    if ((n + 1) % 20 === 0) process.stderr.write(`variants shard ${a.shard?.index ?? 0}: ${n + 1}/${ids.length}\n`);
  }
}

const shardFile = (out: string, i: number, prefix: string): string => join(out, `${prefix}-shard-${i}.jsonl`);

export function readRows<Row = VariantRow>(out: string, prefix = 'variants'): Row[] {
  if (!existsSync(out)) return [];
  return readdirSync(out).filter((f) => f.startsWith(`${prefix}-shard-`) && /-shard-\d+\.jsonl$/.test(f))
    .flatMap((f) => readFileSync(join(out, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row));
}

/** The run's shards, in `a.jobs` processes (each this CLI with `--shard`), or in this one; their rows. */
export async function runJobs<Row = VariantRow>(a: CorpusArgs, argv: string[], prefix = 'variants', work: (a: CorpusArgs, file: string) => Promise<void> = runShard): Promise<Row[]> {
  mkdirSync(a.out, { recursive: true });
  for (const f of readdirSync(a.out)) if (f.startsWith(`${prefix}-shard-`) && /-shard-\d+\.jsonl$/.test(f)) rmSync(join(a.out, f));
  if (a.jobs <= 1) {
    await work(a, shardFile(a.out, 0, prefix));
    return readRows<Row>(a.out, prefix);
  }
  const pass = argv.filter((_, i) => !['--jobs', '--out'].includes(argv[i]) && !['--jobs', '--out'].includes(argv[i - 1]));
  await Promise.all(Array.from({ length: a.jobs }, (_, i) => new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/run-ts.mjs'), join(ROOT, 'bench/variants/cli.ts'), ...pass, '--out', a.out, '--shard', `${i}/${a.jobs}:${shardFile(a.out, i, prefix)}`], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`variants shard ${i} exited with ${code}`))));
  })));
  return readRows<Row>(a.out, prefix);
}

export const within = (r: VariantRow): boolean => Math.abs(r.f1 - r.base) <= TOLERANCE;
const f4 = (x: number): string => (x >= 0 ? '+' : '') + x.toFixed(4);
const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) + '%' : '–');

export function variantsReport(all: VariantRow[], command: string): string {
  const rows = all.filter((r) => !r.timedOut);
  const slow = all.length - rows.length;
  const pages = new Set(rows.map((r) => r.id)).size;
  const kinds = [...new Set(rows.map((r) => r.kind))];
  const byKind = kinds.map((k) => {
    const rs = rows.filter((r) => r.kind === k);
    const d = rs.map((r) => r.f1 - r.base);
    return { k, n: rs.length, ok: rs.filter(within).length, same: rs.filter((r) => r.sameText).length, mean: d.reduce((s, x) => s + x, 0) / Math.max(1, d.length), worst: Math.min(0, ...d) };
  }).sort((a, b) => a.ok / a.n - b.ok / b.n);
  const worst = [...rows].sort((a, b) => a.f1 - a.base - (b.f1 - b.base)).slice(0, 12);
  return [
    `# Variants of wcxb-dev pages`,
    ``,
    `Command: \`${command}\`. ${pages} pages, ${rows.length} variants. A variant holds when its word-bag F1 against the`,
    `page's reference is within ${TOLERANCE} of the page's own F1. Timed out (over the per-extraction limit, left out): ${slow}.`,
    ``,
    `**Within ${TOLERANCE}: ${pct(rows.filter(within).length, rows.length)}** (${rows.filter(within).length} of ${rows.length}); identical text: ${pct(rows.filter((r) => r.sameText).length, rows.length)}.`,
    ``,
    `| kind of variant | variants | within ${TOLERANCE} | identical text | mean ΔF1 | worst ΔF1 |`,
    `|---|---|---|---|---|---|`,
    ...byKind.map((b) => `| ${b.k} | ${b.n} | ${pct(b.ok, b.n)} | ${pct(b.same, b.n)} | ${f4(b.mean)} | ${f4(b.worst)} |`),
    ``,
    `Worst variants:`,
    ``,
    `| page | variant | page F1 | variant F1 | boxes |`,
    `|---|---|---|---|---|`,
    ...worst.map((r) => `| ${r.id} | ${r.name} | ${r.base.toFixed(4)} | ${r.f1.toFixed(4)} | ${r.boxes} |`),
    ``,
  ].join('\n');
}

export async function runCorpus(a: CorpusArgs, argv: string[]): Promise<number> {
  if (a.explain) return runExplain(a, argv);
  if (a.shard) {
    await runShard(a, a.shard.file);
    return 0;
  }
  const rows = a.reportOnly ? readRows(a.out) : await runJobs(a, argv);
  writeRun(a.out, 'variants', rows, (sorted) => variantsReport(sorted, ['npm run variants', '--', ...argv].join(' ')));
  return 0;
}

/** A run's rows, by page and variant, to `NAME.json` in `out`, and their report to `NAME.md` and the console. */
export function writeRun<Row extends { id: string; name: string }>(out: string, name: string, rows: Row[], report: (sorted: Row[]) => string): void {
  rows.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : x.name < y.name ? -1 : 1));
  const md = report(rows);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `${name}.md`), md);
  writeFileSync(join(out, `${name}.json`), JSON.stringify(rows));
  console.log(md);
  console.log(`Wrote ${join(out, `${name}.md`)} and ${name}.json.`);
}
