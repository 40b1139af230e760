import { foldSpace } from '../../dom/text';
import { closestMatch } from '../../dom/select';
import { cleanByline, normalizeDate } from '../clean';
import { DATE_LABEL, SHOWN_DATE_SOURCE } from '../dates';
import { BY_LABEL, BY_NAME, NOT_BYLINE_LIST, spacedText } from '../byline-text';

/**
 * The last resorts, asked only when no other source answered: a labelled byline or a labelled date
 * anywhere in the body (often under the story), read from its text.
 */

/** A line that starts with a byline label: "By Jane Roe", "Written by Jane Roe", "Author: Jane Roe". */
const LABELLED_BYLINE = /^(?:this\s+(?:post|article|story)\s+was\s+)?(?:(?:written|posted|words|reported|story|article)\s*)?by\b|^author\b/i;
/** How much of the body's text the last-resort byline search reads. */
const BYLINE_SEARCH_CHARS = 60_000;

/**
 * The last resort for a byline: the first short line anywhere in the body that starts with a
 * byline label and goes on with a capitalised name. Pages with no author markup and no metadata
 * still print "By Jane Roe" or "Posted by Jane Roe on …" somewhere, often under the story.
 */
export function bylineAnywhere(root: Element): string | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < BYLINE_SEARCH_CHARS; n = walker.nextNode()) {
    const t = n.nodeValue ?? '';
    seen += t.length;
    if (t.length > 200 || !LABELLED_BYLINE.test(t.trimStart())) continue;
    const parent = n.parentElement;
    if (!parent || parent.localName === 'script' || parent.localName === 'style' || closestMatch(parent, NOT_BYLINE_LIST)) continue;
    let line = spacedText(parent);
    // The label in an element of its own, the name in the next one: read their common parent.
    if (BY_LABEL.test(line) && parent.parentElement) line = spacedText(parent.parentElement);
    // A byline that opens a paragraph ("This post was written by Jane Roe, MD, …"): its start.
    if (line.length > 100) line = line.slice(0, 100);
    const name = line.replace(/^this\s+(?:post|article|story)\s+was\s+/i, '').replace(/^author:?\s*/i, 'by ').match(BY_NAME)?.[1];
    if (name && cleanByline(name)) return name;
  }
  return null;
}

/** How far into the body's text an unlabelled date still belongs to the article's header. */
const HEADER_CHARS = 1500;
const ANY_DATE = new RegExp(SHOWN_DATE_SOURCE, 'i');
/** A date line is short; a paragraph of the story is not one. */
const LINE_MAX = 160;

/**
 * The last resort when no metadata and no headline gives a date: the first date the page labels
 * ("Posted on …", "Published …", "Last updated: …", "Content current as of …") anywhere, else the
 * first date in a short line near the top of the body (a blog's date line above its first post).
 */
export function dateAnywhere(root: Element): string | null {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4);
  let seen = 0;
  let early: string | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.localName === 'script' || parent.localName === 'style' || parent.localName === 'noscript') continue;
    const t = foldSpace(n.nodeValue ?? '');
    if (!t) continue;
    seen += t.length;
    // The parent's text only for a node that holds a date: reading every parent's text is slow.
    if (t.length > LINE_MAX || !ANY_DATE.test(t)) continue;
    // The line is the parent's text, or the node's own when the parent holds more than a line.
    let line = foldSpace(parent.textContent ?? '');
    if (line.length > LINE_MAX) line = t;
    for (const m of line.matchAll(new RegExp(SHOWN_DATE_SOURCE, 'gi'))) {
      const date = normalizeDate(m[0]);
      if (!date) continue;
      if (DATE_LABEL.test(line.slice(Math.max(0, m.index! - 24), m.index))) return date;
      if (!early && seen <= HEADER_CHARS) early = date;
    }
  }
  return early;
}
