import { countWords, foldSpace } from '../dom/text';
import { proseBlocks } from './region';

/**
 * What the page holds of prose like the article's that the article does not: the measure behind
 * the `page-larger` warning (src/warnings/). Not the page's whole text, which long comments,
 * sidebars and menus swell on whole articles (that measure warned 36 held-out wcxb-dev pages, 2 of
 * them cut short). Nor what Readability leaves of the page: the prose a cut article lost is mostly
 * what Readability's own cleaning dropped from the container it chose, which is gone from both.
 * So the page's article-like paragraphs are noted before Readability runs (`pageProse`: at least
 * MIN_WORDS words, mostly not links, the region check's prose blocks, outside asides, menus,
 * footers, forms and comment threads) and, once the article is cleaned, those it does not hold
 * are counted (`proseOutside`), leaving out what the clutter steps removed from it on purpose (the
 * Removed list shows that). They are grouped by their parent on the page: a part of the article
 * left out is many paragraphs under one parent, while comments and sidebar widgets are a block or
 * two each.
 */

/** A block of fewer words is a caption, a teaser or a comment line, not an article's paragraph. */
const MIN_WORDS = 25;
const NOT_ARTICLE_TAG = new Set(['aside', 'nav', 'footer', 'header', 'form']);
const NOT_ARTICLE_NAME = /comment|repl(y|ies)|disqus|sidebar|widget|related|footer/i;

export interface ProseBlock {
  el: Element;
  parent: Element | null;
  /** The start of its text, to find it in the article's (Readability may rebuild the element). */
  start: string;
  words: number;
}

function outsideArticle(el: Element, root: Element): boolean {
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    if (NOT_ARTICLE_TAG.has(p.localName)) return true;
    const role = p.getAttribute('role');
    if (role === 'complementary' || role === 'navigation' || role === 'contentinfo') return true;
    if (NOT_ARTICLE_NAME.test(`${p.id} ${p.getAttribute('class') ?? ''}`)) return true;
  }
  return false;
}

/** The page's paragraphs that read like an article's, noted before Readability takes the page apart. */
export function pageProse(body: Element): ProseBlock[] {
  const out: ProseBlock[] = [];
  proseBlocks(body, (el, len, text) => {
    // Under MIN_WORDS words for certain (no word is under 2 characters with its space): skip the count.
    if (len < MIN_WORDS * 2 || outsideArticle(el, body)) return;
    const words = countWords(text);
    if (words >= MIN_WORDS) out.push({ el, parent: el.parentElement, start: text.slice(0, 40), words });
  });
  return out;
}

/**
 * Words of the page's prose (`pageProse`) that the article does not hold, in all and the most
 * under one parent. `removed`: the elements the clutter steps took out of the article.
 */
export function proseOutside(blocks: ProseBlock[], article: Element, removed: ReadonlySet<Element>): { words: number; group: number } {
  const text = foldSpace(article.textContent ?? '');
  const byParent = new Map<Element | null, number>();
  let words = 0;
  for (const b of blocks) {
    if (text.includes(b.start)) continue;
    let top: Element = b.el;
    while (top.parentElement) top = top.parentElement;
    if (removed.has(top)) continue;
    words += b.words;
    byParent.set(b.parent, (byParent.get(b.parent) ?? 0) + b.words);
  }
  return { words, group: Math.max(0, ...byParent.values()) };
}
