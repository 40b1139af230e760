import type { RemovalLog } from '../clutter/removal-log';
import { visibleText, wordCount, PROSE_WORDS } from '../clutter/prose';
import { walkElements } from '../dom/elements';

/**
 * What the reader shows above the text, printed again at the top of the article: the title as the
 * article's first heading (an h2 or h3 after the h1 Readability already dropped), and the byline
 * as a line of its own ("by Steven Emerson", or the lone "by" that Readability's own byline finder
 * leaves when it takes the linked name). Runs after the clutter rules, on the first blocks of the
 * article only: it stops at the first paragraph of prose, so the same words further down stay.
 */

const LINES = /^(p|div|span|h[1-6]|header|section)$/;
/** The first blocks of text looked at. */
const HEAD_BLOCKS = 4;
const MAX_LINE_CHARS = 120;
/** "by", "von", "par", "por", "di", "door": the word before a writer's name. */
const BY = /^(by|von|par|por|di|door)\b\s*:?\s*/i;

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function isBylineLine(text: string, byline: string | null): boolean {
  const rest = text.replace(BY, '');
  if (!rest) return BY.test(text);
  return !!byline && BY.test(text) && key(rest) === key(byline);
}

export function removeRepeatedHead(root: Element, head: { title: string; byline: string | null }, log: RemovalLog): void {
  const title = key(head.title);
  const found: { el: Element; why: string }[] = [];
  let seen = 0;
  let headingSeen = false;
  walkElements(root, (el) => {
    if (seen >= HEAD_BLOCKS) return false;
    if (!LINES.test(el.localName)) return true;
    const raw = el.textContent ?? '';
    if (raw.length > MAX_LINE_CHARS * 4) return true;
    const text = visibleText(el);
    if (!text) return false;
    if (text.length > MAX_LINE_CHARS) {
      // Prose: the head of the article is over.
      if (wordCount(text, PROSE_WORDS) >= PROSE_WORDS) seen = HEAD_BLOCKS;
      return true;
    }
    seen++;
    if (/^h[1-6]$/.test(el.localName)) {
      if (!headingSeen && title && key(text) === title) found.push({ el, why: 'the title, repeated as the first heading' });
      headingSeen = true;
      return false;
    }
    if (isBylineLine(text, head.byline)) found.push({ el, why: 'the byline, shown with the title' });
    return false;
  });
  for (const { el, why } of found) if (root.contains(el)) log.remove(el, 'chrome', why);
}
