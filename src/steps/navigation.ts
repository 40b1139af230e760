import type { RemovalLog } from '../clutter/removal-log';
import { isArticleRoot } from '../clutter/guards';
import { isProse, linkChars, visibleText, wordCount } from '../clutter/prose';
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

/**
 * A site's menu that came in with the container, printed as a plain list: no `<nav>`, no telling
 * class (hashed markup, or a page builder's), e.g. "Home Essays Collections Shop About" above the
 * story once Readability took the page's wrapper. By its shape: a list of MIN_MENU_ITEMS or more
 * items, each nothing but links of a few words, every one to another page of the site, standing
 * before the story's first paragraph of prose or after its last. No heading right above it: a list
 * under a heading ("See also", "Our services") is the labelled-lists step's to judge. A list of
 * places in this page (a table of contents) or of sources on other sites stays, as does any list
 * among the story's paragraphs.
 */
const MIN_MENU_ITEMS = 4;
const MENU_LINK_WORDS = 4;
/** Nearly all of each item's text is its link. */
const MENU_LINK_SHARE = 0.9;

function isMenu(list: Element, site: string, self: string): boolean {
  let items = 0;
  for (let li = list.firstElementChild; li; li = li.nextElementSibling) {
    if (li.localName !== 'li') return false;
    const text = visibleText(li);
    if (!text) continue;
    const links = elementsNamed(li, 'a');
    if (!links.length || linkChars(li) < text.length * MENU_LINK_SHARE) return false;
    for (const a of links) {
      if (!otherPageOfSite(a.getAttribute('href') ?? '', site, self)) return false;
      if (wordCount(visibleText(a), MENU_LINK_WORDS + 1) > MENU_LINK_WORDS) return false;
    }
    items++;
  }
  return items >= MIN_MENU_ITEMS;
}

const HEADING = /^h[1-6]$/;

export function removeMenus(root: Element, pageUrl: string | null | undefined, log: RemovalLog): void {
  const site = pageUrl ? siteOf(pageUrl) : null;
  if (!site) return;
  const self = pageOf(pageUrl!);
  // The lists first (a menu is rare, and the walk for the story's prose reads every block's text).
  const menus = elementsNamed(root, 'ul', 'ol').filter((el) => {
    const before = el.previousElementSibling;
    return !(before && HEADING.test(before.localName)) && !el.parentElement?.closest('ul, ol') && isMenu(el, site, self);
  });
  if (!menus.length) return;
  let firstProse = null as Element | null;
  let lastProse = null as Element | null;
  walkElements(root, (el) => {
    if (!isProse(el)) return true;
    firstProse ??= el;
    lastProse = el;
    return false;
  });
  for (const menu of menus) {
    const before = firstProse && (menu.compareDocumentPosition(firstProse) & 4);
    const after = lastProse && (lastProse.compareDocumentPosition(menu) & 4);
    if (!firstProse || before || after) log.remove(menu, 'chrome', "the site's menu: a list of short links to its other pages, beside the story");
  }
}
