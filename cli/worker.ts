import { parentPort } from 'node:worker_threads';
import { currentThreadId, ownCpuClock } from './cpu-clock';
import { runPage, type PageJob } from './page';

/**
 * A worker thread of the CLI's pool (cli/pool.ts): runs one page at a time and posts its result.
 * It first says which thread it is, so the main thread can read its CPU clock from outside and stop
 * it when a page runs over its budget, even inside a parse that never returns.
 */
// Libraries under jsdom write to the console ("[csstree-match] BREAK after 15000 iterations"),
// which a worker forwards to the process's stderr, among our lines: silenced.
for (const k of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) console[k] = () => undefined;

const port = parentPort;
if (port) {
  const clock = ownCpuClock();
  port.on('message', (job: PageJob) => port.postMessage(runPage(job, clock)));
  port.postMessage({ ready: true, threadId: currentThreadId() });
}
