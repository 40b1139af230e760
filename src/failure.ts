import type { ExtractResult, Failure, FailureCode } from './types';

/**
 * Why there is no article, in a sentence a user understands: the pipeline fails in two places, the
 * extraction in the page and the finishing where the article is shown (finish.ts).
 */
const MESSAGES: Record<FailureCode, string> = {
  'no-article': "This page doesn't look like an article.",
  'not-html': 'This is not an HTML page, so there is no article to read.',
  'too-large': 'This page is too large to clean safely.',
  timeout: 'Cleaning this page took too long, so it was stopped.',
  'parse-error': 'This page could not be read.',
  'no-dom': 'No HTML sanitizer is available here, so nothing is shown rather than something unsafe.',
};

export function failure(code: FailureCode, detail?: string): ExtractResult & { ok: false } {
  const error: Failure = { code, message: detail ? `${MESSAGES[code]} ${detail}` : MESSAGES[code] };
  return { ok: false, error };
}
