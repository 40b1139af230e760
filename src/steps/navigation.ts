import type { RemovalLog } from '../clutter/removal-log';
import { isArticleRoot } from '../clutter/guards';
import { linkChars, visibleText } from '../clutter/prose';
import { elementsNamed, walkElements } from '../dom/elements';
import { otherPageOfSite, pageOf, siteOf } from '../dom/url';

/**
 * Navigation inside the article: a `<nav>` (or an element with the navigation role) that is all
 * links to other pages of the site, such as the "Previous / Next post" pair under a story or a
 * breadcrumb trail above it. The page's own navigation outside the article is pruned before
 * Readability (steps/prune.ts), but a nav inside the page's `<main>` or `<article>` is kept there
 * for Readability to judge, and Readability keeps it with the story; the rules find it only by a
 * class name ("post-nav", "pagination"), which hashed markup does not print. The element says
 * what it is; its shape bounds it: links are nearly all of its text, and every link leaves for
 * another page of the site. A table of contents (links to places in this page) and a list of
 * sources (other sites) stay; a breadcrumb's last item, the page itself, needs no link. Runs on
 * Readability's article after the clutter rules, before the teaser cards and the tail, which
 * would otherwise judge its pieces as cards.
 */

/** Nearly all of a navigation block's text is its links. */
const MIN_LINK_SHARE = 0.6;

function isNavigation(el: Element): boolean {
  return el.localName === 'nav' || el.getAttribute('role') === 'navigation';
}

function leavesForSite(nav: Element, site: string, self: string): boolean {
  const links = elementsNamed(nav, 'a');
  if (!links.length) return false;
  for (const a of links) if (!otherPageOfSite(a.getAttribute('href') ?? '', site, self)) return false;
  const text = visibleText(nav);
  return !!text && linkChars(nav) >= (text.length - currentPageChars(nav)) * MIN_LINK_SHARE;
}

/**
 * A breadcrumb trail ends on the page itself, unlinked ("News and insights › Sustainability ›
 * Climate change: 5 innovative solutions"): the text of a last list item without a link, as long
 * as a title at most, does not count against the links (a nav of two short links and the page's
 * title is under the share otherwise).
 */
const MAX_CURRENT_CHARS = 120;
function currentPageChars(nav: Element): number {
  const items = elementsNamed(nav, 'li');
  for (let i = items.length - 1; i >= 0; i--) {
    const text = visibleText(items[i]);
    if (!text) continue;
    return text.length <= MAX_CURRENT_CHARS && !elementsNamed(items[i], 'a').length ? text.length : 0;
  }
  return 0;
}

export function removeNavigation(root: Element, pageUrl: string | null | undefined, log: RemovalLog): void {
  const site = pageUrl ? siteOf(pageUrl) : null;
  if (!site) return;
  const self = pageOf(pageUrl!);
  // One walk (a selector for the role cost a query of the whole article in jsdom); a nav inside a
  // nav goes or stays with it.
  const found: Element[] = [];
  walkElements(root, (el) => {
    if (!isNavigation(el)) return true;
    found.push(el);
    return false;
  });
  for (const nav of found) {
    if (isArticleRoot(nav) || !leavesForSite(nav, site, self)) continue;
    log.remove(nav, 'chrome', 'navigation to other pages of the site, inside the article');
  }
}
