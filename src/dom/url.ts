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

/** `href` (absolute) goes to another page of `site` than `self` (a page address as `pageOf` gives it). */
export function otherPageOfSite(href: string, site: string, self: string): boolean {
  return siteOf(href) === site && pageOf(href) !== self;
}
