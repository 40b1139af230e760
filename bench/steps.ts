import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { loadCorpus, readPage } from './run';
import { documentFromHtml } from '../node/document';
import { extract } from '../src/index';

/**
 * `npm run bench:steps -- [--corpus DIR] [--every N] [--start K]`
 *
 * Where the pipeline's time goes in jsdom, step by step, in units of Readability alone on the same
 * page: every N-th page of a wcxb-dev-format corpus (from the K-th), each parsed once and run by
 * both systems in alternating order, as `npm run bench` does; the steps' clock readings come from
 * `extract`'s `trace` option. A step's figure is the median over the pages it ran on (the region
 * check runs on few), so the figures do not add up to the ratio. `npm run bench` gives the ratio
 * that counts; this says which step to work on, and shows a change's effect on one step, which a
 * whole run's ratio (it moves a few hundredths from run to run) cannot.
 */

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const USAGE = 'usage: npm run bench:steps -- [--corpus DIR] [--every N] [--start K]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function whole(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) fail(`--${name} needs a whole number from ${min}`);
  return n;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

let args: { corpus?: string; every?: string; start?: string };
try {
  args = parseArgs({ options: { corpus: { type: 'string' }, every: { type: 'string' }, start: { type: 'string' } } }).values;
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
const dir = resolve(args.corpus ?? resolve(ROOT, '../shared/corpus/wcxb-dev'));
if (!existsSync(dir)) fail(`no corpus at ${dir}: pass --corpus DIR (a wcxb-dev-format folder)`);
const every = whole(args.every ?? '4', 'every', 1);
const start = whole(args.start ?? '0', 'start', 0);

const corpus = loadCorpus(dir);
const ids = corpus.ids.filter((_, i) => i % every === start % every);
const steps = new Map<string, number[]>();
const ours: number[] = [];
const alone: number[] = [];
const ratios: number[] = [];

ids.forEach((id, i) => {
  const url = corpus.meta[id]?.url;
  const { document, close } = documentFromHtml(readPage(corpus, id), url);
  const marks: [string, number][] = [];
  let readabilityMs = 0;
  let oursMs = 0;
  const runAlone = (): void => {
    const t = performance.now();
    try {
      new Readability(document.cloneNode(true) as Document).parse();
    } catch {
      // a page Readability throws on still has its time
    }
    readabilityMs = performance.now() - t;
  };
  const runOurs = (): void => {
    const t = performance.now();
    marks.push(['start', t]);
    extract(document, { url, trace: (step, at) => marks.push([step, at]) });
    oursMs = performance.now() - t;
    marks.push(['(after the last step)', t + oursMs]);
  };
  try {
    if (i % 2) [runAlone, runOurs].forEach((f) => f());
    else [runOurs, runAlone].forEach((f) => f());
  } finally {
    close();
  }
  if (!readabilityMs) return;
  for (let k = 1; k < marks.length; k++) {
    const [step, at] = marks[k];
    const list = steps.get(step) ?? [];
    list.push((at - marks[k - 1][1]) / readabilityMs);
    steps.set(step, list);
  }
  ours.push(oursMs);
  alone.push(readabilityMs);
  ratios.push(oursMs / readabilityMs);
  if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${ids.length}`);
});
if (process.stderr.isTTY) process.stderr.write('\n');

if (!ours.length) fail(`no pages: --every ${every} --start ${start} selects none of ${corpus.ids.length}`);
console.log(`${ours.length} pages of ${dir} (every ${every}th from page ${start % every}), one process`);
console.log(`median ms: Tidy Reader ${median(ours).toFixed(1)}, Readability alone ${median(alone).toFixed(1)}; ratio of the medians ${(median(ours) / median(alone)).toFixed(3)}×, median of per-page ratios ${median(ratios).toFixed(3)}×`);
console.log('step (in units of Readability alone on the same page)   median   mean   pages');
for (const [step, xs] of steps) {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`  ${step.padEnd(52)} ${median(xs).toFixed(3).padStart(6)} ${mean.toFixed(3).padStart(6)} ${String(xs.length).padStart(6)}`);
}
