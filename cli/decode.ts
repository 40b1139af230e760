import { gunzipSync } from 'node:zlib';
import { InputError } from './errors';
import { limitMessage } from './limits';

/**
 * Bytes of a saved page → the text of an HTML document, or a clear refusal. Checks run cheapest
 * and most certain first: empty, gzip (by magic number, whatever the name says), binary, charset,
 * and finally "does this look like HTML at all".
 */

const GZIP_MAGIC = [0x1f, 0x8b];
/** Signatures of common binary formats people save next to their pages. */
const BINARY_MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program' },
];

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

export function isGzip(b: Uint8Array): boolean {
  return startsWith(b, GZIP_MAGIC);
}

/** Gunzip with an output cap, so a small bomb cannot fill memory. */
export function gunzip(b: Uint8Array, maxBytes: number): Uint8Array {
  if (!isGzip(b)) throw new InputError('bad-gzip', 'This file is named .gz but is not gzip-compressed.');
  try {
    return gunzipSync(b, { maxOutputLength: maxBytes });
  } catch (e) {
    if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError('too-large', limitMessage.bytes(null, maxBytes, true));
    }
    throw new InputError('bad-gzip', `This gzip file is damaged (${(e as Error).message}).`);
  }
}

function bomCharset(b: Uint8Array): string | null {
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(b, [0xfe, 0xff])) return 'utf-16be';
  if (startsWith(b, [0xff, 0xfe])) return 'utf-16le';
  return null;
}

/** A binary file: a known signature, or NUL / control bytes where text would have none. */
function binaryKind(b: Uint8Array): string | null {
  for (const m of BINARY_MAGIC) if (startsWith(b, m.bytes)) return m.what;
  const n = Math.min(b.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return 'binary data';
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b) controls++;
  }
  return n > 0 && controls / n > 0.05 ? 'binary data' : null;
}

function validLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    const enc = new TextDecoder(label.trim()).encoding;
    // HTML: a page that says it is UTF-16 but has no BOM is really ASCII-compatible.
    return enc.startsWith('utf-16') ? 'utf-8' : enc;
  } catch {
    return null;
  }
}

/** The charset a `<meta>` in the first 1024 bytes declares (the HTML prescan, simplified). */
function metaCharset(b: Uint8Array): string | null {
  const head = Buffer.from(b.subarray(0, 1024)).toString('latin1');
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)/i);
  return m ? m[1] : null;
}

const LOOKS_HTML = /<(?:!doctype\s+html|html|head|body|title|meta|p|div|article|main|section|h[1-6]|span|a|table|ul|ol|br|img|header|nav|script|link|style)\b/i;

/**
 * Decode the bytes of an HTML page. `declared` is a charset from HTTP, trusted after a BOM and
 * before `<meta>`; without either, UTF-8 if the bytes are valid UTF-8, else windows-1252.
 */
export function decodeHtml(bytes: Uint8Array, declared?: string | null): string {
  if (bytes.length === 0) throw new InputError('empty', 'This file is empty.');
  const bom = bomCharset(bytes);
  if (!bom) {
    const bin = binaryKind(bytes);
    if (bin) throw new InputError('binary', `This is ${bin}, not an HTML page.`);
  }
  let text: string;
  const charset = bom ?? validLabel(declared) ?? validLabel(metaCharset(bytes));
  if (charset) {
    text = new TextDecoder(charset).decode(bytes);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  if (!text.trim()) throw new InputError('empty', 'This file holds only white space.');
  if (!LOOKS_HTML.test(text.slice(0, 65536))) throw new InputError('not-html', 'This file is not HTML (no HTML tags in it).');
  return text;
}
