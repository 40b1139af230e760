import type { RuleGroup } from '../rules/types';
import type { RemovalKind } from '../types';
import { PLACEHOLDER_ATTR, type RemovalLog } from '../clutter/removal-log';
import { isProse, linkChars, visibleOf, visibleText } from '../clutter/prose';
import { walkElements } from '../dom/elements';
import { holdsPageBoxes, removeArticleClutter } from './remove-clutter';
import { DROPPED_ATTR, markedBlocks } from './mark-dropped';
import { elementsWithAttr } from '../dom/elements';
import { HEADINGS, headlineLink } from '../clutter/headline';
import { pageOf, siteOf } from '../dom/url';

/**
 * Nothing vanishes unreported, the article's half (the page's half is mark-dropped.ts, which puts
 * what Readability dropped back in its place, marked). The first of the article's steps, before
 * the article's own clutter pass: every marked block goes through the same clutter rules as the
 * article, alone; what they find is logged as a removal in the block's place, so it has a position
 * and its box can be judged with it. What no rule finds leaves again, as Readability decided,
 * unreported (it is not clutter of a kind we name), but for its paragraphs of prose (below).
 */

/**
 * The prose of what Readability's cleaning dropped stays, in the block's place. The cleaning drops a
 * block for its link density or its class name: a listicle item's paragraph went with the "Read the
 * full review" and "Compare deals" links after it, a section of text with the "widget" its page
 * builder names every block. A paragraph of prose (clutter/prose.ts) is kept; the rest of the block
 * (its links, labels, buttons) goes as before. Two shapes of prose are not the article's:
 * - a teaser's blurb: the paragraph stands beside a headline that links to another page of the site
 *   (clutter/headline.ts), as in a "more stories" card;
 * - an `<aside>` after the story (no text of the article follows it): an about-the-author or
 *   about-the-company box; an aside inside the story (a sidenote, a callout) keeps its prose.
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

/** The blocks of prose in `el`, outermost, in document order; with `places`, the places of what the steps took from it too. */
function proseIn(el: Element, places = false, site: string | null = null, self = ''): Element[] {
  const out: Element[] = [];
  walkElements(el, (d) => {
    if ((places && d.hasAttribute(PLACEHOLDER_ATTR)) || (isProse(d) && !teaserBlurb(d, el, site, self))) {
      out.push(d);
      return false;
    }
    return true;
  });
  return out;
}

/** `d` is a teaser's blurb: beside it (or beside its parent, below `el`) stands a same-site headline. */
function teaserBlurb(d: Element, el: Element, site: string | null, self: string): boolean {
  for (let a: Element | null = d, up = 0; a && a !== el && up < 2; a = a.parentElement, up++) {
    for (let s: Element | null | undefined = a.parentElement?.firstElementChild; s; s = s.nextElementSibling) {
      if (s !== a && HEADINGS.has(s.localName) && headlineLink(s, site, self)) return true;
    }
  }
  return false;
}

/**
 * A section of the story the cleaning dropped whole (for a class name its page builder gives every
 * box, "vds-overflow_hidden", once the variant's tags left it unscored): several paragraphs of prose
 * that are most of its text, few links. It comes back whole, with its headings ("1. Start With a
 * Plan") and short lines, which keeping only its prose would lose.
 */
const MIN_SECTION_PROSE = 3;
const MIN_SECTION_PROSE_SHARE = 0.7;
const MAX_SECTION_LINKS = 0.2;
function isStorySection(el: Element, prose: Element[]): boolean {
  if (prose.length < MIN_SECTION_PROSE) return false;
  const all = visibleText(el).length;
  let inProse = 0;
  for (const p of prose) inProse += visibleText(p).length;
  return inProse >= all * MIN_SECTION_PROSE_SHARE && linkChars(el) <= all * MAX_SECTION_LINKS;
}

/**
 * A heading of the story that Readability took for its class name alone: its sweep, where a theme
 * names the heading over its recipe's ingredients `recipe__ingredients-header` ("header" is an
 * unlikely word to Readability), and its cleaning, which drops an h1 or h2 whose class weighs less
 * than nothing ("promo", "meta"). Neither reads its text; what the clutter rules find in it is gone
 * above, and a heading over nothing goes in the headings step. Under it the story goes on, so it
 * stays. (Screened on wcxb-dev's even half: the sweep's 42 pages +0.176, odd 41 pages +0.170; the
 * cleaning's 3 pages +0.006, odd 2 pages +0.003.)
 */
const MAX_HEADING_CHARS = 120;
function headingTakenForItsName(el: Element): boolean {
  return ['s', 'c'].includes(el.getAttribute(DROPPED_ATTR) ?? '') && HEADINGS.has(el.localName) && visibleText(el).length <= MAX_HEADING_CHARS;
}

/** Whether any text the reader sees follows `node` (and what is inside it) in `root`. */
function shownAfter(node: Node, root: Element): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = node;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (!node.contains(t) && visibleOf(t.nodeValue ?? '')) return true;
  return false;
}

/** `el`, which stood at `at`, is an aside after the story (see above): none of its prose stays. */
function boxAfterStory(el: Element, at: Node, article: Element): boolean {
  return el.localName === 'aside' && !shownAfter(at, article);
}

/** Report what Readability dropped of a clutter kind (see above). */
export function reportDropped(article: Element, groups: readonly RuleGroup[], log: RemovalLog, user?: RuleGroup, pageUrl?: string): void {
  const site = pageUrl ? siteOf(pageUrl) : null;
  const self = pageUrl ? pageOf(pageUrl) : '';
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
      } else if (headingTakenForItsName(el) && shownAfter(place, article)) {
        el.removeAttribute(DROPPED_ATTR);
        place.replaceWith(el);
      } else if (el.getAttribute(DROPPED_ATTR) === 'c' && !boxAfterStory(el, place, article)) {
        const prose = proseIn(el, false, site, self);
        if (isStorySection(el, prose)) {
          el.removeAttribute(DROPPED_ATTR);
          place.replaceWith(el);
        } else place.replaceWith(...prose);
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
export function dropAgain(article: Element, pageUrl?: string): void {
  const site = pageUrl ? siteOf(pageUrl) : null;
  const self = pageUrl ? pageOf(pageUrl) : '';
  const restored = restoredIn.get(article);
  // In document order (the steps between keep the order of what they leave in place).
  const kept = restored ? restored.slice().reverse().filter((el) => el.getAttribute(DROPPED_ATTR) === KEPT) : elementsWithAttr(article, DROPPED_ATTR, KEPT);
  for (const el of kept) {
    if (!article.contains(el)) continue;
    el.before(...(boxAfterStory(el, el, article) ? elementsWithAttr(el, PLACEHOLDER_ATTR) : proseIn(el, true, site, self)));
    el.remove();
  }
}
