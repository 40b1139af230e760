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
