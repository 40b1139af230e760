import { cleanPage } from './clean';
import { toErrorInfo, type ErrorInfo } from './errors';
import type { Format } from './format';
import { formatArticle } from './format-article';
import { cpuBudgetMs, limitMessage, type Limits } from './limits';
import { pageText, type RawPage } from './load';
import type { LearnedRule } from '../src/index';

/**
 * One page's work in a worker thread, from its bytes to the text the CLI prints or writes:
 * gunzip, decode and count its tags (cli/load.ts: refused before parsing when over the element
 * limit), then parse, extract, format. All of it runs under the page's time limit, where the main
 * thread can stop it: even decoding 50 MB takes long on a busy machine.
 */
export interface PageJob {
  id: number;
  source: string;
  raw: RawPage;
  format: Format;
  limits: Limits;
  /** --url. */
  url?: string;
  /** --rules: the learned rules (each applies where its site matches the page's address). */
  learned?: LearnedRule[];
}

export type PageResult =
  | { id: number; ok: true; body: string; title: string; url: string | null }
  | { id: number; ok: false; error: ErrorInfo };

/**
 * `cpuClock` is this thread's CPU time in ms (null: no such clock here, wall time stands in).
 * The budget counts from the start of the page, parse included.
 */
export function runPage(job: PageJob, cpuClock: (() => number) | null): PageResult {
  const now = cpuClock ?? (() => performance.now());
  const { limits } = job;
  try {
    const deadline = now() + cpuBudgetMs(limits);
    const page = pageText(job.raw, limits);
    const cleaned = cleanPage(page, { url: job.url, learned: job.learned, maxElements: limits.maxElements, now, deadline });
    if (!cleaned.ok) {
      const error = cleaned.error.code === 'timeout' ? { code: 'timeout' as const, message: limitMessage.cpu(limits) } : cleaned.error;
      return { id: job.id, ok: false, error };
    }
    const body = formatArticle(job.format, cleaned.article, cleaned.markdown, job.source, { url: cleaned.url, canonicalUrl: cleaned.canonicalUrl });
    return { id: job.id, ok: true, body, title: cleaned.article.title, url: cleaned.url };
  } catch (e) {
    return { id: job.id, ok: false, error: toErrorInfo(e) };
  }
}
