import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HALVES, loadCorpus, type Corpus, mergeResults, runBench, truthText, SYSTEMS, type BenchResult, type Half, type SystemSummary } from './run';

/**
 * `npm run bench -- [--corpus DIR] [--limit N] [--ids a,b] [--half even|odd] [--out DIR]`
 *
 * Our pipeline against Readability 0.6 alone on a wcxb-dev-format corpus. Writes `bench.md`,
 * `bench.json` and, per system, `pred-SYSTEM.json` (text and metadata by page id) so that
 * `../shared/tools/score.py bag` and `../shared/tools/meta.py` can re-score the same output. The
 * report gives each half of the corpus too (even- and odd-numbered pages): a new rule is screened on
 * the even half and its effect on the odd half, which it was not tuned on, is what counts.
 */

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const USAGE = 'usage: npm run bench -- [--corpus DIR] [--limit N] [--ids ID,ID...] [--half even|odd] [--out DIR] [--jobs N] [--ours-only]';

interface Args {
  corpus: string;
  limit?: number;
  ids?: string[];
  half?: Half;
  oursOnly?: boolean;
  out: string;
  /** Worker processes, each timing its own pages (both systems in the same process, as always). */
  jobs: number;
  /** Internal: run shard `index` of `of` and write the raw result to `file`. */
  shard?: { index: number; of: number; file: string };
}

function parseArgs(argv: string[]): Args {
  const a: Args = { corpus: resolve(ROOT, '../shared/corpus/wcxb-dev'), out: resolve(ROOT, 'reports'), jobs: 1 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = argv[i + 1];
    const need = (): string => {
      if (v === undefined || v.startsWith('--')) usage(`${k} needs a value`);
      i++;
      return v;
    };
    if (k === '--corpus') a.corpus = resolve(need());
    else if (k === '--out') a.out = resolve(need());
    else if (k === '--limit') {
      const n = Number(need());
      if (!Number.isInteger(n) || n < 1) usage('--limit needs a positive whole number');
      a.limit = n;
    } else if (k === '--jobs') {
      const n = Number(need());
      if (!Number.isInteger(n) || n < 1 || n > 16) usage('--jobs needs a whole number from 1 to 16');
      a.jobs = n;
    } else if (k === '--shard') {
      const m = need().match(/^(\d+)\/(\d+):(.+)$/);
      if (!m) usage('--shard is internal: INDEX/OF:FILE');
      a.shard = { index: Number(m[1]), of: Number(m[2]), file: m[3] };
    } else if (k === '--half') {
      const h = need();
      if (!(HALVES as readonly string[]).includes(h)) usage('--half is even or odd');
      a.half = h as Half;
    } else if (k === '--ours-only') a.oursOnly = true;
    else if (k === '--ids') a.ids = need().split(',').map((s) => s.trim()).filter(Boolean);
    else if (k === '--help' || k === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else usage(`unknown argument ${k}`);
  }
  return a;
}

function usage(msg: string): never {
  console.error(`bench: ${msg}\n${USAGE}`);
  process.exit(2);
}

const pct = (x: number | null): string => (x === null ? '–' : (x * 100).toFixed(1) + '%');
const f4 = (x: number): string => x.toFixed(4);
const ms = (x: number): string => x.toFixed(1) + ' ms';

export function markdownReport(r: BenchResult, command: string): string {
  const o = r.summary.ours;
  const b = r.summary.readability;
  const row = (name: string, f: (s: SystemSummary) => string): string => `| ${name} | ${f(o)} | ${f(b)} |`;
  return [
    `# Accuracy benchmark`,
    ``,
    `Corpus: \`${r.corpus}\`, ${r.pages} pages. Command: \`${command}\``,
    ``,
    `| | Tidy Reader | Readability 0.6 alone |`,
    `|---|---|---|`,
    row('Word-bag F1', (s) => f4(s.f1)),
    row('Precision', (s) => f4(s.precision)),
    row('Recall', (s) => f4(s.recall)),
    row('`with` snippets found', (s) => f4(s.withFound)),
    row('`without` snippets leaked', (s) => f4(s.withoutLeaked)),
    row(`Title correct (n=${o.metaN.title})`, (s) => pct(s.title)),
    row(`Author correct (n=${o.metaN.author})`, (s) => pct(s.author)),
    row(`Date correct (n=${o.metaN.date})`, (s) => pct(s.date)),
    row('Extraction time, median', (s) => ms(s.msMedian)),
    row('Extraction time, p95', (s) => ms(s.msP95)),
    row('Pages with no article', (s) => String(s.failures)),
    ``,
    ...halvesTable(r),
    `Median time ratio, Tidy Reader / Readability: **${r.speedRatio.toFixed(2)}×** (HTML parsing excluded;`,
    `both on the same parsed document, Readability as \`new Readability(doc.cloneNode(true)).parse()\`,`,
    `its text rendered block-aware by our \`renderText\` outside the timing).`,
    ``,
    `F1/precision/recall as \`score.py bag\`; metadata as \`meta.py\` over pages whose truth has a value;`,
    `a snippet is found when its lowercased, space-folded text occurs in the extracted text.`,
    ``,
  ].join('\n');
}

/**
 * Each half of the pages (even- and odd-numbered), both systems: a rule screened on the even half
 * shows its effect on pages it was not tuned on in the odd column.
 */
function halvesTable(r: BenchResult): string[] {
  const cols = HALVES.flatMap((h) => SYSTEMS.map((sys) => ({ h, s: r.halves[h][sys], name: `${sys === 'ours' ? 'Tidy Reader' : 'Readability'}, ${h} (${r.halves[h][sys].pages})` })));
  if (!cols.some((c) => c.s.pages)) return [];
  const row = (name: string, f: (s: SystemSummary) => string): string => `| ${name} | ${cols.map((c) => (c.s.pages ? f(c.s) : '–')).join(' | ')} |`;
  return [
    `By half (pages with an even / odd number; rules are screened on the even half):`,
    ``,
    `| | ${cols.map((c) => c.name).join(' | ')} |`,
    `|---|${cols.map(() => '---').join('|')}|`,
    row('Word-bag F1', (s) => f4(s.f1)),
    row('`with` snippets found', (s) => f4(s.withFound)),
    row('`without` snippets leaked', (s) => f4(s.withoutLeaked)),
    row('Title correct', (s) => pct(s.title)),
    ``,
  ];
}

/**
 * Pages per process at most: jsdom's memory is not all returned page after page, and one process
 * over the whole corpus outgrew Node's default heap. Shards run `--jobs` at a time.
 */
const PAGES_PER_PROCESS = 150;

/** Run the shards in child processes and merge what they write. */
async function runJobs(args: Args, argv: string[], pages: number, corpus: Corpus): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'tidy-bench-'));
  try {
    const shards = Math.max(args.jobs, Math.ceil(pages / PAGES_PER_PROCESS));
    const files = Array.from({ length: shards }, (_, i) => join(dir, `shard-${i}.json`));
    const pass = argv.filter((_, i) => !['--jobs', '--out'].includes(argv[i]) && !['--jobs', '--out'].includes(argv[i - 1]));
    const runShard = (i: number): Promise<void> => new Promise<void>((done, fail) => {
      const child = spawn(process.execPath, [join(ROOT, 'bin/run-ts.mjs'), join(ROOT, 'bench/accuracy.ts'), ...pass, '--shard', `${i}/${shards}:${files[i]}`], { stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('error', fail);
      child.on('exit', (code, signal) => (code === 0 ? done() : fail(new Error(`bench shard ${i} ${signal ? `was killed (${signal})` : `exited with ${code}`}`))));
    });
    let next = 0;
    const errors: unknown[] = [];
    // `jobs` workers take shards in turn; every one finishes before the temporary folder goes.
    await Promise.all(Array.from({ length: Math.min(args.jobs, shards) }, async () => {
      while (next < shards) {
        const i = next++;
        await runShard(i).catch((e) => errors.push(e));
      }
    }));
    if (errors.length) throw errors[0];
    return mergeResults(files.map((f) => JSON.parse(readFileSync(f, 'utf8'))), corpus.ids);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = parseArgs(argv);
  if (!existsSync(join(args.corpus, 'truth.json'))) {
    console.error(`bench: no corpus at ${args.corpus} (expected html/, truth.json, meta.json); pass --corpus DIR. Nothing to do.`);
    process.exit(0);
  }
  const corpus = loadCorpus(args.corpus);
  if (args.shard) {
    const r = runBench(corpus, {
      ids: args.ids,
      half: args.half,
      limit: args.limit,
      oursOnly: args.oursOnly,
      shard: args.shard,
      onPage: (done, total) => {
        if (done % 50 === 0 || done === total) process.stderr.write(`shard ${args.shard!.index}: ${done}/${total}\n`);
      },
    });
    writeFileSync(args.shard.file, JSON.stringify({ corpus: r.corpus, preds: r.preds, rows: r.rows }));
    return;
  }
  const tty = process.stderr.isTTY;
  let pages = args.ids ? corpus.ids.filter((id) => args.ids!.includes(id)).length : corpus.ids.length;
  if (args.half) pages = Math.ceil(pages / 2);
  if (args.limit !== undefined) pages = Math.min(pages, args.limit);
  const result = args.jobs > 1 || pages > PAGES_PER_PROCESS ? await runJobs(args, argv, pages, corpus) : runBench(corpus, {
    ids: args.ids,
    half: args.half,
    limit: args.limit,
    oursOnly: args.oursOnly,
    onPage: (done, total) => {
      if (tty) process.stderr.write(`\r${done}/${total}`);
      else if (done % 100 === 0 || done === total) process.stderr.write(`${done}/${total}\n`);
    },
  });
  if (tty && args.jobs === 1) process.stderr.write('\n');
  if (!result.pages) usage('no pages matched --ids/--limit');

  mkdirSync(args.out, { recursive: true });
  const command = ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' ');
  const report = markdownReport(result, command.length > 300 ? command.slice(0, 297) + '...' : command);
  writeFileSync(join(args.out, 'bench.md'), report);
  const { preds, ...rest } = result;
  writeFileSync(join(args.out, 'bench.json'), JSON.stringify(rest, null, 1));
  for (const sys of SYSTEMS) writeFileSync(join(args.out, `pred-${sys}.json`), JSON.stringify(preds[sys]));
  // The scorers read the whole truth file; for a subset, write the matching slice beside the preds.
  const ids = Object.keys(preds.ours);
  writeFileSync(join(args.out, 'truth-run.json'), JSON.stringify(Object.fromEntries(ids.map((id) => [id, truthText(corpus.truth[id])]))));
  writeFileSync(join(args.out, 'meta-run.json'), JSON.stringify(Object.fromEntries(ids.map((id) => [id, corpus.meta[id] ?? {}]))));
  console.log(report);
  console.log(`Wrote ${join(args.out, 'bench.md')}, bench.json and pred-{ours,readability}.json. Re-score with:`);
  console.log(`  python3 ../shared/tools/score.py bag ${join(args.out, 'truth-run.json')} ${join(args.out, 'pred-ours.json')}`);
  console.log(`  python3 ../shared/tools/meta.py ${join(args.out, 'meta-run.json')} ${join(args.out, 'pred-ours.json')}`);
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
