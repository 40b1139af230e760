import type { Removal, RemovalKind } from '../types';
import { preview } from '../dom/text';

/**
 * The record of everything taken out. Each removed element is swapped for an empty placeholder
 * span so that, after Readability and the sanitizer, its place in the article can still be found
 * (see `locateRemovals`); the element itself is kept to be sanitized and offered for restoring.
 */
export const PLACEHOLDER_ATTR = 'data-tidy-removed';
export const PLACEHOLDER_TEXT = '\u2060';

export interface PendingRemoval {
  id: number;
  kind: RemovalKind;
  reason: string;
  element: Element;
}

export class RemovalLog {
  readonly pending: PendingRemoval[] = [];

  remove(el: Element, kind: RemovalKind, reason: string): void {
    const id = this.pending.length;
    this.pending.push({ id, kind, reason, element: el });
    const doc = el.ownerDocument;
    const mark = doc.createElement('span');
    mark.setAttribute(PLACEHOLDER_ATTR, String(id));
    // Not empty: Readability deletes paragraphs with no text, which would lose the place of a
    // block removed from between two paragraphs. A word joiner is invisible and not whitespace.
    mark.textContent = PLACEHOLDER_TEXT;
    el.replaceWith(mark);
  }

  /**
   * Final removals, given each one's sanitized HTML and position. Only those whose placeholder
   * made it into the article are reported: a block taken from a sidebar or footer that Readability
   * left out anyway is not something the reader lost (and not worth sanitizing). Ids are
   * renumbered from 0 in article order of removal.
   */
  finish(htmlOf: (el: Element) => string, positions: Map<number, number>): Removal[] {
    return this.pending.filter((p) => positions.has(p.id)).map((p, i) => ({
      id: i,
      kind: p.kind,
      reason: p.reason,
      text: preview(p.element.textContent ?? ''),
      html: htmlOf(p.element),
      position: positions.get(p.id)!,
    }));
  }
}
