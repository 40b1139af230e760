/**
 * Whether an element sits inside the page's article, in the two senses the pipeline needs. They
 * differ on purpose, so they have different names.
 */

/**
 * Inside an `<article>` element: what the metadata reader asks of a `<time>`, since a date in the
 * article element is the article's while one in a sidebar may be another post's.
 */
export function insideArticleElement(el: Element): boolean {
  for (let e = el.parentElement; e; e = e.parentElement) if (e.localName === 'article') return true;
  return false;
}

/**
 * Inside the page's main content below `stopAt`: an `<article>`, a `<main>` or a schema.org
 * article body. What the pruning and the clutter rules ask: an article's own footer or aside (its
 * tags, share bar, comment prompt) is part of the story's area, and a removal from it is worth
 * reporting to the reader.
 */
export function insideMainContent(el: Element, stopAt: Element): boolean {
  for (let p = el.parentElement; p && p !== stopAt; p = p.parentElement) {
    const n = p.localName;
    if (n === 'article' || n === 'main' || p.getAttribute('itemprop') === 'articleBody') return true;
  }
  return false;
}
