import { afterAll, describe, expect, it } from 'vitest';
import { PagePool } from '../../cli/pool';
import { defaultLimits, type Limits } from '../../cli/limits';
import type { PageJob, PageResult } from '../../cli/page';
import type { RawPage } from '../../cli/load';

/**
 * cli/pool.ts: the hostile and huge pages of issue 13, generated here, each end within its
 * --timeout plus 1 s of wall time, parse included, with a message naming the limit it hit. The
 * clock runs from when the page is handed to a started worker (a stopped worker's replacement
 * starts before the next page's clock). The limits are the CLI's defaults but the time: 4 s for
 * the pages the time limit stops, 12 s (a CPU budget of 2 s) for those refused before parsing, so
 * that decoding and counting 50 MB on a busy machine is not what ends them.
 */
const TIMEOUT_MS = 4000;
const limits: Limits = { ...defaultLimits({}), timeoutMs: TIMEOUT_MS };
const COUNTED_MS = 12_000;
const counted: Limits = { ...limits, timeoutMs: COUNTED_MS };
const pool = new PagePool(1);
afterAll(() => pool.close());

const SENTENCE = 'The river rose overnight and the old bridge was closed to traffic while engineers checked it. ';
const page = (body: string, title = 'Hostile'): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

let id = 0;
function job(html: string, jobLimits = limits): PageJob {
  const raw: RawPage = { bytes: Buffer.from(html), name: 'page.html', contentType: 'text/html' };
  return { id: ++id, source: 'page.html', raw, format: 'json', limits: jobLimits };
}

/** Wall time of one page on a warm worker (a small page first, so the worker is started). */
async function timed(html: string, jobLimits = limits): Promise<{ ms: number; result: PageResult }> {
  await pool.run(job(page(`<p>${SENTENCE}</p>`)));
  const hostile = job(html, jobLimits);
  const t0 = performance.now();
  const result = await pool.run(hostile);
  return { ms: performance.now() - t0, result };
}

const message = (r: PageResult): string => (r.ok ? 'an article' : `${r.error.message} [${r.error.code}]`);

describe('hostile and huge pages end within --timeout + 1 s, naming the limit', () => {
  it('100,000 paragraphs: refused by the tag count before parsing (html, head, title and body are the other 4)', async () => {
    const { ms, result } = await timed(page(`<p>${SENTENCE}</p>\n`.repeat(100_000)), counted);
    expect(message(result)).toBe('This page has 100,004 elements, over the 60,000 limit; raise it with --max-elements. [too-large]');
    expect(ms).toBeLessThan(COUNTED_MS + 1000);
  });

  it('50 MB of markup: refused by the tag count before parsing; over 50 MB, by its size', async () => {
    const unit = '<div><span>x</span></div>';
    const under = page(unit.repeat(Math.floor((49.9 * 1024 * 1024) / unit.length)));
    const { ms, result } = await timed(under, counted);
    expect(message(result)).toMatch(/^This page has 4,18\d,\d{3} elements, over the 60,000 limit; raise it with --max-elements\. \[too-large\]$/);
    expect(ms).toBeLessThan(COUNTED_MS + 1000);
    const over = await timed(page(unit.repeat(Math.ceil((50 * 1024 * 1024) / unit.length))), { ...limits, maxBytes: 50 * 1024 * 1024 });
    expect(message(over.result)).toMatch(/over the 50 MB limit; raise it with --max-bytes\. \[too-large\]$/);
    expect(over.ms).toBeLessThan(TIMEOUT_MS + 1000);
  });

  it('a 10 MB plain article (54,000 paragraphs, under the element limit): stopped by the time limit', async () => {
    const html = page(`<article><h1>Long</h1>${`<p>${SENTENCE.repeat(2)}</p>\n`.repeat(54_000)}</article>`);
    expect(html.length).toBeGreaterThan(10_000_000);
    const { ms, result } = await timed(html);
    expect(message(result)).toMatch(/(needed more than 667 ms of CPU time, its budget \(1\/6 of the 4 s --timeout\)|was stopped at the 4 s --timeout).*; raise it with --timeout.*\[timeout\]$/);
    expect(ms).toBeLessThan(TIMEOUT_MS + 1000);
  });

  it('5,000-deep nesting: ends in time, with an article or a message naming the limit', async () => {
    const html = page(`${'<div>'.repeat(5000)}<p>${SENTENCE.repeat(10)}</p>${'</div>'.repeat(5000)}`);
    const { ms, result } = await timed(html);
    if (!result.ok) expect(message(result)).toMatch(/raise it with --(timeout|max-elements)/);
    expect(ms).toBeLessThan(TIMEOUT_MS + 1000);
  });

  it('a page after a stopped one runs on a fresh worker', async () => {
    const { result } = await timed(page(`<article><h1>After</h1>${`<p>${SENTENCE.repeat(3)}</p>`.repeat(8)}</article>`, 'After'));
    expect(result.ok && JSON.parse(result.body).title).toBe('After');
  });
});
