/**
 * What the sanitizer (sanitize.ts) keeps, as data apart from DOMPurify itself, so that what only
 * needs the lists does not bring DOMPurify along.
 */
export const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'code',
  'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'cite', 'q', 'time', 'kbd', 'var', 'samp',
  'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'span', 'div', 'section', 'article', 'aside', 'header', 'footer', 'details', 'summary', 'del', 'ins',
];
export const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'datetime', 'lang', 'dir', 'width', 'height', 'cite', 'start', 'reversed', 'value'];
export const URL_ATTRS = ['href', 'src', 'cite'];
/**
 * Allowed attributes that hold no URL, which DOMPurify must not test as one: it tests every
 * attribute it does not know to be URI-safe against ALLOWED_URI_REGEXP, and ours refuses any value
 * that starts like a scheme (`word:`).
 */
export const NON_URL_ATTRS = ALLOWED_ATTR.filter((a) => !URL_ATTRS.includes(a));
/**
 * URL-valued attributes keep http(s), mailto and image data URLs, and relative references (no
 * scheme, not `//host`): a page read with no address (a saved file, in the CLI) keeps its links
 * relative rather than losing them or pointing them at a made-up host; in a browser Readability
 * has made them absolute. Tested as DOMPurify tests them, with all whitespace and controls taken out.
 */
export const SAFE_URL = /^(?:https?:|mailto:|data:image\/(?:png|gif|jpe?g|webp|avif|bmp);|(?![a-z][a-z\d+.-]*:|[/\\]{2}))/i;
/** What DOMPurify strips before testing a URL (its ATTR_WHITESPACE): `java\tscript:` is `javascript:`. */
const URL_NOISE = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;
export const urlAllowed = (value: string): boolean => SAFE_URL.test(value.replace(URL_NOISE, ''));
