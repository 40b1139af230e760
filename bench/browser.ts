/**
 * `npm run bench:popup [-- --corpus DIR] [--limit N] [--sample-runs N] [--no-build]`
 *
 * Speed of the extension in real Chromium, over the Readability test pages (each
 * `<corpus>/<name>/source.html`, served on 127.0.0.1) and the sample article:
 * - popup: a real toolbar click (CDP Extensions.triggerAction) until the popup shows its result
 *   (the article text, or a clear no-article/error state), as the popup's clock sees it;
 * - overlay: the popup's "Open reader view" click until the overlay is in the page and a frame
 *   has been painted (page clock; both clocks are the machine's wall clock);
 * - extraction in the page: the pipeline's own time, first run (what the popup reported) and a
 *   second, warm run (`content:extract`).
 * Times include the driver's own round-trips, so they are an upper bound of what a user waits.
 * Writes reports/browser-<time>.json (gitignored) and prints a table.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { buildExtension } from '../scripts/browser/build';
import { launchChromium, type ExtensionBrowser } from '../scripts/browser/chromium';
import { DIST_CHROME, ROOT, SAMPLES } from '../scripts/browser/paths';
import { startServer } from '../scripts/browser/server';

interface Options {
  corpus: string;
  limit: number;
  sampleRuns: number;
  build: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    corpus: process.env.TIDY_READABILITY_CORPUS ?? resolve(ROOT, '../shared/corpus/readability'),
    limit: Infinity,
    sampleRuns: 15,
    build: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--corpus') o.corpus = resolve(next());
    else if (a === '--limit') o.limit = Number(next());
    else if (a === '--sample-runs') o.sampleRuns = Number(next());
    else if (a === '--no-build') o.build = false;
    else throw new Error(`unknown option ${a}`);
  }
  if (!(o.limit > 0) || !(o.sampleRuns > 0)) throw new Error('--limit and --sample-runs take a positive number');
  return o;
}

interface Measure {
  page: string;
  state: string;
  popupMs: number;
  /** Click until the popup document starts loading (the browser opening the popup). */
  popupStartMs?: number;
  /** Click until the popup's DOMContentLoaded has run (its script parsed and started). */
  popupLoadedMs?: number;
  overlayMs: number | null;
  extractFirstMs: number | null;
  extractWarmMs: number | null;
  error?: string;
}

declare const chrome: any;

async function measure(eb: ExtensionBrowser, url: string, name: string): Promise<Measure> {
  const page: Page = await eb.context.newPage();
  try {
    // DOMContentLoaded is enough to read an article; some corpus pages never finish "load".
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const popup = await eb.clickAction(page);
    const t0 = eb.lastTriggerAt;
    const shown = (await (
      await popup.waitForFunction(
        () => {
          const s = document.body.dataset.state;
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return s && s !== 'loading' ? { state: s, at: performance.timeOrigin + performance.now(), origin: performance.timeOrigin, dcl: nav?.domContentLoadedEventEnd ?? NaN } : false;
        },
        null,
        { polling: 'raf', timeout: 30_000 },
      )
    ).jsonValue()) as { state: string; at: number; origin: number; dcl: number };
    const m: Measure = { page: name, state: shown.state, popupMs: shown.at - t0, popupStartMs: shown.origin - t0, popupLoadedMs: shown.origin + shown.dcl - t0, overlayMs: null, extractFirstMs: null, extractWarmMs: null };
    if (shown.state !== 'article') {
      await popup.close().catch(() => {});
      return m;
    }
    const status = (await popup.textContent('[data-testid="status"]')) ?? '';
    const first = /Cleaned in ([\d.]+) ms/.exec(status);
    m.extractFirstMs = first ? Number(first[1]) : null;

    const tabId = await eb.worker.evaluate(async (u: string) => (await chrome.tabs.query({ url: u }))[0].id, page.url());
    const warm = await eb.worker.evaluate((t: number) => chrome.tabs.sendMessage(t, { type: 'content:extract', force: false }), tabId);
    m.extractWarmMs = typeof warm?.ms === 'number' ? warm.ms : null;

    // The page notes when the overlay host arrives and when the next frame has been painted.
    await page.evaluate(() => {
      const w = window as unknown as { __overlay: Promise<number> };
      w.__overlay = new Promise((resolve, reject) => {
        setTimeout(() => reject(new Error('the overlay did not open within 15 s')), 15_000);
        const obs = new MutationObserver(() => {
          if (!document.getElementsByTagName('tidy-reader-overlay').length) return;
          obs.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.timeOrigin + performance.now()), 0));
        });
        obs.observe(document.documentElement, { childList: true });
      });
    });
    const clickedAt = await popup.evaluate(() => {
      const t = performance.timeOrigin + performance.now();
      (document.querySelector('[data-testid="open-reader"]') as HTMLButtonElement).click();
      return t;
    });
    const paintedAt = await page.evaluate(() => (window as unknown as { __overlay: Promise<number> }).__overlay);
    m.overlayMs = paintedAt - clickedAt;
    return m;
  } catch (e) {
    return { page: name, state: 'bench-error', popupMs: NaN, overlayMs: null, extractFirstMs: null, extractWarmMs: null, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  } finally {
    await page.close().catch(() => {});
  }
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

interface Row {
  metric: string;
  n: number;
  median: number;
  p95: number;
  max: number;
}

function rows(set: Measure[]): Row[] {
  const pick = (label: string, f: (m: Measure) => number | null): Row => {
    const xs = set.map(f).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
    return { metric: label, n: xs.length, median: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: xs.length ? Math.max(...xs) : NaN };
  };
  return [
    pick('popup: click → text shown (ms)', (m) => m.popupMs),
    pick('  click → popup document starts (ms)', (m) => m.popupStartMs ?? null),
    pick('  click → popup DOMContentLoaded (ms)', (m) => m.popupLoadedMs ?? null),
    pick('overlay: "Open reader view" → painted (ms)', (m) => m.overlayMs),
    pick('extraction in page, first run (ms)', (m) => m.extractFirstMs),
    pick('extraction in page, warm run (ms)', (m) => m.extractWarmMs),
  ];
}

function table(title: string, rs: Row[]): string {
  const f = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '–');
  const lines = [title, `  ${'metric'.padEnd(44)} ${'n'.padStart(4)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`];
  for (const r of rs) lines.push(`  ${r.metric.padEnd(44)} ${String(r.n).padStart(4)} ${f(r.median).padStart(8)} ${f(r.p95).padStart(8)} ${f(r.max).padStart(8)}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.build || !existsSync(join(DIST_CHROME, 'manifest.json'))) {
    buildExtension({ quiet: true });
  }
  let pages: string[] = [];
  if (existsSync(o.corpus)) {
    pages = readdirSync(o.corpus).filter((d) => existsSync(join(o.corpus, d, 'source.html'))).sort().slice(0, o.limit);
  } else {
    console.log(`Readability corpus not found at ${o.corpus} (pass --corpus DIR or set TIDY_READABILITY_CORPUS); measuring the sample only.`);
  }
  const server = await startServer([SAMPLES, { prefix: '/corpus/', dir: existsSync(o.corpus) ? o.corpus : SAMPLES }]);
  // Only 127.0.0.1 resolves: the pages' remote scripts, styles and images fail at once.
  const eb = await launchChromium({ args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  const sample: Measure[] = [];
  const corpus: Measure[] = [];
  try {
    // One throwaway run so the first measured page does not pay for the browser's own warm-up.
    await measure(eb, server.url('/seed-article.html?warmup'), 'warmup');
    for (let i = 0; i < o.sampleRuns; i++) sample.push(await measure(eb, server.url(`/seed-article.html?run=${i}`), 'sample'));
    for (const [i, d] of pages.entries()) {
      const m = await measure(eb, server.url(`/corpus/${encodeURIComponent(d)}/source.html`), d);
      corpus.push(m);
      process.stderr.write(`${i + 1}/${pages.length} ${d}: ${m.state} popup ${m.popupMs.toFixed(0)} ms, overlay ${m.overlayMs?.toFixed(0) ?? '–'} ms${m.error ? ` (${m.error})` : ''}\n`);
    }
  } finally {
    await eb.close();
    await server.close();
  }

  const sizes = Object.fromEntries(['content.js', 'content-exports.js', 'popup.js', 'background.js'].filter((f) => existsSync(join(DIST_CHROME, f))).map((f) => [f, statSync(join(DIST_CHROME, f)).size]));
  const sampleRows = rows(sample);
  const corpusRows = rows(corpus);
  const states = corpus.reduce<Record<string, number>>((acc, m) => ((acc[m.state] = (acc[m.state] ?? 0) + 1), acc), {});
  const targets = {
    popupMedianMs: { target: 300, measured: sampleRows[0].median, met: sampleRows[0].median <= 300 },
    overlayMedianMs: { target: 150, measured: sampleRows[3].median, met: sampleRows[3].median <= 150 },
  };
  const chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  const os = await import('node:os');
  const report = { date: new Date().toISOString(), chromium, cpus: os.cpus().length, loadAverage: os.loadavg(), corpus: o.corpus, sizes, sample: { rows: sampleRows, runs: sample }, corpusResult: { rows: corpusRows, states, pages: corpus }, targets };
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  const out = join(ROOT, 'reports', `browser-${report.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');

  console.log(`${chromium}, ${report.cpus} CPUs, load average at the end ${report.loadAverage.map((x) => x.toFixed(1)).join(' ')}`);
  console.log(table(`Sample article (samples/seed-article.html), ${sample.length} runs`, sampleRows));
  if (corpus.length) {
    console.log(table(`Readability corpus, ${corpus.length} pages (popup states: ${Object.entries(states).map(([k, v]) => `${k} ${v}`).join(', ')})`, corpusRows));
    const errors = corpus.filter((m) => m.error);
    for (const e of errors) console.log(`  bench error on ${e.page}: ${e.error}`);
  }
  console.log(`Targets on the sample: popup median ${targets.popupMedianMs.measured.toFixed(1)} ms (≤ 300: ${targets.popupMedianMs.met ? 'met' : 'NOT met'}), overlay median ${targets.overlayMedianMs.measured.toFixed(1)} ms (≤ 150: ${targets.overlayMedianMs.met ? 'met' : 'NOT met'})`);
  console.log(`Bundles: ${Object.entries(sizes).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KB`).join(', ')}`);
  console.log(`Report: ${out}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
