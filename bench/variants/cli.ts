import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { makeVariants, type PageSpec } from './index';
import { checkVariant, extractHtml, passes } from './check';
import { runCorpus, type CorpusArgs } from './corpus';

/**
 * `npm run variants -- [--out DIR] [--url URL] [--spec FILE] [--labels all|one] [--seed N] PAGE...`
 *   Each page's variants (see ./index.ts), each extracted and compared with the page: same text,
 *   no box text, same kinds of removal. `--out` writes every variant as `NAME.VARIANT.html`. A page
 *   with `variants.json` beside it (the seed fixtures) takes its boxes from there.
 * `npm run variants -- --corpus [DIR] [--limit N] [--half even|odd] [--jobs N] [--time-limit MS] [--out DIR]`
 *   wcxb-dev (default `../shared/corpus/wcxb-dev`): each page's F1 against its reference, and each
 *   variant's; the share of variants within 0.01 of their page, and the worst kinds of variant.
 *   Each extraction gets `--time-limit` ms (20000): one that runs out is left out of the share and
 *   counted apart, so a slow page on a busy machine cannot stall or skew the run. Rows are written
 *   page by page to `variants-shard-N.jsonl` in `--out`; `--report-only` reports what is there.
 * `npm run variants -- --corpus --explain --out DIR [--jobs N]`
 *   For each variant of the run in DIR that moved and is one transform of the markup (hashed, tags,
 *   wrapped, unnamed): the fewest of its changes that still move it, counted by kind of change, in
 *   DIR/explain.md (see explain-corpus.ts).
 */

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const USAGE = `usage: npm run variants -- [--out DIR] [--url URL] [--spec FILE] [--labels all|one] [--seed N] PAGE...
       npm run variants -- --corpus [DIR] [--limit N] [--half even|odd] [--jobs N] [--seed N] [--time-limit MS] [--out DIR] [--report-only]
       npm run variants -- --corpus [DIR] --explain --out RUN_DIR [--jobs N]`;

function usage(msg: string): never {
  console.error(`variants: ${msg}\n${USAGE}`);
  process.exit(2);
}

interface PageArgs {
  pages: string[];
  out?: string;
  url?: string;
  spec?: string;
  labels: 'all' | 'one';
  seed: number;
}

function parse(argv: string[]): { corpus: CorpusArgs } | { pages: PageArgs } {
  const p: PageArgs = { pages: [], labels: 'all', seed: 1 };
  const c: CorpusArgs = { dir: resolve(ROOT, '../shared/corpus/wcxb-dev'), jobs: 1, seed: 1, out: resolve(ROOT, 'reports'), timeLimitMs: 20_000 };
  let corpus = false;
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const need = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) usage(`${k} needs a value`);
      return v;
    };
    const whole = (v: string): number => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) usage(`${k} needs a whole number`);
      return n;
    };
    if (k === '--corpus') {
      corpus = true;
      if (argv[i + 1] && !argv[i + 1].startsWith('--')) c.dir = resolve(argv[++i]);
    } else if (k === '--out') p.out = c.out = resolve(need());
    else if (k === '--url') p.url = need();
    else if (k === '--spec') p.spec = resolve(need());
    else if (k === '--labels') {
      const v = need();
      if (v !== 'all' && v !== 'one') usage('--labels is all or one');
      p.labels = v;
    } else if (k === '--seed') p.seed = c.seed = whole(need());
    else if (k === '--limit') c.limit = whole(need());
    else if (k === '--time-limit') c.timeLimitMs = Math.max(1, whole(need()));
    else if (k === '--report-only') c.reportOnly = true;
    else if (k === '--explain') c.explain = true;
    else if (k === '--jobs') c.jobs = Math.max(1, whole(need()));
    else if (k === '--half') {
      const v = need();
      if (v !== 'even' && v !== 'odd') usage('--half is even or odd');
      c.half = v;
    } else if (k === '--shard') {
      const m = need().match(/^(\d+)\/(\d+):(.+)$/);
      if (!m) usage('--shard is internal: INDEX/OF:FILE');
      c.shard = { index: Number(m[1]), of: Number(m[2]), file: m[3] };
    } else if (k === '--help' || k === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (k.startsWith('--')) usage(`unknown argument ${k}`);
    else p.pages.push(resolve(k));
  }
  if (corpus) return { corpus: c };
  if (!p.pages.length) usage('no PAGE given');
  return { pages: p };
}

function readHtml(file: string): string {
  const buf = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

/** A fixture's spec and address: `variants.json` and `expected.json` beside its page, when there. */
function fixtureSpec(file: string): { spec?: PageSpec; url?: string } {
  const dir = dirname(file);
  const spec = existsSync(join(dir, 'variants.json')) ? (JSON.parse(readFileSync(join(dir, 'variants.json'), 'utf8')) as PageSpec) : undefined;
  const url = existsSync(join(dir, 'expected.json')) ? (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url?: string }).url : undefined;
  return { spec, url };
}

function runPages(a: PageArgs): number {
  let failing = 0;
  for (const file of a.pages) {
    if (!existsSync(file)) {
      console.error(`variants: ${file}: no such file`);
      failing++;
      continue;
    }
    const html = readHtml(file);
    const own = fixtureSpec(file);
    const spec = a.spec ? (JSON.parse(readFileSync(a.spec, 'utf8')) as PageSpec) : own.spec;
    const url = a.url ?? own.url;
    const page = extractHtml(html, url);
    const { boxes, variants } = makeVariants(html, { url, spec, seed: a.seed, labels: a.labels });
    console.log(`\n${file}: ${page ? `${page.text.split(/\n\s*\n/).length} paragraphs` : 'no article'}; boxes: ${boxes.map((b) => `${b.kind} ("${b.label.slice(0, 30)}")`).join(', ') || 'none found'}`);
    const name = basename(file).replace(/\.html?(\.gz)?$/, '');
    if (a.out) mkdirSync(a.out, { recursive: true });
    let ok = 0;
    for (const v of variants) {
      if (a.out) writeFileSync(join(a.out, `${name}.${v.name}.html`), v.html);
      const c = checkVariant(page, v, extractHtml(v.html, url));
      if (passes(c)) {
        ok++;
        continue;
      }
      const why = [
        c.failed ? 'no article' : '',
        c.lost.length ? `lost ${c.lost.length} paragraph(s): "${c.lost[0].slice(0, 60)}"` : '',
        c.added.length ? `added ${c.added.length}: "${c.added[0].slice(0, 60)}"` : '',
        c.leaked.length ? `leaked "${c.leaked.slice(0, 3).join('", "')}"` : '',
        c.missingKinds.length ? `no ${c.missingKinds.join(', ')} removal` : '',
        c.extraKinds.length ? `extra ${c.extraKinds.join(', ')} removal` : '',
      ].filter(Boolean);
      console.log(`  ✗ ${v.name}: ${why.join('; ')}`);
    }
    console.log(`  ${ok} of ${variants.length} variants give the same article${a.out ? ` (written to ${a.out})` : ''}`);
    if (ok < variants.length) failing++;
  }
  return failing ? 1 : 0;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const parsed = parse(argv);
  if ('corpus' in parsed) process.exit(await runCorpus(parsed.corpus, argv));
  process.exit(runPages(parsed.pages));
}

main().catch((e) => {
  console.error(`variants: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
