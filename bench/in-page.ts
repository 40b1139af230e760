/**
 * `npm run bench:browser [-- --pages N] [--corpus DIR] [--no-build] [--content FILE]`
 *
 * What a click costs in the page, against Readability alone on the same page: wcxb-dev's pages
 * (an evenly spaced sample of N, 40 by default; `--pages 791` for all) served on 127.0.0.1 to
 * Debian's Chromium (no other host resolves), each page in a fresh browser context, so a fresh
 * renderer process with nothing compiled yet.
 * - Tidy Reader: the built `content.js`, in a fresh isolated world (CDP Page.createIsolatedWorld,
 *   as `scripting.executeScript` makes one), given the few extension APIs it calls, then asked to
 *   extract as the popup asks it (`content:extract`). Cold: compiling and running the script and
 *   the first extraction, as the first click does; warm: a second extraction in the same world.
 * - Readability alone: `@mozilla/readability` (bundled and minified by esbuild), in a fresh
 *   isolated world of the same page in another fresh context: `new Readability(document
 *   .cloneNode(true)).parse()`, cold (compiling included) and warm.
 * Time is the renderer main thread's CPU time (CDP Performance.getMetrics `ThreadTime`) over those
 * calls, so other work on a busy machine does not count; both sides pay the same DevTools
 * round-trips. Each step's share comes from a separate, instrumented run of the pipeline in a
 * third world (`extract`'s `trace` option, performance.now()), which also times the finishing and
 * its steps (`finishDraft`: the article's steps, sanitizing, text, removal previews), which runs in
 * the popup or the reader.
 * `--content FILE` measures another build's content.js (an older commit's, to compare; the shares
 * per step always come from this checkout's src/).
 * Prints the table and writes reports/in-page-<time>.json (gitignored).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser, type CDPSession } from 'playwright-core';
import { buildExtension } from '../scripts/browser/build';
import { CHROMIUM, DIST_CHROME, ROOT } from '../scripts/browser/paths';
import { startServer } from '../scripts/browser/server';
import { evenSample, formatReport, summarize, type PageTimes } from './in-page-report';

interface Options {
  corpus: string;
  pages: number;
  build: boolean;
  content: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { corpus: resolve(ROOT, '../shared/corpus/wcxb-dev'), pages: 40, build: true, content: join(DIST_CHROME, 'content.js') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--corpus') o.corpus = resolve(next());
    else if (a === '--pages') o.pages = Number(next());
    else if (a === '--no-build') o.build = false;
    else if (a === '--content') {
      o.content = resolve(next());
      o.build = false;
    }
    else throw new Error(`unknown option ${a}`);
  }
  if (!(Number.isInteger(o.pages) && o.pages > 0)) throw new Error('--pages takes a positive whole number');
  return o;
}

/** The extension APIs content.js calls, as a script for its world: no rules stored, one message listener kept. */
const STUB = `globalThis.chrome = {
  runtime: { id: 'bench', getURL: (p) => 'chrome-extension://bench/' + p, sendMessage: async () => ({}),
    onMessage: { addListener: (cb) => { globalThis.__tidyListener = cb; } } },
  storage: { local: { get: async () => ({}), set: async () => {} }, onChanged: { addListener() {}, removeListener() {} } },
};`;
/** The popup's request, as the content script receives it. */
const EXTRACT = `new Promise((resolve) => globalThis.__tidyListener({ type: 'content:extract', force: false },
  { id: 'bench', url: 'chrome-extension://bench/popup.html' }, resolve)).then((r) => r.result ? (r.result.ok ? 'ok' : r.result.error.code) : 'error: ' + r.error)`;
const READABILITY_ENTRY = `import { Readability } from '@mozilla/readability';
globalThis.__readability = () => (new Readability(document.cloneNode(true)).parse() ? 'ok' : 'none');`;
/** The instrumented pipeline: the steps' clock readings, and the finishing as the popup does it. */
const TRACE_ENTRY = `import { extractDraft, finishDraft } from './src/index';
globalThis.__tidyTrace = () => {
  const marks = [];
  const t0 = performance.now();
  const r = extractDraft(document, { url: location.href, nativeDom: true, trace: (step, at) => marks.push([step, at - t0]) });
  const t1 = performance.now();
  const sent = JSON.parse(JSON.stringify(r));
  const t2 = performance.now();
  const finishMarks = [];
  const done = sent.ok ? finishDraft(sent.draft, document, { trace: (step, at) => finishMarks.push([step, at - t2]) }) : sent;
  return { marks, total: t1 - t0, message: t2 - t1, finish: performance.now() - t2, finishMarks, ok: done.ok };
};`;

async function bundle(contents: string): Promise<string> {
  const out = await build({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, minify: true, format: 'iife', write: false, target: 'chrome120', logLevel: 'silent' });
  return out.outputFiles[0].text;
}

class World {
  private constructor(private readonly cdp: CDPSession, readonly id: number) {}
  static async create(cdp: CDPSession, name: string): Promise<World> {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: name });
    return new World(cdp, executionContextId);
  }
  async run(expression: string): Promise<unknown> {
    const r = await this.cdp.send('Runtime.evaluate', { expression, contextId: this.id, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description?.split('\n')[0] ?? r.exceptionDetails.text);
    return r.result.value;
  }
}

/** The renderer main thread's CPU time so far, in ms. */
async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = metrics.find((x) => x.name === 'ThreadTime');
  if (!m) throw new Error('Chromium reports no ThreadTime metric');
  return m.value * 1000;
}

/** Cold (source compiled and run, then `call`) and warm (`call` again) CPU times of one side, in a fresh context. */
async function timeSide(browser: Browser, url: string, setup: string, source: string, call: string): Promise<{ cold: number; load: number; warm: number; state: unknown }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => page.waitForLoadState('domcontentloaded'));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const world = await World.create(cdp, 'bench');
    if (setup) await world.run(setup);
    const t0 = await threadMs(cdp);
    await world.run(source);
    const loaded = await threadMs(cdp);
    const state = await world.run(call);
    const t1 = await threadMs(cdp);
    await world.run(call);
    const t2 = await threadMs(cdp);
    return { cold: t1 - t0, load: loaded - t0, warm: t2 - t1, state };
  } finally {
    await context.close();
  }
}

/** The instrumented pipeline in a world of its own: both runs traced, the first (cold) and the second (warm). */
async function traceSteps(browser: Browser, url: string, source: string): Promise<PageTimes['trace']> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => page.waitForLoadState('domcontentloaded'));
    const cdp = await context.newCDPSession(page);
    const world = await World.create(cdp, 'trace');
    await world.run(source);
    const cold = (await world.run('__tidyTrace()')) as NonNullable<PageTimes['trace']>;
    const warm = (await world.run('__tidyTrace()')) as NonNullable<PageTimes['trace']>;
    return { ...warm, coldMarks: cold.marks, coldTotal: cold.total };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const dir = join(o.corpus, 'html');
  if (!existsSync(dir)) throw new Error(`wcxb-dev not found at ${o.corpus} (pass --corpus DIR)`);
  if (o.build || !existsSync(o.content)) buildExtension({ quiet: true });
  const content = readFileSync(o.content, 'utf8');
  const [readability, traced] = await Promise.all([bundle(READABILITY_ENTRY), bundle(TRACE_ENTRY)]);
  const names = evenSample(readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort(), o.pages);
  const server = await startServer([], {});
  // No charset: Chromium finds the page's own, as it would on the site.
  for (const n of names) server.route(`/${n.replace(/\.gz$/, '')}`, { body: gunzipSync(readFileSync(join(dir, n))), contentType: 'text/html' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const pages: PageTimes[] = [];
  const load: number[] = [loadavg()[0]];
  try {
    for (const [i, n] of names.entries()) {
      const url = server.url(`/${n.replace(/\.gz$/, '')}`);
      try {
        const tidy = await timeSide(browser, url, STUB, content, EXTRACT);
        const alone = await timeSide(browser, url, '', readability, '__readability()');
        const trace = await traceSteps(browser, url, traced);
        pages.push({ page: n, state: String(tidy.state), tidy: { cold: tidy.cold, load: tidy.load, warm: tidy.warm }, readability: { cold: alone.cold, load: alone.load, warm: alone.warm }, trace });
        process.stderr.write(`${i + 1}/${names.length} ${n}: ${tidy.state} cold ${tidy.cold.toFixed(0)} / ${alone.cold.toFixed(0)} ms, warm ${tidy.warm.toFixed(0)} / ${alone.warm.toFixed(0)} ms\n`);
      } catch (e) {
        process.stderr.write(`${i + 1}/${names.length} ${n}: bench error ${e instanceof Error ? e.message.split('\n')[0] : e}\n`);
      }
      load.push(loadavg()[0]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const chromiumVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
  const summary = summarize(pages);
  const report = { date: new Date().toISOString(), chromium: chromiumVersion, cpus: cpus().length, load: { min: Math.min(...load), max: Math.max(...load) }, corpus: o.corpus, sampled: names.length, content: o.content, contentBytes: Buffer.byteLength(content), summary, pages };
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  const out = join(ROOT, 'reports', `in-page-${report.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log(`${chromiumVersion}, ${report.cpus} CPUs, 1-minute load average ${report.load.min.toFixed(1)}–${report.load.max.toFixed(1)} during the run; ${o.content} ${(report.contentBytes / 1024).toFixed(1)} KB`);
  console.log(formatReport(summary, names.length));
  console.log(`Report: ${out}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
