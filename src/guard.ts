import type { ExtractOptions, ExtractResult } from './types';
import { DEFAULT_TIME_BUDGET_MS } from './limits';
import { failure } from './failure';
import { TooLargeError } from './steps/readability';

/**
 * The time budget and the last line of defence, for both halves of the pipeline: the extraction
 * (extract.ts) and the finishing where the article is shown (finish.ts), which runs the article's
 * steps on a draft the page made. Either way a slow page ends as `timeout` and anything unforeseen
 * as `parse-error`, never as a crash or a hang.
 */

/** Called between steps with the name of what just ran: checks the time budget (and reports to `options.trace`). */
export type Check = (step: string) => void;

class Timeout extends Error {}

export type Failed = ExtractResult & { ok: false };

export function guarded<R>(options: Pick<ExtractOptions, 'now' | 'timeBudgetMs' | 'trace'>, body: (checkTime: Check) => R): R | Failed {
  const now = options.now ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now()));
  const start = now();
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const trace = options.trace;
  const checkTime = (step: string): void => {
    const t = now();
    trace?.(step, t);
    if (t - start > budget) throw new Timeout();
  };
  try {
    return body(checkTime);
  } catch (e) {
    if (e instanceof Timeout) return failure('timeout');
    if (e instanceof TooLargeError) return failure('too-large');
    return failure('parse-error', e instanceof Error ? `(${e.name}: ${e.message.slice(0, 200)})` : undefined);
  }
}
