/**
 * How much slower wall-clock time runs on this machine now: vite.config.ts sets it from the load
 * average per core as a run starts (1 to 4; TIDY_TEST_SLOWDOWN overrides it), and the test workers
 * and browser tests read it here.
 */
export const SLOWDOWN = Math.max(1, Number(process.env.TIDY_TEST_SLOWDOWN) || 1);

/** A wall-clock limit (a hang detector) for this machine: CPU-time checks inside the tests stay as they are. */
export function wallMs(ms: number): number {
  return Math.round(ms * SLOWDOWN);
}
