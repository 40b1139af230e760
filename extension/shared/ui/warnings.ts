import { cutShortWarnings, endRemoval, FIX_LABELS, pageTextHtml, warningMessage, type Article, type Warning } from '../../../src/index';
import { h } from './element';

/**
 * "Looks cut short": the article's warnings (src/warnings/) above its text, for the popup and the
 * reader, each with the fix that fits. "Show what was removed near the end" opens the Removed list
 * at the block removed nearest the article's end; "Use the page's own article text" shows the
 * page's JSON-LD text instead, as escaped paragraphs that go through the context's sanitizing sink
 * like every article (the host's `replace`). Nothing is shown when there is no warning.
 */
export interface WarningActions {
  /** The Removed list under the article (opened by "Show what was removed near the end"). */
  removed: HTMLDetailsElement;
  /** Show this article instead (the page's own text). */
  replace(article: Article): void;
  say(message: string): void;
}

/** The article as the page's own text gives it: no removals (it was never cleaned), no warnings. */
export function pageTextArticle(a: Article, w: Warning): Article {
  const text = w.pageText ?? '';
  const paragraphs = text.split(/\n\s*\n|\r?\n/).map((p) => p.trim()).filter(Boolean);
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return { ...a, html: pageTextHtml(text), text: paragraphs.join('\n\n'), wordCount, readingMinutes: Math.max(1, Math.round(wordCount / 230)), removed: [], signals: undefined };
}

export function warningsBox(doc: Document, a: Article, act: WarningActions): HTMLElement | null {
  const warnings = cutShortWarnings(a);
  if (!warnings.length) return null;
  return h(doc, 'div', { class: 'warnings', role: 'note', 'aria-label': 'Warnings', 'data-testid': 'warnings' }, ...warnings.map((w) => {
    const fix = w.fix ? h(doc, 'button', { type: 'button', 'data-testid': 'warning-fix', 'data-fix': w.fix }, FIX_LABELS[w.fix]) : null;
    fix?.addEventListener('click', () => {
      if (w.fix === 'page-text') {
        act.replace(pageTextArticle(a, w));
        act.say('Showing the page’s own article text.');
        return;
      }
      act.removed.hidden = false;
      act.removed.open = true;
      act.removed.dispatchEvent(new Event('toggle'));
      // Focus first, without scrolling, then scroll: focusing the summary would scroll the list's
      // end, which the user asked to see, back out of view.
      act.removed.querySelector<HTMLElement>('summary')?.focus({ preventScroll: true });
      // The list is in the order blocks were removed, not where they stood: bring the one removed
      // nearest the end of the article into view.
      const last = endRemoval(a);
      const item = last && act.removed.querySelector<HTMLElement>(`[data-testid="removed-item"][data-id="${last.id}"]`);
      (item ?? act.removed).scrollIntoView?.({ block: 'nearest' });
      act.say('The Removed list is open: its last blocks were at the end of the article.');
    });
    return h(doc, 'p', { class: 'warning', 'data-testid': 'warning', 'data-code': w.code }, h(doc, 'span', {}, warningMessage(w)), fix);
  }));
}
