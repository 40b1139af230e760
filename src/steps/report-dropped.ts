import type { RuleGroup } from '../rules/types';
import type { DroppedNode } from '../vendor/readability';
import { PLACEHOLDER_ATTR, type RemovalLog } from '../clutter/removal-log';
import { visibleText } from '../clutter/prose';
import { removeArticleClutter } from './remove-clutter';

/**
 * Nothing vanishes unreported. Readability cleans the container it chose (forms, link-heavy divs,
 * blocks named "footer" or "share") and, before choosing, sweeps "unlikely" blocks out of the page;
 * clutter it took that way used to leave the article without a Removed entry, so a reader could
 * neither see nor restore it (the reCAPTCHA notice at the end of the seed article's container). Runs
 * right after Readability and the region check, before the article's own clutter pass: every block
 * Readability removed from the container, or from right beside it, goes through the same clutter
 * rules as the article; what they find is logged as a removal and, where the block's place is still
 * in the article, marked there, so it has a position and its box can be judged with it. What no rule
 * finds stays out, as Readability decided, unreported (it is not clutter of a kind we name).
 */

/** Dropped blocks longer than this are whole regions of the page, not boxes: not looked into. */
const MAX_DROPPED_CHARS = 20_000;

/** A dropped block was in the article: in the container Readability cleaned, or right beside it. */
function wasInArticle(d: DroppedNode, content: Element): boolean {
  if (d.cleaning) return true;
  const p = d.parent;
  if (!p || p.nodeType !== 1 || (p as Element).localName === 'body' || (p as Element).localName === 'html') return false;
  return content.contains(p) || (!!d.prevElement && content.contains(d.prevElement)) || (!!d.nextElement && content.contains(d.nextElement));
}

/** Where the block was, if that place is still in the article: put `nodes` there. */
function putBack(d: DroppedNode, content: Element, nodes: Node[]): boolean {
  const p = d.parent as Element | null;
  if (p && content.contains(p)) {
    if (d.next && d.next.parentNode === p) (d.next as ChildNode).before(...nodes);
    else p.append(...nodes);
    return true;
  }
  if (d.prevElement && content.contains(d.prevElement)) d.prevElement.after(...nodes);
  else if (d.nextElement && content.contains(d.nextElement)) d.nextElement.before(...nodes);
  else return false;
  return true;
}

/**
 * A short linked block Readability took out of the container and no rule names (a teaser's
 * headline link, its thumbnail) is put back where it was until the clutter steps have run: the
 * box it belonged to ("Related coverage", a date, a blurb) is judged whole, with it, and reported
 * as one. What is still in the article after the steps leaves again, as Readability decided
 * (`dropAgain`).
 */
const MAX_RESTORED_CHARS = 400;

function restorable(d: DroppedNode): boolean {
  return d.cleaning && visibleText(d.node).length <= MAX_RESTORED_CHARS && (d.node.localName === 'a' || d.node.getElementsByTagName('a').length > 0);
}

/** Report what Readability dropped of a clutter kind; returns the blocks put back for the clutter steps (see above). */
export function reportDropped(content: Element, dropped: DroppedNode[], groups: readonly RuleGroup[], log: RemovalLog, user?: RuleGroup): Element[] {
  const doc = content.ownerDocument;
  const restored: Element[] = [];
  // Last removal first: each block's recorded neighbours are back in their places before it is.
  for (let k = dropped.length - 1; k >= 0; k--) {
    const d = dropped[k];
    const raw = d.node.textContent ?? '';
    if (raw.length > MAX_DROPPED_CHARS || !raw.trim() || !wasInArticle(d, content) || !visibleText(d.node)) continue;
    const holder = doc.createElement('div');
    holder.appendChild(d.node);
    const first = log.pending.length;
    removeArticleClutter(holder, groups, log, user);
    if (log.pending.length === first) {
      if (restorable(d) && putBack(d, content, [d.node])) restored.push(d.node);
      continue;
    }
    for (let i = first; i < log.pending.length; i++) log.pending[i].inArticle = true;
    const marks = Array.from(holder.getElementsByTagName('span')).filter((s) => s.hasAttribute(PLACEHOLDER_ATTR));
    putBack(d, content, marks);
  }
  return restored;
}

/**
 * The blocks `reportDropped` put back that no clutter step took: out again, unreported; the places
 * of what the steps took from inside them stay (a teaser card inside the block, its label beside it).
 */
export function dropAgain(article: Element, restored: Element[]): void {
  for (const el of restored) {
    if (!article.contains(el)) continue;
    el.before(...Array.from(el.querySelectorAll(`[${PLACEHOLDER_ATTR}]`)));
    el.remove();
  }
}
