import fc from 'fast-check';

/**
 * One seed per run, shown in the test names and in every failure, and settable to replay it:
 *   TIDY_FUZZ_SEED=123456 npx vitest run test/property
 * TIDY_FUZZ_SCALE multiplies the number of cases (e.g. 10 for a longer local soak).
 */
export const FUZZ_SEED = process.env.TIDY_FUZZ_SEED ? Number(process.env.TIDY_FUZZ_SEED) : (Date.now() ^ (process.pid << 8)) >>> 0;
const scale = Number(process.env.TIDY_FUZZ_SCALE);
export const FUZZ_SCALE = Number.isFinite(scale) && scale > 0 ? scale : 1;

export { SLOWDOWN, wallMs } from '../wall-clock';

export function runs(n: number): number {
  return Math.max(1, Math.round(n * FUZZ_SCALE));
}

/** fc.assert with our seed; a failure says how to replay it (fast-check adds the path and counterexample). */
export function assertProperty<Ts extends [unknown, ...unknown[]]>(prop: fc.IProperty<Ts>, numRuns: number): void {
  try {
    fc.assert(prop, { seed: FUZZ_SEED, numRuns });
  } catch (e) {
    // fast-check's message ends with the underlying error: keep its head (seed, path, shrunk
    // counterexample) and its tail, so a huge counterexample cannot hide why it failed.
    const cause = e instanceof Error && e.cause instanceof Error ? `\nCaused by: ${e.cause.message}` : '';
    const msg = (e instanceof Error ? e.message : String(e)) + cause;
    const shown = msg.length > 12000 ? `${msg.slice(0, 6000)}\n…\n${msg.slice(-6000)}` : msg;
    throw new Error(`Replay with TIDY_FUZZ_SEED=${FUZZ_SEED} npx vitest run test/property\n${shown}`);
  }
}
