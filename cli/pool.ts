import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { threadCpuMs } from './cpu-clock';
import { toErrorInfo, type ErrorInfo } from './errors';
import { MAX_PAGE_HEAP_MB, cpuBudgetMs, limitMessage } from './limits';
import type { PageJob, PageResult } from './page';

/**
 * Worker threads that run pages (cli/worker.ts), one page per worker at a time, and a watchdog
 * per page: a page is stopped when its wall-clock time reaches --timeout, or when its worker's CPU
 * time passes the page's CPU budget (read from outside, so a parse that never returns is stopped
 * too). Stopping a page terminates its worker; the next page gets a fresh one. A worker that dies
 * (out of memory, or a crash) fails only the page it was running.
 */
export interface WorkerEntry {
  url: URL;
  argv?: string[];
}

/** bin/tidy-reader.mjs puts the bundled worker here, next to the bundled main. */
const ENTRY_KEY = Symbol.for('tidy-reader.worker');

export function workerEntry(): WorkerEntry {
  const given = (globalThis as Record<symbol, unknown>)[ENTRY_KEY] as WorkerEntry | undefined;
  if (given) return given;
  // Unbundled (cli/ imported by a test, or the tsx fallback): the TypeScript worker through tsx.
  return { url: new URL('../bin/run-ts.mjs', import.meta.url), argv: [fileURLToPath(new URL('./worker.ts', import.meta.url))] };
}

/** Time the worker's own check (extract's clock, at a step boundary) gets before the watchdog stops it. */
const CPU_GRACE_MS = 250;

type Done = (r: PageResult) => void;

class Slot {
  readonly worker: Worker;
  /** The worker's thread id for its CPU clock (null: none), once it has started. */
  readonly ready: Promise<string | null>;
  dead = false;
  private current: { id: number; done: Done } | null = null;

  constructor(entry: WorkerEntry) {
    this.worker = new Worker(entry.url, { argv: entry.argv, resourceLimits: { maxOldGenerationSizeMb: MAX_PAGE_HEAP_MB } });
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (m: PageResult | { ready: true; threadId: string | null }) => {
        if ('ready' in m) resolve(m.threadId);
        else this.finish(m);
      });
      this.worker.on('error', (e: Error & { code?: string }) => {
        this.dead = true;
        reject(e);
        const error: ErrorInfo = e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { code: 'too-large', message: limitMessage.memory() } : toErrorInfo(e);
        if (this.current) this.finish({ id: this.current.id, ok: false, error });
      });
      this.worker.on('exit', (code) => {
        this.dead = true;
        reject(new Error(`the worker exited (${code}) before it started`));
        if (this.current) this.finish({ id: this.current.id, ok: false, error: { code: 'parse-error', message: `The worker cleaning this page stopped (exit code ${code}).` } });
      });
    });
    // A start that fails is reported by the page that waits for it.
    this.ready.catch(() => undefined);
  }

  cpuMs(threadId: string | null): number | null {
    return threadId === null ? null : threadCpuMs(threadId);
  }

  run(job: PageJob, done: Done): void {
    this.current = { id: job.id, done };
    const bytes = job.raw.bytes;
    // The bytes move to the worker without a copy when they own their buffer (a pooled small Buffer does not).
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    this.worker.postMessage(job, whole ? [bytes.buffer as ArrayBuffer] : []);
  }

  finish(r: PageResult): void {
    const c = this.current;
    if (!c || c.id !== r.id) return;
    this.current = null;
    c.done(r);
  }

  stop(): Promise<number> {
    this.dead = true;
    return this.worker.terminate();
  }
}

export class PagePool {
  private readonly idle: Slot[] = [];
  private readonly waiting: ((s: Slot) => void)[] = [];
  private readonly stopping: Promise<unknown>[] = [];
  private live = 0;

  constructor(private readonly size: number, private readonly entry: WorkerEntry = workerEntry()) {}

  private acquire(): Promise<Slot> {
    const slot = this.idle.pop();
    if (slot) return Promise.resolve(slot);
    if (this.live < this.size) {
      this.live++;
      return Promise.resolve(new Slot(this.entry));
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    if (slot.dead) {
      this.live--;
      this.stopping.push(slot.stop());
      const next = this.waiting.shift();
      if (next) {
        this.live++;
        next(new Slot(this.entry));
      }
      return;
    }
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }

  /** Runs one page; never rejects: a failure is a result. */
  async run(job: PageJob): Promise<PageResult> {
    const slot = await this.acquire();
    let threadId: string | null;
    try {
      threadId = await slot.ready;
    } catch (e) {
      slot.dead = true;
      this.release(slot);
      return { id: job.id, ok: false, error: { code: 'parse-error', message: `No worker could be started to clean this page (${(e as Error).message}).` } };
    }
    const result = await new Promise<PageResult>((resolve) => {
      const { limits } = job;
      const budget = cpuBudgetMs(limits) + CPU_GRACE_MS;
      const t0 = performance.now();
      const cpu0 = slot.cpuMs(threadId);
      let timer: NodeJS.Timeout | undefined;
      const done = (r: PageResult): void => {
        clearTimeout(timer);
        resolve(r);
      };
      const stop = (message: string): void => {
        slot.dead = true;
        slot.finish({ id: job.id, ok: false, error: { code: 'timeout', message } });
      };
      const check = (): void => {
        const wall = performance.now() - t0;
        const now = cpu0 === null ? null : slot.cpuMs(threadId);
        const cpu = now === null || cpu0 === null ? null : now - cpu0;
        if (wall >= limits.timeoutMs) return stop(limitMessage.wall(limits, cpu));
        if (cpu !== null && cpu >= budget) return stop(limitMessage.cpu(limits));
        // CPU time grows no faster than wall time: nothing can be over before the nearer of the two.
        const next = Math.min(limits.timeoutMs - wall, cpu === null ? Infinity : budget - cpu);
        timer = setTimeout(check, Math.max(5, Math.ceil(next)));
      };
      slot.run(job, done);
      check();
    });
    this.release(slot);
    return result;
  }

  /** Stops every worker (and waits for those stopped on the way). */
  async close(): Promise<void> {
    await Promise.all([...this.idle.splice(0).map((s) => s.stop()), ...this.stopping]);
  }
}
