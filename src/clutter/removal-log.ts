import type { RemovalKind } from '../types';
import { nodeListOf, type TreeNode } from '../dom/node-list';
import { isKept, mayHoldKept } from '../dom/kept';

/**
 * The record of everything taken out. Each removed element is swapped for an empty placeholder
 * span so that, after Readability and the sanitizer, its place in the article can still be found
 * (see steps/locate-removals.ts); the element itself is kept to be sanitized and offered for restoring.
 * Only what the page's steps need is here, since the content script carries this module: what the
 * article's steps and the finishing do with the log (absorbing a box's parts, resuming a draft's
 * log, the reported removals and their previews) is in absorb.ts and removal-report.ts, which only
 * the pages that finish a draft (and `extract`) load. A class's methods are all bundled with it.
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
  /** Put back into a wider box removed later, which is reported (and restored) in its stead. */
  absorbed?: boolean;
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

  remove(el: Element, kind: RemovalKind, reason: string, inArticle = false): void {
    // A block the user asked to keep (steps/learned-rules.ts), or one inside or around it, stays.
    // Asked only where a mark may be (in jsdom two selector queries per removal, 0.01 of
    // Readability's time per page, on the pages without one).
    if (mayHoldKept(el.ownerDocument) && isKept(el)) return;
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

  /** The removal a placeholder stands for. */
  of(placeholder: Element): PendingRemoval | undefined {
    const id = placeholder.getAttribute(PLACEHOLDER_ATTR);
    return id === null ? undefined : this.pending[Number(id)];
  }

  /**
   * The removals a draft carries (finish.ts, ArticleDraft): those that may be reported once the
   * draft is finished, that is those whose placeholder is in the unsanitized `article` (the
   * article's steps and sanitizing keep no placeholder that is not there now) or taken from inside
   * the page's article, each with its own nodes, unsanitized. Finishing the draft then keeps those
   * `reportedRemovals` (removal-report.ts) would keep.
   */
  drafts(article: Element): DraftRemoval[] {
    const placed = new Set(Array.from(article.querySelectorAll(`[${PLACEHOLDER_ATTR}]`), (m) => Number(m.getAttribute(PLACEHOLDER_ATTR))));
    return this.pending
      // Not yet judged worth a line: an empty form the page's rules took can still be a box's
      // control once the article's steps run (finish.ts); one put back into a wider box is gone.
      .filter((p) => !p.absorbed && (placed.has(p.id) || p.inArticle))
      .map((p) => ({ id: p.id, kind: p.kind, reason: p.reason, nodes: nodeListOf(p.element), inArticle: p.inArticle }));
  }
}
