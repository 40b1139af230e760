import type { Removal } from '../../../src/index';
import { h } from './element';
import { removalName, removedSummary } from './removal-names';
import type { RestorableArticle } from './restorable-article';

/**
 * The "Removed: …" list under an article: each block's kind, a preview and the rule's reason,
 * and a button that puts it back into the article and takes it out again. Hidden when nothing was
 * removed. `say` reports what happened (the popup's and the reader's status line).
 */
export function removedList(doc: Document, view: RestorableArticle, say: (message: string) => void): HTMLDetailsElement {
  const removed = view.article.removed;
  const label = (r: Removal): string => (view.isRestored(r.id) ? 'Remove again' : 'Restore');
  const items = removed.map((r) => {
    const button = h(doc, 'button', { type: 'button', 'data-testid': 'restore', 'data-restore': String(r.id), disabled: !r.html, title: r.html ? undefined : 'Nothing in this block to put back' }, label(r));
    button.addEventListener('click', () => {
      const block = view.toggle(r);
      button.textContent = label(r);
      block?.scrollIntoView?.({ block: 'nearest' });
      say(block ? `Restored the ${removalName(r.kind)} into the article.` : `Removed the ${removalName(r.kind)} again.`);
    });
    return h(
      doc, 'li', { 'data-testid': 'removed-item', 'data-kind': r.kind, 'data-id': String(r.id), 'data-has-text': String(!!r.text) },
      h(
        doc, 'div', {},
        h(doc, 'span', { class: 'kind' }, removalName(r.kind)),
        h(doc, 'span', { class: 'preview' }, r.text || '(no text)'),
        h(doc, 'span', { class: 'why', 'data-testid': 'removed-reason' }, `Why: ${r.reason}`),
      ),
      button,
    );
  });
  const list = h(
    doc, 'details', { class: 'removed', 'data-testid': 'removed', 'aria-label': 'Removed from the page', hidden: removed.length === 0 },
    h(doc, 'summary', { 'data-testid': 'removed-summary' }, removedSummary(removed)),
    h(doc, 'ul', { 'data-testid': 'removed-list' }, ...items),
  );
  return list;
}
