import type { Removal, RemovalKind } from '../types';
import { foldSpace, preview } from '../dom/text';
import { isBlockElement } from '../render/text';
import { nodeListOf, type TreeNode } from '../dom/node-list';
import { isKept, mayHoldKept } from '../dom/kept';

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
  /** Put back into a wider box removed later, which is reported (and restored) in its stead. */
  absorbed?: boolean;
}

/** The captions of a form's own controls: a bare form carries no text of its own. */
const CAPTIONS = new Set(['label', 'button', 'select', 'option', 'legend', 'textarea']);
const MEDIA = new Set(['img', 'picture', 'svg', 'video', 'iframe']);

/**
 * Whether a removed block is worth a line in Removed: it carries text (besides its form controls'
 * captions, "Comment" over an empty comment box) or a picture. The placeholders of blocks removed
 * from inside it are not its text.
 */
function carriesSomething(el: Element): boolean {
  // One walk that stops at the first picture (a collection per name counted them all).
  const pictures = el.ownerDocument.createTreeWalker(el, 1);
  for (let e = pictures.nextNode() as Element | null; e; e = pictures.nextNode() as Element | null) if (MEDIA.has(e.localName)) return true;
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/[^\s\u2060]/.test(n.nodeValue ?? '')) continue;
    let caption = false;
    for (let p = n.parentElement; p && p !== el.parentElement; p = p.parentElement) if (CAPTIONS.has(p.localName)) caption = true;
    if (!caption) return true;
  }
  return false;
}

/** A removal with its own line in Removed: not put back into a wider box, and carrying something (above). */
const worthReporting = (p: PendingRemoval): boolean => !p.absorbed && carriesSomething(p.element);

/**
 * The text of `el` with a space where one block ends and the next begins ("Related coverage" and
 * "October 13" in two divs are two words apart, not "coverageOctober"), word joiners dropped.
 */
function blockText(el: Element): string {
  let out = '';
  const walker = el.ownerDocument.createTreeWalker(el, 5 /* elements and text */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) out += n.nodeValue;
    else if (isBlockElement(n as Element) || n.nodeName === 'BR') out += ' ';
  }
  return foldSpace(out.replaceAll('\u2060', ''));
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
   * Before removing `box` as one block: the removals inside it that `take` accepts are put back in
   * their places (the box is reported, previewed and restored with them, as one); the placeholders
   * of the others are moved out ahead of it, so those keep their places in the article.
   */
  absorb(box: Element, take: (p: PendingRemoval) => boolean): void {
    // A box the user keeps (or one holding a kept block) is not removed (`remove`): what was taken
    // from it stays taken, each reported on its own.
    if (mayHoldKept(box.ownerDocument) && isKept(box)) return;
    // Again after each round: a removal put back may hold placeholders of its own.
    for (let again = true; again;) {
      again = false;
      for (const mark of Array.from(box.getElementsByTagName('span'))) {
        const p = this.of(mark);
        if (!p) continue;
        if (take(p)) {
          mark.replaceWith(p.element);
          p.absorbed = true;
          again = true;
        } else box.before(mark);
      }
    }
  }

  /**
   * Final removals, given each one's position and a function that sanitizes and serializes a list of
   * elements (all in one go: it may consume them, so the previews are read first). Each removal's
   * `html` is made when it is first read, for all of them in that one go: most readers never open
   * the Removed list, and sanitizing every removed box took more of the pipeline's time than any of
   * the article's steps (0.014 of Readability's time per page in jsdom, twice the whole clean-up's
   * rise over main). A JSON or structured copy reads it like any other field. Reported are those
   * whose placeholder made it into the article, and those taken from inside the page's article or
   * main element (a share bar in the article's footer, which Readability then dropped: position -1).
   * A block taken from a sidebar or the site footer is not something the reader lost (and not worth
   * sanitizing). Ids are renumbered from 0 in order of removal.
   */
  finish(htmlOf: (els: Element[]) => string[], positions: Map<number, number>): Removal[] {
    // Placed or from the article first: the page's pass took whole sidebars and footers, whose every
    // node `worthReporting` would walk for nothing.
    const kept = this.pending.filter((p) => (positions.has(p.id) || p.inArticle) && worthReporting(p));
    const items = kept.map((p) => ({ ...p, text: preview(blockText(p.element)) }));
    let html: string[] | undefined;
    return reportRemovals(items, (i) => (html ??= htmlOf(kept.map((p) => p.element)))[i], positions);
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
      // Not yet judged worth a line: an empty form the page's rules took can still be a box's
      // control once the article's steps run (finish.ts); one put back into a wider box is gone.
      .filter((p) => !p.absorbed && (placed.has(p.id) || p.inArticle))
      .map((p) => ({ id: p.id, kind: p.kind, reason: p.reason, nodes: nodeListOf(p.element), inArticle: p.inArticle }));
  }
}

/**
 * The reported removals: `items` (already those worth reporting) with their sanitized `html` (`htmlOf`,
 * asked when the field is first read; then it is a plain field), renumbered from 0. Fields in the
 * order a literal would have them, so a JSON copy reads as before.
 */
function reportRemovals(items: (Pick<DraftRemoval, 'id' | 'kind' | 'reason'> & { text: string })[], htmlOf: (i: number) => string, positions: Map<number, number>): Removal[] {
  return items.map((p, i) => {
    const r = { id: i, kind: p.kind, reason: p.reason, text: p.text } as Removal;
    Object.defineProperty(r, 'html', {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = htmlOf(i);
        Object.defineProperty(r, 'html', { value, enumerable: true, configurable: true, writable: true });
        return value;
      },
      set: (value: string) => Object.defineProperty(r, 'html', { value, enumerable: true, configurable: true, writable: true }),
    });
    r.position = positions.get(p.id) ?? -1;
    return r;
  });
}
