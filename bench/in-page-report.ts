/**
 * The in-page benchmark's figures (in-page.ts), apart from the browser driving, so they can be
 * checked without a browser (test/bench/in-page-report.test.ts).
 */

/** One page: CPU ms of each side, cold and warm, and the instrumented run's clock readings. */
export interface PageTimes {
  page: string;
  /** What the content script answered: "ok" or a failure code. */
  state: string;
  /** `load`: the part of `cold` spent compiling and running the script itself, before the first call. */
  tidy: { cold: number; load?: number; warm: number };
  readability: { cold: number; load?: number; warm: number };
  /** Steps as [name, ms since the start] (in order), the extraction's total, the draft's trip through JSON, and the finishing (and its steps). */
  trace: { marks: [string, number][]; total: number; message: number; finish: number; finishMarks?: [string, number][]; coldMarks?: [string, number][]; coldTotal?: number; ok: boolean } | null;
}

export interface Spread {
  median: number;
  p95: number;
}

export interface Summary {
  pages: number;
  tidy: { cold: Spread; warm: Spread };
  readability: { cold: Spread; warm: Spread };
  /** Tidy Reader's median (p95) over Readability's median (p95). */
  ratio: { cold: Spread; warm: Spread };
  /** Each step's share of Tidy Reader's warm time, and its time in units of Readability's warm time. */
  steps: { step: string; share: number; readabilityUnits: number }[];
  /** Finishing the draft (in the popup or the reader), ms, and in units of Readability's warm time (medians). */
  finish: Spread & { readabilityUnits: number };
  /** Each finishing step's share of the finishing time. */
  finishSteps: { step: string; share: number }[];
  /** The cold run: the script's own compiling and running (median ms of each side), and each step's share of the first extraction. */
  cold: { load: { tidy: number; readability: number }; steps: { step: string; share: number }[] };
}

/** `n` items spread evenly over the list (all of them when n ≥ its length). */
export function evenSample<T>(all: T[], n: number): T[] {
  if (n >= all.length) return all;
  return Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]);
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

const spread = (xs: number[]): Spread => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95) });
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** Time per step from the clock readings: each reading closes the step it names (a name may come back: summed). */
export function stepTimes(marks: [string, number][]): Map<string, number> {
  const out = new Map<string, number>();
  let last = 0;
  for (const [step, at] of marks) {
    out.set(step, (out.get(step) ?? 0) + (at - last));
    last = at;
  }
  return out;
}

/** Each step's share of the summed time of several runs' clock readings. */
function shares(runs: [string, number][][]): { step: string; share: number }[] {
  const totals = new Map<string, number>();
  for (const marks of runs) for (const [step, ms] of stepTimes(marks)) totals.set(step, (totals.get(step) ?? 0) + ms);
  const all = sum([...totals.values()]);
  return [...totals].map(([step, ms]) => ({ step, share: ms / all }));
}

export function summarize(pages: PageTimes[]): Summary {
  const tidy = { cold: spread(pages.map((p) => p.tidy.cold)), warm: spread(pages.map((p) => p.tidy.warm)) };
  const readability = { cold: spread(pages.map((p) => p.readability.cold)), warm: spread(pages.map((p) => p.readability.warm)) };
  const over = (a: Spread, b: Spread): Spread => ({ median: a.median / b.median, p95: a.p95 / b.p95 });
  // Shares come from the instrumented runs' clock; Tidy's CPU time over Readability's turns them into Readability units.
  const traced = pages.filter((p) => p.trace);
  const totals = new Map<string, number>();
  for (const p of traced) for (const [step, ms] of stepTimes(p.trace!.marks)) totals.set(step, (totals.get(step) ?? 0) + ms);
  const all = sum(traced.map((p) => p.trace!.total));
  const scale = sum(traced.map((p) => p.tidy.warm)) / sum(traced.map((p) => p.readability.warm));
  const steps = [...totals].map(([step, ms]) => ({ step, share: ms / all, readabilityUnits: (ms / all) * scale }));
  const finish = spread(traced.map((p) => p.trace!.finish));
  const finishUnits = quantile(traced.map((p) => (p.trace!.finish / p.trace!.total) * (p.tidy.warm / p.readability.warm)), 0.5);
  const finishSteps = shares(traced.map((p) => p.trace!.finishMarks ?? []));
  const coldSteps = shares(traced.map((p) => p.trace!.coldMarks ?? []));
  const load = { tidy: quantile(pages.flatMap((p) => p.tidy.load ?? []), 0.5), readability: quantile(pages.flatMap((p) => p.readability.load ?? []), 0.5) };
  return { pages: pages.length, tidy, readability, ratio: { cold: over(tidy.cold, readability.cold), warm: over(tidy.warm, readability.warm) }, steps, finish: { ...finish, readabilityUnits: finishUnits }, finishSteps, cold: { load, steps: coldSteps } };
}

export function formatReport(s: Summary, sampled: number): string {
  const ms = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '–');
  const x = (r: number): string => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '–');
  const row = (label: string, a: Spread, b: Spread, r: Spread): string =>
    `| ${label} | ${ms(a.median)} / ${ms(a.p95)} | ${ms(b.median)} / ${ms(b.p95)} | ${x(r.median)}, ${x(r.p95)} |`;
  return [
    `In the page, renderer main-thread CPU time, ${s.pages} of ${sampled} pages measured (median / p95):`,
    '',
    '| | Tidy Reader (content.js) | Readability alone | ratio (median, p95) |',
    '|---|---|---|---|',
    row('warm (second run in the page)', s.tidy.warm, s.readability.warm, s.ratio.warm),
    row('cold (first run in a fresh world, compiling included)', s.tidy.cold, s.readability.cold, s.ratio.cold),
    '',
    'Where Tidy Reader’s warm time goes (share; in units of Readability-alone time):',
    ...s.steps.map((t) => `  ${t.step.padEnd(30)} ${(t.share * 100).toFixed(1).padStart(5)}%  ${t.readabilityUnits.toFixed(2)}`),
    `Finishing the draft where it is shown (the article's steps, sanitize, text, removal previews; popup or reader): median ${ms(s.finish.median)}, p95 ${ms(s.finish.p95)} (${s.finish.readabilityUnits.toFixed(2)} Readability units, median)`,
    ...(s.finishSteps.length ? ['Where the finishing time goes (share):', ...s.finishSteps.map((t) => `  ${t.step.padEnd(30)} ${(t.share * 100).toFixed(1).padStart(5)}%`)] : []),
    ...(Number.isFinite(s.cold.load.tidy) ? [`Cold: compiling and running the script itself, median ${ms(s.cold.load.tidy)} (Readability alone ${ms(s.cold.load.readability)}); the first extraction's steps (share):`] : []),
    ...s.cold.steps.map((t) => `  ${t.step.padEnd(30)} ${(t.share * 100).toFixed(1).padStart(5)}%`),
  ].join('\n');
}
