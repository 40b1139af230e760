import { DEFAULT_MAX_ELEMENTS } from '../src/index';

/**
 * The limits one page is held to, each settable on the command line, and the one-line message
 * that names the limit a page hit, its value and how to raise it.
 *
 * Time: `--timeout` is wall-clock time, parse included (the page runs in a worker thread that is
 * stopped when it runs out), so no page takes longer than that plus the moment it takes to stop it
 * and report. A sixth of it (10 s by default, the pipeline's budget of old) is the page's budget
 * of CPU time, counted on the worker thread's own clock: a page that needs more computing than
 * that is too costly however quiet the machine, while the rest of the wall time is room for a busy
 * machine, where a page gets a fraction of a core and a wall-clock budget alone fails ordinary
 * pages (it did: three of wcxb-dev's 791 at load 18 on 2 cores, with the old 10 s wall-clock
 * budget; with 30 s of wall time and a third of it as the CPU budget, one page still got only
 * 2.5 s of CPU time in its 30 s at load 14 with --jobs 2).
 */
export interface Limits {
  /** Largest page accepted, in bytes, uncompressed. */
  maxBytes: number;
  /** Most elements a page may have (counted before parsing, and again after). */
  maxElements: number;
  /** Wall-clock time for one page, parse included, in ms. */
  timeoutMs: number;
  /** A fetch, headers and body, in ms (TIDY_READER_FETCH_TIMEOUT_MS). */
  fetchTimeoutMs: number;
}

export const DEFAULTS: Limits = {
  maxBytes: 50 * 1024 * 1024,
  maxElements: DEFAULT_MAX_ELEMENTS,
  timeoutMs: 60_000,
  fetchTimeoutMs: 20_000,
};

/** The share of `--timeout` that is the page's CPU-time budget. */
export const CPU_SHARE = 6;

export function cpuBudgetMs(l: Limits): number {
  return l.timeoutMs / CPU_SHARE;
}

/** A page may use at most this much memory (the worker's heap); over it the worker is stopped. */
export const MAX_PAGE_HEAP_MB = 2048;

function envNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const v = Number(env[name]);
  return Number.isFinite(v) && v > 0 ? v : undefined;
}

/** The defaults, with the older environment settings (TIDY_READER_MAX_BYTES, TIDY_READER_FETCH_TIMEOUT_MS) applied. */
export function defaultLimits(env: NodeJS.ProcessEnv = process.env): Limits {
  return {
    ...DEFAULTS,
    maxBytes: envNumber(env, 'TIDY_READER_MAX_BYTES') ?? DEFAULTS.maxBytes,
    fetchTimeoutMs: envNumber(env, 'TIDY_READER_FETCH_TIMEOUT_MS') ?? DEFAULTS.fetchTimeoutMs,
  };
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** "50MB", "500k", "1.5 GB", "1048576" → bytes (binary units, as `formatBytes` prints them), or null. */
export function parseBytes(s: string): number | null {
  const m = s.trim().toLowerCase().match(/^(\d+(?:\.\d+)?)\s*([a-z]*)$/);
  if (!m || !(m[2] in UNITS)) return null;
  const n = Math.floor(Number(m[1]) * UNITS[m[2]]);
  return n > 0 ? n : null;
}

/** "60000", "60,000", "60k" → a count, or null. */
export function parseCount(s: string): number | null {
  const m = s.trim().toLowerCase().replace(/[,_]/g, '').match(/^(\d+(?:\.\d+)?)(k|m)?$/);
  if (!m) return null;
  const n = Math.floor(Number(m[1]) * (m[2] === 'k' ? 1e3 : m[2] === 'm' ? 1e6 : 1));
  return n > 0 ? n : null;
}

/** "30", "2.5", "2.5s", "500ms", "2m" → milliseconds, or null. */
export function parseDuration(s: string): number | null {
  const m = s.trim().toLowerCase().match(/^(\d+(?:\.\d+)?)\s*(ms|s|m|min)?$/);
  if (!m) return null;
  const n = Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 'm' || m[2] === 'min' ? 60_000 : 1000);
  return n > 0 ? Math.round(n) : null;
}

export function formatBytes(n: number): string {
  const fmt = (x: number): string => (x < 10 && x !== Math.round(x) ? x.toFixed(1) : String(Math.round(x)));
  if (n >= 1024 ** 3) return `${fmt(n / 1024 ** 3)} GB`;
  if (n >= 1024 ** 2) return `${fmt(n / 1024 ** 2)} MB`;
  if (n >= 1024) return `${fmt(n / 1024)} KB`;
  return `${n} bytes`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatSeconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  return `${s < 10 && s !== Math.round(s) ? s.toFixed(1) : Math.round(s)} s`;
}

/** The messages of the limits. `size` is null when only "more than the limit" is known (a stream cut short). */
export const limitMessage = {
  bytes: (size: number | null, max: number, compressed = false): string =>
    `${size === null ? 'This page is larger than' : `This page is ${formatBytes(size)}, over`} the ${formatBytes(max)} limit${compressed ? ' once uncompressed' : ''}; raise it with --max-bytes.`,
  elements: (count: number, max: number): string =>
    `This page has ${formatCount(count)} elements, over the ${formatCount(max)} limit; raise it with --max-elements.`,
  cpu: (l: Limits): string =>
    `Cleaning this page needed more than ${formatSeconds(cpuBudgetMs(l))} of CPU time, its budget (1/${CPU_SHARE} of the ${formatSeconds(l.timeoutMs)} --timeout); raise it with --timeout.`,
  wall: (l: Limits, cpuMs: number | null): string =>
    `This page was stopped at the ${formatSeconds(l.timeoutMs)} --timeout` +
    (cpuMs === null ? '' : ` after ${formatSeconds(cpuMs)} of CPU time (the machine is busy)`) +
    '; raise it with --timeout, or run fewer --jobs.',
  memory: (): string => `Cleaning this page needed more than ${formatBytes(MAX_PAGE_HEAP_MB * 1024 ** 2)} of memory, the most one page may use.`,
};
