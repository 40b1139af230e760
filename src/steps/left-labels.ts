import { PLACEHOLDER_ATTR, type RemovalLog } from '../clutter/removal-log';
import { absorb } from '../clutter/absorb';
import { isArticleRoot } from '../clutter/guards';
import { isTextBlock, visibleText } from '../clutter/prose';
import { LABELLED_KINDS, isLabelLike } from '../clutter/label-line';
import { elementsWithAttr } from '../dom/elements';
import { PAGE_H1_ATTR } from './readability';

/**
 * Left labels: run at the end of the article's clutter pass (remove-clutter.ts), once every rule
 * has taken what it takes, so the placeholders it reads are all there (see takeLeftLabels).
 */

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The blocks a label is printed as: a line of its own. */
const LABEL_LINES = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'section', 'header']);

/** `el` has words of its own between its children. */
function ownWords(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && /[\p{L}\p{N}]/u.test(n.nodeValue ?? '')) return true;
  return false;
}

/** What may follow a box at the end of the story: a disclaimer line or two. */
const MAX_AFTER_LABEL_BOX_CHARS = 200;

/** Characters of visible text in `root` after `el`, counted up to just past `limit`. */
function textAfter(root: Element, el: Element, limit = MAX_AFTER_LABEL_BOX_CHARS): number {
  let n = 0;
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    for (let s = at.nextSibling; s; s = s.nextSibling) {
      n += visibleText(s).length;
      if (n > limit) return n;
    }
  }
  return n;
}

/**
 * The label line a rule's box left behind. A selector takes the list of a "Read more:" box by its
 * class (`ul.related-posts`) and leaves the heading over it, which says nothing on its own; printed
 * with other class names, the labelled-list step (teaser-cards.ts) takes the two as one. So a short
 * line right above what a rule of a labelled kind took at the end of the story goes with it, as one
 * box of the rule's kind.
 */
export function takeLeftLabels(article: Element, log: RemovalLog): void {
  // Only at the end of the story (a line or two after it at most, a disclaimer): over a list's
  // items ("Top Growth Marketing") or a section's pictures a rule took, the heading is the story's.
  for (const mark of elementsWithAttr(article, PLACEHOLDER_ATTR)) {
    const p = log.of(mark);
    if (!p || p.absorbed || !LABELLED_KINDS.has(p.kind) || !article.contains(mark)) continue;
    // Readability wraps a lone placeholder in a paragraph.
    let block = mark;
    while (block.parentElement && block.parentElement !== article && block.parentElement.children.length === 1 && !visibleText(block.parentElement)) block = block.parentElement;
    let label = block.previousElementSibling;
    while (label && !visibleText(label) && !label.hasAttribute(PLACEHOLDER_ATTR)) label = label.previousElementSibling;
    // One line (a heading, or a block with no block inside: not the story's header with its
    // headline and byline), over a box (not over another label: a "Comments" prompt a rule took).
    if (!label || label.hasAttribute(PLACEHOLDER_ATTR) || !isLabelLike(label) || isArticleRoot(label) || !LABEL_LINES.has(label.localName) || !isTextBlock(label) && !HEADINGS.has(label.localName) || isLabelLike(p.element)) continue;
    // Between blocks, not inside a sentence ("…of the New York edition with the headline…").
    if (ownWords(block.parentElement!)) continue;
    // The page's own title line (its h1, which Readability makes an h2) heads the story, not a box.
    if (label.hasAttribute(PAGE_H1_ATTR) || label.querySelector(`[${PAGE_H1_ATTR}]`)) continue;
    const text = visibleText(label);
    if (!text || /[.!?]["”’)]?$/.test(text)) continue;
    if (textAfter(article, block) > MAX_AFTER_LABEL_BOX_CHARS) continue;
    const box = article.ownerDocument.createElement('div');
    label.before(box);
    box.append(label, block);
    absorb(log, box, (q) => q === p);
    log.remove(box, p.kind, `${p.reason}, with its label`, p.inArticle);
  }
}
