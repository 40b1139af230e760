/**
 * The page's addresses: its canonical link, its og:url and the document's own URL. A date in their
 * path is the surest publication date there is (dates.ts), and the host names the site (byline.ts).
 */

export interface PageAddress {
  /** `<link rel="canonical">`, made absolute. */
  canonical: string | null;
  /** og:url, made absolute. */
  ogUrl: string | null;
  /** The document's own URL. */
  documentUrl: string | null;
}

/** The href of `<link rel="canonical">` (tokens compared without case), read without the selector engine. */
function canonicalHref(links: Iterable<Element>): string | null {
  for (const l of links) {
    if ((l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) return l.getAttribute('href');
  }
  return null;
}

function realDocUrl(doc: Document): string | null {
  const u: unknown = doc.URL;
  return typeof u === 'string' ? u : null;
}

function absolute(u: string | null | undefined, doc: Document): string | null {
  if (!u) return null;
  try {
    return new URL(u, realDocUrl(doc) ?? undefined).href;
  } catch {
    return null;
  }
}

/** `links`: the page's `<link>` elements. */
export function readAddress(doc: Document, links: Iterable<Element>, ogUrl: string | null): PageAddress {
  return { canonical: absolute(canonicalHref(links), doc), ogUrl: absolute(ogUrl, doc), documentUrl: realDocUrl(doc) };
}

/** The page's own address: its canonical link or og:url, else the document's URL. */
export function pageUrl(a: PageAddress): string | null {
  return a.canonical ?? a.ogUrl ?? a.documentUrl;
}
