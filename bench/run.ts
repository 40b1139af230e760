import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { documentFromHtml } from '../node/document';
import { extract, htmlToFragment, renderText } from '../src/index';
import {
  bagPage, containsSnippet, judgeMeta, mean, metaAccuracy, snippetKey,
  type BagPage, type MetaJudgement, type MetaPred, type MetaTruth,
} from './scoring';

/**
 * The benchmark core: our pipeline and Readability 0.6 alone, side by side on the same parsed
 * document of each page of a wcxb-dev-format corpus (`html/ID.html[.gz]`, `truth.json`,
 * `meta.json`). HTML parsing is outside both timings; each page is parsed once.
 */

export const SYSTEMS = ['ours', 'readability'] as const;
export type System = (typeof SYSTEMS)[number];

export interface PageTruth extends MetaTruth {
  url?: string;
  with?: string[];
  without?: string[];
}

export interface Corpus {
  dir: string;
  ids: string[];
  truth: Record<string, string | { articleBody?: string; text?: string }>;
  meta: Record<string, PageTruth>;
}

export interface Prediction extends MetaPred {
  articleBody: string;
}

export interface PageResult {
  id: string;
  bag: BagPage;
  meta: MetaJudgement;
  withFound: number;
  withTotal: number;
  withoutLeaked: number;
  withoutTotal: number;
  /** Snippets for looking into a page: `with` ones missed, `without` ones leaked. */
  missed: string[];
  leaked: string[];
  ms: number;
  failed: string | null;
}

export interface SystemSummary {
  pages: number;
  failures: number;
  f1: number;
  precision: number;
  recall: number;
  withFound: number;
  withoutLeaked: number;
  title: number | null;
  author: number | null;
  date: number | null;
  metaN: { title: number; author: number; date: number };
  msMedian: number;
  msP95: number;
  msMean: number;
}

/**
 * The two halves of a corpus: pages with an even number ("0002") and with an odd one. A new rule is
 * screened on the even half and its effect reported on the odd half, which it was not tuned on.
 * Ids that are not numbers are split by their place in the sorted list.
 */
export const HALVES = ['even', 'odd'] as const;
export type Half = (typeof HALVES)[number];

export function halfOf(id: string, index: number): Half {
  const n = /^\d+$/.test(id) ? Number(id) : index;
  return n % 2 === 0 ? 'even' : 'odd';
}

export interface BenchResult {
  corpus: string;
  pages: number;
  summary: Record<System, SystemSummary>;
  /** The same summary over each half of the pages (see `halfOf`). */
  halves: Record<Half, Record<System, SystemSummary>>;
  /** Median extraction time, ours / Readability's. */
  speedRatio: number;
  preds: Record<System, Record<string, Prediction>>;
  rows: Record<System, PageResult[]>;
}

export function truthText(v: Corpus['truth'][string] | undefined): string {
  if (!v) return '';
  if (typeof v === 'string') return v;
  return v.articleBody || v.text || '';
}

export function loadCorpus(dir: string): Corpus {
  const htmlDir = join(dir, 'html');
  if (!existsSync(htmlDir) || !existsSync(join(dir, 'truth.json'))) {
    throw new Error(`no corpus at ${dir} (expected html/, truth.json and meta.json)`);
  }
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const meta = existsSync(join(dir, 'meta.json')) ? JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) : {};
  const files = new Map<string, string>();
  for (const f of readdirSync(htmlDir)) {
    const m = f.match(/^(.+?)\.html?(\.gz)?$/);
    if (m) files.set(m[1], f);
  }
  const ids = Object.keys(truth).filter((id) => files.has(id)).sort();
  return { dir, ids, truth, meta };
}

export function readPage(corpus: Corpus, id: string): string {
  const htmlDir = join(corpus.dir, 'html');
  for (const name of [`${id}.html.gz`, `${id}.html`, `${id}.htm`]) {
    const p = join(htmlDir, name);
    if (existsSync(p)) {
      const buf = readFileSync(p);
      return (name.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
    }
  }
  throw new Error(`page ${id} missing`);
}

function runOurs(doc: Document, url: string | undefined): { pred: Prediction; ms: number; failed: string | null } {
  const t0 = performance.now();
  const r = extract(doc, { url });
  const ms = performance.now() - t0;
  if (!r.ok) return { pred: { articleBody: '', title: null, byline: null, published: null }, ms, failed: r.error.code };
  const a = r.article;
  return { pred: { articleBody: a.text, title: a.title, byline: a.byline, published: a.published }, ms, failed: null };
}

function runReadability(doc: Document): { pred: Prediction; ms: number; failed: string | null } {
  const t0 = performance.now();
  let parsed: ReturnType<Readability['parse']> = null;
  let failed: string | null = null;
  try {
    parsed = new Readability(doc.cloneNode(true) as Document).parse();
  } catch (e) {
    failed = e instanceof Error ? e.message.slice(0, 80) : 'error';
  }
  const ms = performance.now() - t0;
  if (!parsed) return { pred: { articleBody: '', title: null, byline: null, published: null }, ms, failed: failed ?? 'null' };
  // Block-aware text (outside the timing): the same renderer as ours, so only extraction differs.
  const text = parsed.content ? renderText(htmlToFragment(parsed.content, doc)) : '';
  return {
    pred: { articleBody: text, title: parsed.title ?? null, byline: parsed.byline ?? null, published: parsed.publishedTime ?? null },
    ms,
    failed,
  };
}

function quantile(xs: number[], q: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

function scorePage(id: string, truth: string, meta: PageTruth, pred: Prediction, ms: number, failed: string | null): PageResult {
  const key = snippetKey(pred.articleBody);
  const missed = (meta.with ?? []).filter((s) => !containsSnippet(key, s));
  const leaked = (meta.without ?? []).filter((s) => containsSnippet(key, s));
  return {
    id,
    bag: bagPage(truth, pred.articleBody),
    meta: judgeMeta(meta, pred),
    withFound: (meta.with ?? []).length - missed.length,
    withTotal: (meta.with ?? []).length,
    withoutLeaked: leaked.length,
    withoutTotal: (meta.without ?? []).length,
    missed,
    leaked,
    ms,
    failed,
  };
}

export function summarize(rows: PageResult[]): SystemSummary {
  const js = rows.map((r) => r.meta);
  const t = metaAccuracy(js, 'title');
  const a = metaAccuracy(js, 'author');
  const d = metaAccuracy(js, 'date');
  const sum = (f: (r: PageResult) => number): number => rows.reduce((s, r) => s + f(r), 0);
  const ms = rows.map((r) => r.ms);
  return {
    pages: rows.length,
    failures: rows.filter((r) => r.failed).length,
    f1: mean(rows.map((r) => r.bag.f1)),
    precision: mean(rows.map((r) => r.bag.precision)),
    recall: mean(rows.map((r) => r.bag.recall)),
    withFound: sum((r) => r.withFound) / Math.max(1, sum((r) => r.withTotal)),
    withoutLeaked: sum((r) => r.withoutLeaked) / Math.max(1, sum((r) => r.withoutTotal)),
    title: t.share,
    author: a.share,
    date: d.share,
    metaN: { title: t.n, author: a.n, date: d.n },
    msMedian: quantile(ms, 0.5),
    msP95: quantile(ms, 0.95),
    msMean: mean(ms),
  };
}

export interface BenchOptions {
  ids?: string[];
  limit?: number;
  /** Skip Readability alone (its columns come out empty): for quick accuracy iterations. */
  oursOnly?: boolean;
  /** Only the pages of one half (see `halfOf`). */
  half?: Half;
  /** Run only every `of`-th page starting at `index` (for `--jobs`: one shard per process). */
  shard?: { index: number; of: number };
  onPage?: (done: number, total: number, id: string) => void;
}

export function runBench(corpus: Corpus, opts: BenchOptions = {}): BenchResult {
  let ids = corpus.ids;
  if (opts.ids?.length) {
    const want = new Set(opts.ids);
    ids = ids.filter((id) => want.has(id));
  }
  if (opts.half) {
    const order = new Map(corpus.ids.map((id, i) => [id, i]));
    ids = ids.filter((id) => halfOf(id, order.get(id)!) === opts.half);
  }
  if (opts.limit !== undefined) ids = ids.slice(0, opts.limit);
  if (opts.shard) {
    const { index, of } = opts.shard;
    ids = ids.filter((_, i) => i % of === index);
  }
  const preds: BenchResult['preds'] = { ours: {}, readability: {} };
  const rows: BenchResult['rows'] = { ours: [], readability: [] };
  ids.forEach((id, i) => {
    const meta = corpus.meta[id] ?? {};
    const truth = truthText(corpus.truth[id]);
    const { document, close } = documentFromHtml(readPage(corpus, id), meta.url);
    try {
      // Alternate which system runs first so neither always gets the warmer caches.
      const order: System[] = opts.oursOnly ? ['ours'] : i % 2 ? ['readability', 'ours'] : ['ours', 'readability'];
      for (const sys of order) {
        const r = sys === 'ours' ? runOurs(document, meta.url) : runReadability(document);
        preds[sys][id] = r.pred;
        rows[sys].push(scorePage(id, truth, meta, r.pred, r.ms, r.failed));
      }
    } finally {
      close();
    }
    opts.onPage?.(i + 1, ids.length, id);
  });
  return finishResult(corpus.dir, preds, rows, corpus.ids);
}

function finishResult(dir: string, preds: BenchResult['preds'], rows: BenchResult['rows'], allIds: string[]): BenchResult {
  const summary = { ours: summarize(rows.ours), readability: summarize(rows.readability) };
  const order = new Map(allIds.map((id, i) => [id, i]));
  const half = (h: Half, rs: PageResult[]): SystemSummary => summarize(rs.filter((r) => halfOf(r.id, order.get(r.id) ?? 0) === h));
  const halves = Object.fromEntries(HALVES.map((h) => [h, { ours: half(h, rows.ours), readability: half(h, rows.readability) }])) as BenchResult['halves'];
  return {
    corpus: dir,
    pages: rows.ours.length,
    summary,
    halves,
    speedRatio: summary.readability.msMedian ? summary.ours.msMedian / summary.readability.msMedian : NaN,
    preds,
    rows,
  };
}

/** One result from the shards of several processes, pages back in id order. */
export function mergeResults(parts: Pick<BenchResult, 'corpus' | 'preds' | 'rows'>[], allIds: string[]): BenchResult {
  const preds: BenchResult['preds'] = { ours: {}, readability: {} };
  const rows: BenchResult['rows'] = { ours: [], readability: [] };
  for (const p of parts) {
    for (const sys of SYSTEMS) {
      Object.assign(preds[sys], p.preds[sys]);
      rows[sys].push(...p.rows[sys]);
    }
  }
  for (const sys of SYSTEMS) {
    rows[sys].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    preds[sys] = Object.fromEntries(rows[sys].map((r) => [r.id, preds[sys][r.id]]));
  }
  return finishResult(parts[0]?.corpus ?? '', preds, rows, allIds);
}
