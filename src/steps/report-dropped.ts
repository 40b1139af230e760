import type { RuleGroup } from '../rules/types';
import type { RemovalKind } from '../types';
import { PLACEHOLDER_ATTR, type RemovalLog } from '../clutter/removal-log';
import { visibleText } from '../clutter/prose';
import { holdsPageBoxes, removeArticleClutter } from './remove-clutter';
import { DROPPED_ATTR, markedBlocks } from './mark-dropped';
import { elementsWithAttr } from '../dom/elements';

/**
 * Nothing vanishes unreported, the article's half (the page's half is mark-dropped.ts, which puts
 * what Readability dropped back in its place, marked). The first of the article's steps, before
 * the article's own clutter pass: every marked block goes through the same clutter rules as the
 * article, alone; what they find is logged as a removal in the block's place, so it has a position
 * and its box can be judged with it. What no rule finds leaves again, as Readability decided,
 * unreported (it is not clutter of a kind we name).
 */

/**
 * A short linked block Readability's cleaning took out and no rule names (a teaser's headline link,
 * its thumbnail) stays until the clutter steps have run: the box it belonged to ("Related coverage",
 * a date, a blurb) is judged whole, with it, and reported as one. What is still in the article after
 * the steps leaves again, as Readability decided (`dropAgain`).
 */
const MAX_RESTORED_CHARS = 400;
/** The kinds looked for in the page's main content outside the article (mark-dropped.ts, markMainContent). */
const MAIN_CONTENT_KINDS = new Set<RemovalKind>(['comments', 'newsletter', 'recaptcha']);
/** Those kinds' groups, one list per rule list (the clutter pass compiles a list's selectors once). */
const mainGroups = new WeakMap<readonly RuleGroup[], RuleGroup[]>();
function mainContentGroups(groups: readonly RuleGroup[]): RuleGroup[] {
  let g = mainGroups.get(groups);
  if (!g) mainGroups.set(groups, (g = groups.filter((x) => MAIN_CONTENT_KINDS.has(x.kind))));
  return g;
}
const KEPT = 'r';
/** The blocks `reportDropped` kept in each article, innermost last first: `dropAgain` takes them out without a walk of the article. */
const restoredIn = new WeakMap<Element, Element[]>();

function restorable(el: Element): boolean {
  return el.getAttribute(DROPPED_ATTR) === 'c' && visibleText(el).length <= MAX_RESTORED_CHARS && (el.localName === 'a' || el.getElementsByTagName('a').length > 0);
}

/** Report what Readability dropped of a clutter kind (see above). */
export function reportDropped(article: Element, groups: readonly RuleGroup[], log: RemovalLog, user?: RuleGroup): void {
  const doc = article.ownerDocument;
  // Innermost last in document order first: a block dropped from inside another is judged alone.
  const restored: Element[] = [];
  restoredIn.set(article, restored);
  for (const el of (markedBlocks(article) ?? elementsWithAttr(article, DROPPED_ATTR)).reverse()) {
    if (!article.contains(el)) continue;
    // Nothing of its own to show (the places of what the page's rules took from it, none to judge
    // again with its box): gone, as Readability decided.
    if (!visibleText(el) && !holdsPageBoxes(el, log)) {
      el.remove();
      continue;
    }
    const place = doc.createTextNode('');
    el.replaceWith(place);
    const holder = doc.createElement('div');
    holder.appendChild(el);
    const first = log.pending.length;
    const main = el.getAttribute(DROPPED_ATTR) === 'm';
    removeArticleClutter(holder, main ? mainContentGroups(groups) : groups, log, main ? undefined : user);
    if (log.pending.length === first) {
      if (restorable(el)) {
        el.setAttribute(DROPPED_ATTR, KEPT);
        place.replaceWith(el);
        restored.push(el);
      } else place.remove();
      continue;
    }
    for (let i = first; i < log.pending.length; i++) log.pending[i].inArticle = true;
    if (main || el.getAttribute(DROPPED_ATTR) === 'n') place.remove();
    else place.replaceWith(...elementsWithAttr(holder, PLACEHOLDER_ATTR));
  }
}

/**
 * The blocks `reportDropped` kept that no clutter step took: out again, unreported; the places of
 * what the steps took from inside them stay (a teaser card inside the block, its label beside it).
 */
export function dropAgain(article: Element): void {
  const restored = restoredIn.get(article);
  // In document order (the steps between keep the order of what they leave in place).
  const kept = restored ? restored.slice().reverse().filter((el) => el.getAttribute(DROPPED_ATTR) === KEPT) : elementsWithAttr(article, DROPPED_ATTR, KEPT);
  for (const el of kept) {
    if (!article.contains(el)) continue;
    el.before(...elementsWithAttr(el, PLACEHOLDER_ATTR));
    el.remove();
  }
}
