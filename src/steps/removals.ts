import type { Removal, RemovalKind } from '../types';
import { preview } from '../dom/text';

/**
 * The record of everything taken out. Each removed element is swapped for an empty placeholder
 * span so that, after Readability and the sanitizer, its place in the article can still be found
 * (see `locateRemovals`); the element itself is kept to be sanitized and offered for restoring.
 */
export const PLACEHOLDER_ATTR = 'data-tidy-removed';

export interface PendingRemoval {
  id: number;
  kind: RemovalKind;
  reason: string;
  text: string;
  element: Element;
}

export class RemovalLog {
  readonly pending: PendingRemoval[] = [];

  remove(el: Element, kind: RemovalKind, reason: string): void {
    const id = this.pending.length;
    this.pending.push({ id, kind, reason, text: preview(el.textContent ?? ''), element: el });
    const doc = el.ownerDocument;
    const mark = doc.createElement('span');
    mark.setAttribute(PLACEHOLDER_ATTR, String(id));
    el.replaceWith(mark);
  }

  /** Final removals, given each one's sanitized HTML and position. */
  finish(htmlOf: (el: Element) => string, positions: Map<number, number>): Removal[] {
    return this.pending.map((p) => ({
      id: p.id,
      kind: p.kind,
      reason: p.reason,
      text: p.text,
      html: htmlOf(p.element),
      position: positions.get(p.id) ?? -1,
    }));
  }
}
