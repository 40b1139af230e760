import { extractDraft } from '../../src/index';
import type { StoredRules } from './settings';
import type { ExtractReply } from '../shared/protocol';

/**
 * Runs the pipeline on the live document (the pipeline clones it first, so the page never
 * changes), up to the article's draft: the popup or the reader sanitizes and finishes it. The last reply is kept for the same URL, rules and mode: the popup extracts, then
 * "Open reader view" asks again a moment later and should not pay for a second run (and shows the
 * same removals, so the popup's restores, named by removal id, carry over).
 */
let last: { key: string; reply: ExtractReply } | null = null;

export function extractPage(rules: StoredRules, force: boolean, reuse = true): ExtractReply {
  const url = location.href;
  const key = JSON.stringify([url, force, rules]);
  if (reuse && last && last.key === key) return last.reply;
  const start = performance.now();
  const result = extractDraft(document, { url, ...rules, force, nativeDom: true });
  const reply: ExtractReply = { result, url, ms: Math.round((performance.now() - start) * 10) / 10 };
  last = { key, reply };
  return reply;
}
