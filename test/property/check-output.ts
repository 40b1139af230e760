import { afterAll, expect } from 'vitest';
import { documentFromHtml } from '../../node/document';
import { htmlToFragment } from '../../src/index';
import { cleanPage, type Cleaned } from '../../cli/clean';
import { checkMarkdown, checkTree } from '../security/check';

/**
 * The properties every page must keep, whatever it holds, on the Node path the CLI uses (jsdom
 * parse → extract → Markdown, `cli/clean.ts`): it never throws, finishes within a bound, fails
 * only with a known code — `parse-error` only when jsdom's own parser threw (an exception inside
 * the pipeline would be a bug) — and whatever comes out (article HTML, its Markdown, every
 * removal's HTML) passes the shared sanitizer check of test/security.
 */
export const KNOWN_CODES = ['no-article', 'not-html', 'too-large', 'timeout', 'parse-error', 'no-dom'];
/** No hang: CPU time per case (wall time would fail on a busy CI machine; extract's own wall budget ends in `timeout`). */
export const CASE_CPU_MS = 10_000;
/** cli/clean.ts's wording when jsdom itself throws while parsing. */
const PARSER_THREW = /^The HTML parser could not read this page/;

/** Outputs are parsed in inert templates of one long-lived window, not a new jsdom per string. */
const checker = documentFromHtml('<!DOCTYPE html><body></body>');
afterAll(() => checker.close());
const check = (html: string): string[] => checkTree(htmlToFragment(html, checker.document));

export const stats = { cases: 0, articles: 0, parserThrew: 0, failures: {} as Record<string, number> };

export function cleanChecked(html: string, url = 'https://fuzz.example/page.html', force = false): Cleaned {
  const cpu0 = process.cpuUsage();
  let r!: Cleaned;
  expect(() => {
    r = cleanPage({ html, url, contentType: 'text/html' }, { force });
  }).not.toThrow();
  const cpu = process.cpuUsage(cpu0);
  expect((cpu.user + cpu.system) / 1000, 'CPU ms for one case').toBeLessThan(CASE_CPU_MS);
  stats.cases++;
  if (!r.ok) {
    expect(KNOWN_CODES).toContain(r.error.code);
    expect(r.error.message.length).toBeGreaterThan(0);
    if (r.error.code === 'parse-error') {
      expect(r.error.message, 'an exception inside the pipeline').toMatch(PARSER_THREW);
      stats.parserThrew++;
    }
    stats.failures[r.error.code] = (stats.failures[r.error.code] ?? 0) + 1;
    return r;
  }
  stats.articles++;
  const a = r.article;
  expect(check(a.html), 'article html').toEqual([]);
  // Tables GFM cannot express stay as (sanitized) HTML in the Markdown; checkMarkdown renders that
  // HTML and checks it, so only its blanket "raw HTML" note is set aside here (see the report).
  expect(checkMarkdown(r.markdown).filter((v) => !v.startsWith('markdown raw HTML')), 'article markdown').toEqual([]);
  for (const rm of a.removed) expect(check(rm.html), `removal ${rm.id} html`).toEqual([]);
  expect(typeof a.text).toBe('string');
  expect(Number.isFinite(a.wordCount)).toBe(true);
  return r;
}
