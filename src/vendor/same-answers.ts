import { elementsNamed } from '../dom/elements.ts';
import { isHidden } from '../dom/hidden.ts';

/**
 * Patch 8 of readability.ts: the same answers, asked faster. Readability asks these of most
 * elements of the page, and in jsdom (the CLI, the benchmark) each was slow for how it asked, not
 * for what: it read a subtree's whole `textContent` to learn whether any of it is not whitespace,
 * indexed a live `childNodes` list or `getElementsByTagName` collection item by item, read
 * `style.display` (an inline style parsed into a declaration), made thirteen `removeAttribute`
 * calls on every element of the article for the attributes it might have, and read every
 * element's whole text (the body's, each wrapper's) before asking whether it is named a byline.
 * Each method here gives Readability's answer by a walk that stops at the first answer, by the
 * nodes' sibling links, from the attributes the element has, or with its length test last;
 * test/src/vendor/readability.test.ts compares each with Readability's own on the same nodes.
 * Visibility is the pruning's own test (dom/hidden.ts, attributes only): the pruning took every
 * element it calls hidden out before Readability runs, so the two differ only on an inline style
 * the CSS parser reads otherwise ("display: none; display: block", which the pruning already took).
 * The output of all 921 pages of wcxb-dev and Readability's tests is the same with them. Each
 * page's extraction timed alternately with and without, in one process (99 pages, the least of
 * three runs each): the pipeline's median time per page −2.9% for visibility, then −2.0% for
 * content and link density, then −3.2% for the single tag, the block child and the styles, then
 * −2.4% for the byline; −8.9% together.
 */
export const SAME_ANSWERS = ['_isElementWithoutContent', '_getLinkDensity', '_hasSingleTagInsideElement', '_hasChildBlockElement', '_cleanStyles', '_isProbablyVisible', '_isValidByline'] as const;

type Reader = { _doc: Document };
/** What the methods of SAME_ANSWERS read of the reader: its own helpers and constants. */
type Tuned = Reader & {
  _getInnerText(e: Element): string;
  _hasChildBlockElement(e: Node): boolean;
  _cleanStyles(e: Element | null): void;
  REGEXPS: { hashUrl: RegExp; hasContent: RegExp; byline: RegExp };
  DIV_TO_P_ELEMS: Set<string | undefined>;
  PRESENTATIONAL_ATTRIBUTES: string[];
  DEPRECATED_SIZE_ATTRIBUTE_ELEMS: string[];
};
/** Not whitespace as `String.prototype.trim` counts it (the same set as `\s`). */
const NOT_SPACE = /\S/;

/** Readability's methods of SAME_ANSWERS, as readability.ts puts them on each reader. */
export const SAME_ANSWER_PATCHES = {
  _isElementWithoutContent(this: Reader, node: Element): boolean {
    if (node.nodeType !== 1) return false;
    const texts = this._doc.createTreeWalker(node, 4 | 8 /* text and CDATA: what textContent joins */);
    for (let t = texts.nextNode(); t; t = texts.nextNode()) if (NOT_SPACE.test(t.nodeValue ?? '')) return false;
    return !node.firstElementChild || node.children.length === elementsNamed(node, 'br', 'hr').length;
  },
  _getLinkDensity(this: Tuned, element: Element): number {
    const textLength = this._getInnerText(element).length;
    if (textLength === 0) return 0;
    let linkLength = 0;
    for (const a of elementsNamed(element, 'a')) {
      const href = a.getAttribute('href');
      linkLength += this._getInnerText(a).length * (href && this.REGEXPS.hashUrl.test(href) ? 0.3 : 1);
    }
    return linkLength / textLength;
  },
  _hasSingleTagInsideElement(this: Tuned, element: Element, tag: string): boolean {
    const only = element.firstElementChild;
    if (!only || only !== element.lastElementChild || only.tagName !== tag) return false;
    for (let n = element.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && this.REGEXPS.hasContent.test(n.textContent ?? '')) return false;
    return true;
  },
  _hasChildBlockElement(this: Tuned, element: Node): boolean {
    for (let n = element.firstChild; n; n = n.nextSibling) if (this.DIV_TO_P_ELEMS.has((n as Element).tagName) || this._hasChildBlockElement(n)) return true;
    return false;
  },
  _cleanStyles(this: Tuned, e: Element | null): void {
    if (!e || e.tagName.toLowerCase() === 'svg') return;
    const sized = this.DEPRECATED_SIZE_ATTRIBUTE_ELEMS.includes(e.tagName);
    for (const name of e.getAttributeNames()) {
      if (this.PRESENTATIONAL_ATTRIBUTES.includes(name) || (sized && (name === 'width' || name === 'height'))) e.removeAttribute(name);
    }
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) this._cleanStyles(c);
  },
  _isProbablyVisible(this: Reader, node: Element): boolean {
    return !isHidden(node);
  },
  _isValidByline(this: Tuned, node: Element, matchString: string): boolean {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || this.REGEXPS.byline.test(matchString))) return false;
    const length = (node.textContent ?? '').trim().length;
    return !!length && length < 100;
  },
};
