import type { Removal } from '../../../src/types';
import { removalName, removedSummary } from '../../shared/removal-names';
import { h } from './dom';

/**
 * The expandable list of removals. Each entry shows its kind, the rule's reason and a preview;
 * "Restore" asks the overlay to put the block back into the article (once).
 */
export function removedList(doc: Document, removed: Removal[], restore: (r: Removal) => void): HTMLElement {
  const list = h(doc, 'ul');
  for (const r of removed) {
    const button = h(doc, 'button', { type: 'button', 'data-restore': String(r.id), disabled: !r.html }, 'Restore');
    button.addEventListener('click', () => {
      restore(r);
      button.disabled = true;
      button.textContent = 'Restored';
    });
    list.append(
      h(doc, 'li', {}, h(doc, 'p', {}, h(doc, 'strong', {}, removalName(r.kind)), ': ', r.text || '(empty)', h(doc, 'span', { class: 'why' }, r.reason)), button),
    );
  }
  return h(doc, 'section', { class: 'removed', 'aria-label': 'Removed from the page' }, h(doc, 'details', {}, h(doc, 'summary', {}, removedSummary(removed)), list));
}
