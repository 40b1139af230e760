import type { Warning } from '../types';

/**
 * Each warning in words, from what it measured. Apart from the step (cut-short.ts), so the content
 * script carries only the measuring: the CLI adds the message to its JSON, the popup and the
 * reader's lazily loaded warnings module show it.
 */
export function warningMessage(w: Pick<Warning, 'code' | 'evidence'>): string {
  const e = w.evidence;
  switch (w.code) {
    case 'paywalled':
      return `The page marks this article as for subscribers: what you see is the preview it shows (${e.keptWords} of about ${e.pageWords} words), not a fault of the cleaning.`;
    case 'jsonld-longer':
      return `This looks cut short: the page says its article has about ${e.pageWords} words, and ${e.keptWords} were kept.`;
    case 'ends-mid-sentence':
      return `This looks cut short: the text ends mid-sentence (“…${e.lastWords}”).`;
    case 'removed-at-end':
      return `This may be cut short: blocks removed at the end of the article hold ${e.removedWords} words, against ${e.keptWords} kept.`;
    case 'page-larger':
      return `This may be only part of the article: next to it, the page has about ${e.outsideWords} words of prose like the article’s that were not kept (${e.keptWords} were kept).`;
  }
}

/** The fix's button label. */
export const FIX_LABELS: Record<NonNullable<Warning['fix']>, string> = {
  'show-tail': 'Show what was removed near the end',
  'page-text': 'Use the page’s own article text',
};

/** The page's own text (plain, from its JSON-LD) as paragraphs of HTML, escaped: the hosts put it through their sanitizing sink like any article HTML. */
export function pageTextHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text.split(/\n\s*\n|\r?\n/).map((p) => p.trim()).filter(Boolean).map((p) => `<p>${esc(p)}</p>`).join('');
}
