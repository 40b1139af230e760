/**
 * Metadata comes from the page (`<title>`, meta tags, JSON-LD) and is written by strangers. In an
 * export it is only ever text: one line, no control characters (a newline in a title would forge a
 * header line or end the YAML front matter), and no bidi embedding/override/isolate characters
 * (U+202A–U+202E, U+2066–U+2069), which could make `evil.exe` read as `exe.live` or reorder the URL
 * line. Marks (U+200E/U+200F) carry no such power and stay.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]+/g;

export function metaText(value: string | null | undefined): string {
  if (value == null) return '';
  return String(value)
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROL, ' ')
    .replace(BIDI_CONTROL, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** HTML text and attribute escaping: the five characters that matter in either position. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Only web URLs are linked or printed as the article's address. */
export function webUrl(url: string | null | undefined): string {
  const u = metaText(url);
  if (!u) return '';
  try {
    const parsed = new URL(u);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : '';
  } catch {
    return '';
  }
}

/** The metadata lines every export shows, in a fixed order, each already made plain text. */
export interface MetaFields {
  title: string;
  author: string;
  site: string;
  date: string;
  url: string;
}

export function metaFields(article: { title: string; byline: string | null; siteName: string | null; published: string | null }, url?: string): MetaFields {
  return {
    title: metaText(article.title),
    author: metaText(article.byline),
    site: metaText(article.siteName),
    date: metaText(article.published),
    url: webUrl(url),
  };
}
