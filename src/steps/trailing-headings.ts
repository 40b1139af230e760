import type { RemovalLog } from '../clutter/removal-log';
import { visibleText } from '../clutter/prose';
import { MAX_LABEL_CHARS } from '../clutter/label-line';
import { PAGE_H1_ATTR } from './readability';

/**
 * A heading that ends the article introduces nothing. Whatever it headed — "More to explore"'s
 * cards, "Share this"'s buttons, a "Recent posts" list — was taken on the way (by Readability's
 * cleaning, a rule or a step) or never reached the article, and the label is all that is left of
 * its box. No story ends on a heading, so this needs no word and no class: it runs after every step
 * that takes boxes (it judges what they left) and before the text is repaired.
 *
 * Content is text, or a picture, a video or a table without text: a heading over a chart heads it.
 */

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const MEDIA = new Set(['img', 'picture', 'svg', 'video', 'audio', 'iframe', 'canvas', 'embed', 'object', 'math', 'table']);
/** Labels left one under another ("Related" over "More from the site"): at most this many go. */
const MAX_TRAILING = 3;
/** The article must keep this much text: a heading over nothing else is no label left behind. */
const MIN_REST_CHARS = 200;

/**
 * The element holding the last content of `root` in document order (a text's parent, or a medium),
 * found from the end: only the article's tail is read.
 */
function lastContent(root: Element): Element | null {
  let end: Node = root;
  while (end.lastChild) end = end.lastChild;
  const walker = root.ownerDocument.createTreeWalker(root, 5);
  walker.currentNode = end;
  for (let n: Node | null = end; n && n !== root; n = walker.previousNode()) {
    if (n.nodeType === 3) {
      if (visibleText(n)) return n.parentElement;
    } else if (n.nodeType === 1 && MEDIA.has((n as Element).localName)) return n as Element;
  }
  return null;
}

export function removeTrailingHeadings(article: Element, log: RemovalLog): void {
  for (let i = 0; i < MAX_TRAILING; i++) {
    const at = lastContent(article);
    const heading = at?.closest('h2, h3, h4, h5, h6');
    if (!heading || !article.contains(heading) || !HEADINGS.has(heading.localName)) return;
    // The page's own title line (Readability makes its h1 an h2) heads the story.
    if (heading.hasAttribute(PAGE_H1_ATTR) || heading.querySelector(`[${PAGE_H1_ATTR}]`)) return;
    const text = visibleText(heading);
    // A closing question or sentence ("What do you think about living small?") is the writer's.
    if (text.length > MAX_LABEL_CHARS || /[.?!]["”’)]?$/.test(text) || heading.querySelector('img, picture, svg, video, iframe')) return;
    if (visibleText(article).length - text.length < MIN_REST_CHARS) return;
    log.remove(heading, 'chrome', 'a heading with nothing after it', true);
  }
}
