import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { documentFromHtml } from '../node/document';
import { extract, extractDraft, finishDraft, type ExtractOptions, type ExtractResult } from '../src/index';

/**
 * `npm run snapshot -- --out FILE [--compare BASE] [--jobs N] [--limit N] [--draft]`
 *
 * Every extraction result (the whole JSON, timings aside) of wcxb-dev's pages and Readability's test
 * pages as JSON Lines sorted by page, for changes that must not change output (moving code, making
 * it faster): take a snapshot before, one after, and `--compare` names each page that differs and
 * the fields that do. The time budget is lifted so a loaded machine cannot turn a page into a
 * timeout. Corpora: `--wcxb DIR`, `--readability DIR` (default `../shared/corpus/…`; absent ones
 * are skipped with a message). `--draft` takes the extension's path instead: `extractDraft` in the
 * page, the draft through JSON (as a message), `finishDraft` in another window (the popup's), which
 * must give what `extract` gives.
 */

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const READABILITY_URL = 'http://fakehost/test/page.html';

interface Args {
  out?: string;
  compare?: string;
  jobs: number;
  limit?: number;
  wcxb: string;
  readability: string;
  shard?: { index: number; of: number };
  draft: boolean;
}

function usage(msg: string): never {
  console.error(`${msg}\nusage: npm run snapshot -- --out FILE [--compare BASE.jsonl] [--jobs N] [--limit N] [--wcxb DIR] [--readability DIR]`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const a: Args = { jobs: 1, wcxb: resolve(ROOT, '../shared/corpus/wcxb-dev'), readability: resolve(ROOT, '../shared/corpus/readability'), draft: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const need = (): string => {
      const v = argv[++i];
      if (v === undefined) usage(`${k} needs a value`);
      return v;
    };
    const whole = (v: string): number => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) usage(`${k} needs a positive whole number`);
      return n;
    };
    if (k === '--out') a.out = resolve(need());
    else if (k === '--compare') a.compare = resolve(need());
    else if (k === '--jobs') a.jobs = whole(need());
    else if (k === '--limit') a.limit = whole(need());
    else if (k === '--wcxb') a.wcxb = resolve(need());
    else if (k === '--readability') a.readability = resolve(need());
    else if (k === '--draft') a.draft = true;
    else if (k === '--shard') {
      const m = need().match(/^(\d+)\/(\d+)$/);
      if (!m) usage('--shard is internal: INDEX/OF');
      a.shard = { index: Number(m[1]), of: Number(m[2]) };
    } else usage(`unknown argument ${k}`);
  }
  if (!a.out) usage('--out FILE is required');
  return a;
}

interface Job {
  id: string;
  url: string;
  html: () => string;
}

function jobs(a: Args): Job[] {
  const out: Job[] = [];
  if (existsSync(join(a.wcxb, 'meta.json'))) {
    const meta = JSON.parse(readFileSync(join(a.wcxb, 'meta.json'), 'utf8')) as Record<string, { url?: string }>;
    for (const id of Object.keys(meta).sort()) {
      const file = join(a.wcxb, 'html', `${id}.html.gz`);
      if (existsSync(file)) out.push({ id: `wcxb/${id}`, url: meta[id].url ?? '', html: () => gunzipSync(readFileSync(file)).toString('utf8') });
    }
  } else console.error(`snapshot: no wcxb-dev corpus at ${a.wcxb}, skipped`);
  if (existsSync(a.readability)) {
    for (const name of readdirSync(a.readability).sort()) {
      const file = join(a.readability, name, 'source.html');
      if (existsSync(file)) out.push({ id: `readability/${name}`, url: READABILITY_URL, html: () => readFileSync(file, 'utf8') });
    }
  } else console.error(`snapshot: no Readability corpus at ${a.readability}, skipped`);
  return a.limit ? out.slice(0, a.limit) : out;
}

function runShard(a: Args, index: number, of: number): string[] {
  const lines: string[] = [];
  // The popup's window, where --draft finishes each page's draft.
  const shown = a.draft ? documentFromHtml('<!DOCTYPE html><title>popup</title>', 'chrome-extension://tidy/popup.html') : null;
  const run = (doc: Document, options: ExtractOptions): ExtractResult => {
    if (!shown) return extract(doc, options);
    const sent = JSON.parse(JSON.stringify(extractDraft(doc, options))) as ReturnType<typeof extractDraft>;
    return sent.ok ? finishDraft(sent.draft, shown.document) : sent;
  };
  jobs(a).forEach((j, i) => {
    if (i % of !== index) return;
    const d = documentFromHtml(j.html(), j.url);
    try {
      lines.push(JSON.stringify({ id: j.id, ...run(d.document, { url: j.url, timeBudgetMs: 1e9 }) }));
    } finally {
      d.close();
    }
  });
  shown?.close();
  return lines;
}

function child(index: number, of: number, file: string): Promise<void> {
  const argv = process.argv.slice(2).map((v, i, all) => (all[i - 1] === '--out' ? file : v));
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, [join(ROOT, 'bin/run-ts.mjs'), fileURLToPath(import.meta.url), ...argv, '--shard', `${index}/${of}`], { stdio: 'inherit' });
    p.on('error', fail);
    p.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`shard ${index} exited with ${code}`))));
  });
}

function byId(file: string): Map<string, Record<string, unknown>> {
  const m = new Map<string, Record<string, unknown>>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const o = JSON.parse(line) as Record<string, unknown>;
    m.set(String(o.id), o);
  }
  return m;
}

function differingFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const inner = (o: Record<string, unknown>): Record<string, unknown> => (o.ok ? (o.article as Record<string, unknown>) : { error: o.error });
  const x = inner(a);
  const y = inner(b);
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...keys].filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
}

/** `partial`: the new snapshot covers only some pages (--limit), so pages it lacks are not counted. */
function compare(baseFile: string, nowFile: string, partial: boolean): number {
  const base = byId(baseFile);
  const now = byId(nowFile);
  let differ = 0;
  for (const id of new Set([...(partial ? [] : base.keys()), ...now.keys()])) {
    const a = base.get(id);
    const b = now.get(id);
    if (!a || !b) {
      console.log(`${id}: only in ${a ? 'the base' : 'the new snapshot'}`);
      differ++;
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      console.log(`${id}: ${differingFields(a, b).join(', ') || 'ok/error'}`);
      differ++;
    }
  }
  console.log(`${differ} of ${now.size} pages differ from ${baseFile}`);
  return differ;
}

async function main(): Promise<void> {
  const a = parseArgs(process.argv.slice(2));
  const out = a.out!;
  if (a.shard) {
    writeFileSync(out, runShard(a, a.shard.index, a.shard.of).join('\n'));
    return;
  }
  let lines: string[];
  if (a.jobs === 1) lines = runShard(a, 0, 1);
  else {
    const tmp = mkdtempSync(join(tmpdir(), 'tidy-snapshot-'));
    try {
      const files = Array.from({ length: a.jobs }, (_, i) => join(tmp, `${i}.jsonl`));
      await Promise.all(files.map((f, i) => child(i, a.jobs, f)));
      lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  lines.sort();
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`snapshot: ${lines.length} pages → ${out}`);
  if (a.compare && compare(a.compare, out, a.limit !== undefined) > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
