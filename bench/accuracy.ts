import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, runBench, truthText, SYSTEMS, type BenchResult, type SystemSummary } from './run';

/**
 * `npm run bench -- [--corpus DIR] [--limit N] [--ids a,b] [--out DIR]`
 *
 * Our pipeline against Readability 0.6 alone on a wcxb-dev-format corpus. Writes `bench.md`,
 * `bench.json` and, per system, `pred-SYSTEM.json` (text and metadata by page id) so that
 * `../shared/tools/score.py bag` and `../shared/tools/meta.py` can re-score the same output.
 */

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const USAGE = 'usage: npm run bench -- [--corpus DIR] [--limit N] [--ids ID,ID...] [--out DIR]';

interface Args {
  corpus: string;
  limit?: number;
  ids?: string[];
  out: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { corpus: resolve(ROOT, '../shared/corpus/wcxb-dev'), out: resolve(ROOT, 'reports') };
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
    } else if (k === '--ids') a.ids = need().split(',').map((s) => s.trim()).filter(Boolean);
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
    `Median time ratio, Tidy Reader / Readability: **${r.speedRatio.toFixed(2)}×** (HTML parsing excluded;`,
    `both on the same parsed document, Readability as \`new Readability(doc.cloneNode(true)).parse()\`,`,
    `its text rendered block-aware by our \`renderText\` outside the timing).`,
    ``,
    `F1/precision/recall as \`score.py bag\`; metadata as \`meta.py\` over pages whose truth has a value;`,
    `a snippet is found when its lowercased, space-folded text occurs in the extracted text.`,
    ``,
  ].join('\n');
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(join(args.corpus, 'truth.json'))) {
    console.error(`bench: no corpus at ${args.corpus} (expected html/, truth.json, meta.json); pass --corpus DIR. Nothing to do.`);
    process.exit(0);
  }
  const corpus = loadCorpus(args.corpus);
  const tty = process.stderr.isTTY;
  const result = runBench(corpus, {
    ids: args.ids,
    limit: args.limit,
    onPage: (done, total) => {
      if (tty) process.stderr.write(`\r${done}/${total}`);
      else if (done % 100 === 0 || done === total) process.stderr.write(`${done}/${total}\n`);
    },
  });
  if (tty) process.stderr.write('\n');
  if (!result.pages) usage('no pages matched --ids/--limit');

  mkdirSync(args.out, { recursive: true });
  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  const report = markdownReport(result, command);
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

main();
