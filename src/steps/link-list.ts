import { holdsProse, linkChars, visibleText, wordCount } from '../clutter/prose';
import { elementsNamed } from '../dom/elements';

/**
 * A page that is only a list of headline links (a section front, an archive, a tag page) is no
 * article, however many words its headlines add up to: Readability takes the list as the page's
 * content and it read as a "2 min read". Judged on the clean article, last, by its shape: many links
 * whose text is a headline of a few words, most of the text in links, and not one block of prose
 * (clutter/prose.ts) among them. A story that links a lot still has its paragraphs; a roundup
 * whose items are headlines with a paragraph each has those paragraphs.
 */

/** At least this many headline links: a story's "related" box left behind has a handful. */
const MIN_HEADLINES = 12;
const HEADLINE_WORDS = 3;
/** Links carry at least this share of the text. */
const MIN_LINK_SHARE = 0.5;

export function isLinkList(article: Element): boolean {
  let headlines = 0;
  for (const a of elementsNamed(article, 'a')) {
    if (wordCount(visibleText(a), HEADLINE_WORDS) >= HEADLINE_WORDS && ++headlines >= MIN_HEADLINES) break;
  }
  if (headlines < MIN_HEADLINES) return false;
  const text = visibleText(article);
  return linkChars(article) >= text.length * MIN_LINK_SHARE && !holdsProse(article);
}
