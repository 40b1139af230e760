import { extract } from '../../src/extract';
import { htmlToFragment } from '../../src/dom/parse';
import { markdownOf } from './exports-key';
import type { UserRule } from '../../src/types';
import type { ExtractReply } from '../shared/messages';

/**
 * Runs the pipeline on the live document (the pipeline clones it first, so the page never
 * changes). The last reply is kept for the same URL, rules and mode: the popup extracts, then
 * "Open reader view" asks again a moment later and should not pay for a second run.
 */
let last: { key: string; reply: ExtractReply } | null = null;

export function extractPage(rules: UserRule[], force: boolean, reuse = true): ExtractReply {
  const url = location.href;
  const key = JSON.stringify([url, force, rules]);
  if (reuse && last && last.key === key) return last.reply;
  const start = performance.now();
  const result = extract(document, { url, rules, force });
  // Markdown when the export module is in the page (the reader path); otherwise null, and the
  // popup renders it from the article HTML itself.
  const markdown = result.ok ? markdownOf(htmlToFragment(result.article.html, document)) : null;
  const reply: ExtractReply = { result, markdown, url, ms: Math.round((performance.now() - start) * 10) / 10 };
  last = { key, reply };
  return reply;
}

/** Forget the cached reply (the page may have changed since). */
export function forgetExtraction(): void {
  last = null;
}
