/**
 * The host of an address, lowercased ("www.example.com"), or null when it is not a URL. One helper
 * for every question the pipeline asks of a host: which user rules apply to the page, whether a link
 * goes to another page of the same site, and what name the site goes by.
 */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** The site an address belongs to: its host without "www." (ports are no part of a site). */
export function siteOf(url: string | null | undefined): string | null {
  return hostOf(url)?.replace(/^www\./, '') ?? null;
}

/** An address without its fragment or trailing slash: the page it names. */
export function pageOf(url: string): string {
  return url.split('#')[0].replace(/\/$/, '');
}

/**
 * `href` goes to another page of `site` than `self` (a page address as `pageOf` gives it): an
 * absolute address on that site, or a relative one (a page read with no address keeps its links
 * relative) that is more than a fragment.
 */
export function otherPageOfSite(href: string, site: string | null, self: string): boolean {
  if (!/^([a-z][\w+.-]*:|[/\\]{2})/i.test(href)) return !!href && href[0] !== '#';
  return !!site && siteOf(href) === site && pageOf(href) !== self;
}
