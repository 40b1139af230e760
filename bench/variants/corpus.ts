import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { halfOf, loadCorpus, readPage, truthText, type Half } from '../run';
import { bagPage } from '../scoring';
import { makeVariants } from './index';
import { checkVariant, extractHtml } from './check';

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
  shard?: { index: number; of: number; file: string };
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
}

/** The pages to run: `limit` of them (200 by default), spread evenly over the corpus (or one half). */
export function pickPages(ids: string[], limit = DEFAULT_PAGES, half?: Half): string[] {
  const pool = half ? ids.filter((id, i) => halfOf(id, i) === half) : ids;
  if (pool.length <= limit) return pool;
  return Array.from({ length: limit }, (_, i) => pool[Math.floor((i * pool.length) / limit)]);
}

function runShard(a: CorpusArgs): VariantRow[] {
  const corpus = loadCorpus(a.dir);
  const ids = pickPages(corpus.ids, a.limit, a.half).filter((_, i) => !a.shard || i % a.shard.of === a.shard.index);
  const rows: VariantRow[] = [];
  ids.forEach((id, n) => {
    const url = corpus.meta[id]?.url;
    const truth = truthText(corpus.truth[id]);
    const html = readPage(corpus, id);
    const page = extractHtml(html, url);
    const base = bagPage(truth, page?.text ?? '').f1;
    const { variants } = makeVariants(html, { url, seed: a.seed + Number(id.replace(/\D/g, '') || n), labels: 'one' });
    for (const v of variants) {
      const got = extractHtml(v.html, url);
      const c = checkVariant(page, v, got);
      rows.push({ id, name: v.name, kind: v.kind, base, f1: bagPage(truth, got?.text ?? '').f1, sameText: c.sameText, leaked: c.leaked.length, boxes: v.boxes.length });
    }
    if ((n + 1) % 20 === 0) process.stderr.write(`variants shard ${a.shard?.index ?? 0}: ${n + 1}/${ids.length}\n`);
  });
  return rows;
}

async function runJobs(a: CorpusArgs, argv: string[]): Promise<VariantRow[]> {
  if (a.jobs <= 1) return runShard(a);
  const dir = mkdtempSync(join(tmpdir(), 'tidy-variants-'));
  try {
    const pass = argv.filter((_, i) => !['--jobs', '--out'].includes(argv[i]) && !['--jobs', '--out'].includes(argv[i - 1]));
    const files = Array.from({ length: a.jobs }, (_, i) => join(dir, `shard-${i}.json`));
    await Promise.all(files.map((file, i) => new Promise<void>((done, fail) => {
      const child = spawn(process.execPath, [join(ROOT, 'bin/run-ts.mjs'), join(ROOT, 'bench/variants/cli.ts'), ...pass, '--shard', `${i}/${a.jobs}:${file}`], { stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('error', fail);
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`variants shard ${i} exited with ${code}`))));
    })));
    return files.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as VariantRow[]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const within = (r: VariantRow): boolean => Math.abs(r.f1 - r.base) <= TOLERANCE;
const f4 = (x: number): string => (x >= 0 ? '+' : '') + x.toFixed(4);
const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) + '%' : '–');

export function variantsReport(rows: VariantRow[], command: string): string {
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
    `page's reference is within ${TOLERANCE} of the page's own F1.`,
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
  if (a.shard) {
    writeFileSync(a.shard.file, JSON.stringify(runShard(a)));
    return 0;
  }
  const rows = await runJobs(a, argv);
  rows.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : x.name < y.name ? -1 : 1));
  const report = variantsReport(rows, ['npm run variants', '--', ...argv].join(' '));
  mkdirSync(a.out, { recursive: true });
  writeFileSync(join(a.out, 'variants.md'), report);
  writeFileSync(join(a.out, 'variants.json'), JSON.stringify(rows));
  console.log(report);
  console.log(`Wrote ${join(a.out, 'variants.md')} and variants.json.`);
  return 0;
}
