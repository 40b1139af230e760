/**
 * The address a page names for itself, for a page read without one (a saved file, standard
 * input): its `<link rel="canonical">`, else its `og:url`, when that is an absolute http(s)
 * address (a relative one is resolved against the document's own http(s) URL, if it has one).
 * The CLI then resolves the page's relative links against it; without it they stay relative.
 */
const HTTP = /^https?:$/;

function absolute(value: string | null, doc: Document): string | null {
  if (!value?.trim()) return null;
  try {
    const base = HTTP.test(new URL(doc.URL).protocol) ? doc.URL : undefined;
    const u = new URL(value.trim(), base);
    return HTTP.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** `<link rel="canonical">` (rel tokens compared without case), else `<meta property="og:url">`. */
export function declaredAddress(doc: Document): string | null {
  for (const link of Array.from(doc.getElementsByTagName('link'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/);
    if (rel.includes('canonical')) {
      const href = absolute(link.getAttribute('href'), doc);
      if (href) return href;
    }
  }
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    if ((meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase() === 'og:url') {
      const href = absolute(meta.getAttribute('content'), doc);
      if (href) return href;
    }
  }
  return null;
}

/**
 * Makes `address` the base of `doc`'s relative links, unless the page's own `<base href>` already
 * gives an http(s) one: a `<base>` first in the head, which is how a page states its base (jsdom
 * fixes a document's URL when it is made). Nothing else of the page changes.
 */
export function setBase(doc: Document, address: string): void {
  if (HTTP.test(safeProtocol(doc.baseURI))) return;
  // A relative `<base href="/news/">` of the page's own is relative to its address.
  const own = Array.from(doc.getElementsByTagName('base')).find((b) => b.hasAttribute('href'));
  let href = address;
  try {
    if (own) href = new URL(own.getAttribute('href') ?? '', address).href;
  } catch {
    href = address;
  }
  const base = doc.createElement('base');
  base.setAttribute('href', href);
  const head = doc.head ?? doc.documentElement;
  head?.insertBefore(base, head.firstChild);
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}
