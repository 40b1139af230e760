import { foldSpace } from '../dom/text';
import { compileList } from '../dom/select';

/**
 * How a byline reads, for the sources that find one in the page's text: a person's name, "By" and
 * the names after it, a label on a line of its own, and the areas whose names are not the writer's.
 */

/** A name as bylines print it: "Jane Roe", "Dr. Jane van der Roe", "Jane Roe, MD". */
const PERSON = String.raw`(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|la|le|bin|al)){0,4}(?:,\s*(?:(?:\p{Lu}\.?){2,6}|Ph\.?D\.?)(?=[\s,.;]|$))*`;
/** A co-writer: at least a first and a last name, so "and Associates" or ", Staff Writer" is not one. */
const CO_PERSON = String.raw`\p{Lu}[\p{L}'’.-]+\s+(?:(?:de|van|von|da|del|la|le|bin|al)\s+)*\p{Lu}[\p{L}'’.-]+`;

/**
 * "By Jane Roe", and every writer of "By Jane Roe, Ann Poe and John Doe": a list of names counts
 * only when it ends in "and"/"&" and a name, so "By Jane Roe, Staff Writer" stays "Jane Roe".
 */
export const BY_NAME = new RegExp(
  String.raw`(?:^|[|•·—–,:]\s*|\d\s+)(?:[Ww]ritten |[Pp]osted |[Ww]ords |[Rr]eported |[Rr]eviewed |[Ss]tory |[Aa]rticle )?[Bb]y:?\s*(${PERSON}(?:(?:\s*,\s*${CO_PERSON})*\s+(?:and|&)\s+${CO_PERSON})?)`,
  'u',
);

/** A byline's label on a line of its own ("Written by", "Authors:"), the names in the next element. */
export const BY_LABEL = /^(?:written|posted|reviewed|reported|words|story|article)?\s*by:?$|^authors?:?$/i;
/** A line that can be names alone ("Jane Roe", "Jane Roe, Staff Writer"). */
export const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}(?:,\s*[\p{L}\s.,-]{1,40})?$/u;
/**
 * Where names are not the article's writer: people named in comments, testimonials and quotes, and
 * a menu's "By Event Type" / "By Company Size" (a way to browse the site).
 */
const NOT_BYLINE_AREA = '[class*="comment" i], [id*="comment" i], [class*="testimonial" i], [class*="review" i], blockquote, nav, [role="navigation"], [role="menu"], [role="menubar"], ul[class*="menu" i], li[class*="menu" i], div[class*="flyout" i], div[class*="dropdown" i]';
export const NOT_BYLINE_LIST = compileList(NOT_BYLINE_AREA)!;

/**
 * An element's text with a space between the texts of different elements: textContent runs
 * blocks together ("Harry Rabinowitz" + "Tech Reporter" reads "Harry RabinowitzTech Reporter").
 */
export function spacedText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && (parent.localName === 'script' || parent.localName === 'style')) continue;
    parts.push(n.nodeValue ?? '');
  }
  return foldSpace(parts.join(' ')).replace(/\s+([,.;:!?])/g, '$1');
}
