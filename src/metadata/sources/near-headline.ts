import { foldSpace } from '../../dom/text';
import { pickShown, type ShownDate } from '../dates';
import { BY_LABEL, BY_NAME, NAME_LINE } from '../byline-text';

/**
 * The fourth source: the short lines printed around the headline, where a reader looks for the
 * date and the byline. Asked only once the headline is known (headline.ts).
 */

/** How far from the headline a date or byline is still the article's, in characters of text. */
const NEAR_AFTER = 400;
const NEAR_BEFORE = 200;
/** A date or byline sits in a short line of its own, not in a paragraph of the story. */
const LINE_MAX = 160;

/** Short lines of text around the headline: after it first (nearest first), then before it. */
function linesNear(h1: Element): string[] {
  const doc = h1.ownerDocument;
  const lines: string[] = [];
  const take = (node: Node): number => {
    const parent = node.parentElement;
    if (!parent || parent.localName === 'script' || parent.localName === 'style') return 0;
    const t = foldSpace(node.nodeValue ?? '');
    if (!t) return 0;
    const line = foldSpace(parent.textContent ?? '');
    if (line.length <= LINE_MAX) lines.push(line);
    return t.length;
  };
  const after = doc.createTreeWalker(doc.body ?? h1, 4);
  after.currentNode = h1;
  // Past the headline's own text first.
  let n: Node | null = after.nextNode();
  while (n && h1.contains(n)) n = after.nextNode();
  for (let seen = 0; n && seen < NEAR_AFTER; n = after.nextNode()) seen += take(n);
  const before = doc.createTreeWalker(doc.body ?? h1, 4);
  before.currentNode = h1;
  for (let seen = 0, m = before.previousNode(); m && seen < NEAR_BEFORE; m = before.previousNode()) seen += take(m);
  return Array.from(new Set(lines));
}

/** The date and byline printed with the headline, where a reader sees them. */
export function readNearHeadline(h1: Element): { date: ShownDate | null; byline: string | null } {
  let byline: string | null = null;
  const lines = linesNear(h1);
  const date = pickShown(lines);
  lines.forEach((line, i) => {
    if (!byline) byline = line.match(BY_NAME)?.[1] ?? null;
    // "Written by" as a label, the name in the next element
    if (!byline && BY_LABEL.test(line) && lines[i + 1] && NAME_LINE.test(lines[i + 1])) byline = lines[i + 1];
  });
  return { date, byline };
}
