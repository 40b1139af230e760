/**
 * Pages no extension may read: the browser's own pages, the add-on stores, the PDF viewer, and
 * file:// pages unless the user allowed file access. Known by URL where possible (so the popup
 * says so at once instead of trying), otherwise recognised from the browser's injection error.
 */
const SCHEMES: Record<string, string> = {
  'chrome:': "This is one of the browser's own pages.",
  'edge:': "This is one of the browser's own pages.",
  'brave:': "This is one of the browser's own pages.",
  'opera:': "This is one of the browser's own pages.",
  'vivaldi:': "This is one of the browser's own pages.",
  'about:': "This is one of the browser's own pages.",
  'view-source:': 'This is a page source view.',
  'devtools:': 'These are the developer tools.',
  'chrome-search:': "This is one of the browser's own pages.",
  'chrome-untrusted:': "This is one of the browser's own pages.",
  'chrome-extension:': "This page belongs to an extension.",
  'moz-extension:': 'This page belongs to an extension.',
  'resource:': "This is one of the browser's own pages.",
  'javascript:': "This isn't a web page.",
};

const STORES: [host: string, path: string][] = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
  ['addons.opera.com', '/'],
];

const PDF = 'PDF files open in the browser\u2019s PDF viewer, which extensions cannot read.';
const FILE = 'Tidy Reader may read files on your computer only if you allow it: turn on \u201cAllow access to file URLs\u201d in the extension\u2019s details.';
const STORE = 'Browsers do not let extensions read their add-on stores.';
const GENERIC = 'The browser does not let extensions read this page.';

/** Chrome's built-in PDF viewer is an extension page with this id. */
const CHROME_PDF_VIEWER = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

export function forbiddenByUrl(url: string | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'chrome-extension:' && u.host === CHROME_PDF_VIEWER) return PDF;
  if (SCHEMES[u.protocol]) return SCHEMES[u.protocol] + ' ' + GENERIC;
  if (u.protocol === 'https:' || u.protocol === 'http:') {
    const host = u.hostname.toLowerCase();
    if (STORES.some(([h, p]) => host === h && u.pathname.startsWith(p))) return STORE;
  }
  return null;
}

/** A browser error from injecting the content script, as a forbidden-page reason (or null). */
export function forbiddenByError(error: string, url: string | undefined): string | null {
  const e = error.toLowerCase();
  const isFile = !!url && url.toLowerCase().startsWith('file:');
  if (isFile && /cannot access|permission|file/.test(e)) return FILE;
  if (/extensions gallery|web ?store|cannot be scripted/.test(e)) return STORE;
  if (/pdf/.test(e) || (url && /\.pdf(?:$|[?#])/i.test(url) && /cannot access|permission/.test(e))) return PDF;
  if (/cannot access (?:a )?(?:chrome|edge|about|contents)|missing host permission|cannot access contents of|cannot script|restricted|privileged/.test(e)) return GENERIC;
  return null;
}

/** The PDF reason when the address names a PDF file (the viewer keeps the file's own URL). */
export function pdfReason(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return /\.pdf$/i.test(new URL(url).pathname) ? PDF : null;
  } catch {
    return null;
  }
}
