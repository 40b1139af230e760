import { finishDraft } from '../../src/index';
import type { ArticleReply, ExtractReply } from './protocol';

/**
 * The content script's draft finished where it is shown (the popup, the reader module): sanitized
 * with the pipeline's DOMPurify allowlist in an inert document of this context, its text and
 * removals read from the sanitized article. The content script carries no sanitizer; nothing of
 * the draft reaches a document that renders before this (and the sink sanitizes again on insertion).
 */
export function finishReply(reply: ExtractReply, doc: Document): ArticleReply {
  const start = performance.now();
  const result = reply.result.ok ? finishDraft(reply.result.draft, doc) : reply.result;
  return { result, url: reply.url, ms: Math.round((reply.ms + performance.now() - start) * 10) / 10 };
}
