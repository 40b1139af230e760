import { foldSpace } from '../dom/text';
import { otherPageOfSite } from '../dom/url';

/**
 * A teaser's headline: a heading whose whole text is one link to another page of the same site.
 * Headlines that link off-site (products, sources) or to the page itself (a table of contents) are
 * not teasers. Links are absolute (Readability made them so against the page's address) or, on a
 * page read without one, relative.
 */
export const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** The heading's whole text is one link to another page of `site` than `self` (see above). */
export function headlineLink(h: Element, site: string | null, self: string): boolean {
  const links = h.getElementsByTagName('a');
  if (links.length !== 1) return false;
  const text = foldSpace(h.textContent ?? '');
  if (!text || foldSpace(links[0].textContent ?? '') !== text) return false;
  return otherPageOfSite(links[0].getAttribute('href') ?? '', site, self);
}
