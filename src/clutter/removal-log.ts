import type { Removal, RemovalKind } from '../types';
import { preview } from '../dom/text';
import { nodeListOf, type TreeNode } from '../dom/node-list';
import { isKept } from '../dom/kept';

/**
 * The record of everything taken out. Each removed element is swapped for an empty placeholder
 * span so that, after Readability and the sanitizer, its place in the article can still be found
 * (see steps/locate-removals.ts); the element itself is kept to be sanitized and offered for restoring.
 */
export const PLACEHOLDER_ATTR = 'data-tidy-removed';
export const PLACEHOLDER_TEXT = '\u2060';

export interface PendingRemoval {
  id: number;
  kind: RemovalKind;
  reason: string;
  element: Element;
  /** Taken from inside the page's article or main element (so worth reporting even unplaced). */
  inArticle: boolean;
}

/** A removal in a draft (finish.ts): `id` is its place in this log, its nodes the page's own, unsanitized. */
export interface DraftRemoval {
  id: number;
  kind: RemovalKind;
  reason: string;
  nodes: TreeNode[];
  /** Taken from inside the page's article or main element (reported even when its place is lost). */
  inArticle: boolean;
}

export class RemovalLog {
  /** Indexed by id (a resumed log has holes where the page's removals were not worth carrying). */
  readonly pending: PendingRemoval[] = [];

  /**
   * The log a draft carries on, where the article is finished (finish.ts): the page's removals that
   * may be reported, in their places, and the next removal numbered after all `count` the page logged.
   */
  static resume(kept: PendingRemoval[], count: number): RemovalLog {
    const log = new RemovalLog();
    log.pending.length = count;
    for (const p of kept) log.pending[p.id] = p;
    return log;
  }

  remove(el: Element, kind: RemovalKind, reason: string, inArticle = false): void {
    // A block the user asked to keep (steps/learned-rules.ts), or one inside or around it, stays.
    if (isKept(el)) return;
    const id = this.pending.length;
    this.pending.push({ id, kind, reason, element: el, inArticle });
    const doc = el.ownerDocument;
    const mark = doc.createElement('span');
    mark.setAttribute(PLACEHOLDER_ATTR, String(id));
    // Not empty: Readability deletes paragraphs with no text, which would lose the place of a
    // block removed from between two paragraphs. A word joiner is invisible and not whitespace.
    mark.textContent = PLACEHOLDER_TEXT;
    el.replaceWith(mark);
  }

  /**
   * Final removals, given each one's position and a function that sanitizes and serializes a list of
   * elements (all in one go: it may consume them, so the previews are read first). Reported are those
   * whose placeholder made it into the article, and those taken from inside the page's article or
   * main element (a share bar in the article's footer, which Readability then dropped: position -1).
   * A block taken from a sidebar or the site footer is not something the reader lost (and not worth
   * sanitizing). Ids are renumbered from 0 in order of removal.
   */
  finish(htmlOf: (els: Element[]) => string[], positions: Map<number, number>): Removal[] {
    const kept = this.pending.filter((p) => positions.has(p.id) || p.inArticle);
    const items = kept.map((p) => ({ ...p, text: preview(p.element.textContent ?? '') }));
    return reportRemovals(items, htmlOf(kept.map((p) => p.element)), positions);
  }

  /**
   * The removals a draft carries (finish.ts, ArticleDraft): those that may be reported once the
   * draft is finished, that is those whose placeholder is in the unsanitized `article` (the
   * article's steps and sanitizing keep no placeholder that is not there now) or taken from inside
   * the page's article, each with its own nodes, unsanitized. Finishing the draft then keeps those
   * `finish` would keep.
   */
  drafts(article: Element): DraftRemoval[] {
    const placed = new Set(Array.from(article.querySelectorAll(`[${PLACEHOLDER_ATTR}]`), (m) => Number(m.getAttribute(PLACEHOLDER_ATTR))));
    return this.pending
      .filter((p) => placed.has(p.id) || p.inArticle)
      .map((p) => ({ id: p.id, kind: p.kind, reason: p.reason, nodes: nodeListOf(p.element), inArticle: p.inArticle }));
  }
}

/** The reported removals: `items` (already those worth reporting) with their sanitized `html`, renumbered from 0. */
function reportRemovals(items: (Pick<DraftRemoval, 'id' | 'kind' | 'reason'> & { text: string })[], html: string[], positions: Map<number, number>): Removal[] {
  return items.map((p, i) => ({ id: i, kind: p.kind, reason: p.reason, text: p.text, html: html[i], position: positions.get(p.id) ?? -1 }));
}
