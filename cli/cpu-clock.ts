import { readFileSync, readlinkSync } from 'node:fs';

/**
 * CPU time of one thread, so a page's budget counts the computing it needed, not how busy the
 * machine was. Node 20 has no per-thread CPU clock (process.cpuUsage() sums every thread, and
 * with --jobs several pages run at once), but Linux keeps one for every thread in /proc: a worker
 * reads its own (extract's clock, stopping at a step boundary) and the main thread reads each
 * worker's from outside (the watchdog, which also sees a parse that never returns). Elsewhere
 * there is no such clock: the CLI then falls back to wall-clock time.
 */

/** Nanoseconds on CPU from a schedstat file, else user + system ticks (1/100 s) from a stat file. */
function readCpuMs(dir: string): number | null {
  try {
    const ns = Number(readFileSync(`${dir}/schedstat`, 'latin1').split(' ')[0]);
    if (Number.isFinite(ns)) return ns / 1e6;
  } catch {
    // No schedstat (a kernel without schedstats): the coarser stat file.
  }
  try {
    const stat = readFileSync(`${dir}/stat`, 'latin1');
    // After the command name in parentheses (which may hold spaces): fields 14 and 15 of stat(5).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

/** This thread's id in /proc (`/proc/self/task/ID`), or null where there is no /proc. */
export function currentThreadId(): string | null {
  try {
    return readlinkSync('/proc/thread-self').split('/').pop() ?? null;
  } catch {
    return null;
  }
}

/** The CPU time of thread `id` of this process, in ms, or null. */
export function threadCpuMs(id: string): number | null {
  return readCpuMs(`/proc/self/task/${id}`);
}

/** A clock of this thread's CPU time in ms, or null where there is none. */
export function ownCpuClock(): (() => number) | null {
  const id = currentThreadId();
  if (id === null || threadCpuMs(id) === null) return null;
  return () => threadCpuMs(id) ?? 0;
}
