import { open } from 'node:fs/promises';
import { InputError } from './errors';
import { decodeHtml, gunzip, isGzip } from './decode';
import { limitMessage, formatSeconds, type Limits } from './limits';
import { countTags } from './tag-count';
import type { PageText } from './clean';
import type { Source } from './sources';

/**
 * One source → the bytes of a page and what is known of them (`loadSource`, in the main thread),
 * then its HTML text (`pageText`, in the worker that parses it, under the page's time limit).
 * Files are read with a size cap, refused before reading when their size says so; URLs are
 * fetched with a time limit, a size cap (before reading when the server gives the length) and a
 * content-type check; stdin is read to the end with the same cap. The text is gunzipped (capped),
 * decoded, and its tags counted against the element limit. Each failure is an `InputError` with
 * a one-sentence message.
 */
export interface RawPage {
  bytes: Uint8Array;
  /** The name the bytes came under: `.gz` means gzip. */
  name: string;
  /** The page's address (a fetched page's final URL), if known. */
  url?: string;
  /** The charset the server declared. */
  charset?: string | null;
  contentType: 'text/html' | 'application/xhtml+xml';
}

const tooLarge = (size: number | null, max: number): InputError => new InputError('too-large', limitMessage.bytes(size, max));

async function readFileCapped(path: string, max: number): Promise<Uint8Array> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('not-found', 'No such file or folder.');
    if (code === 'EACCES' || code === 'EPERM') throw new InputError('unreadable', 'Permission denied: this file cannot be read.');
    throw new InputError('unreadable', `This file cannot be read (${code ?? (e as Error).message}).`);
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new InputError('unreadable', 'This is not a regular file.');
    if (st.size > max) throw tooLarge(st.size, max);
    const buf = await fh.readFile();
    if (buf.length > max) throw tooLarge(buf.length, max);
    return buf;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('unreadable', `This file cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  } finally {
    await fh.close();
  }
}

async function readStream(stream: AsyncIterable<Uint8Array>, max: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > max) throw tooLarge(null, max);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i;

function describeFetchError(e: unknown, url: URL, timeoutMs: number): InputError {
  const err = e as Error & { cause?: NodeJS.ErrnoException & { code?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') {
    return new InputError('timeout', `No complete answer from ${url.host} within ${formatSeconds(timeoutMs)}, the fetch limit; raise it with TIDY_READER_FETCH_TIMEOUT_MS (ms).`);
  }
  const code = err?.cause?.code ?? (err as NodeJS.ErrnoException)?.code;
  const why: Record<string, string> = {
    ECONNREFUSED: 'the connection was refused',
    ENOTFOUND: 'the host name does not exist',
    EAI_AGAIN: 'the host name could not be looked up',
    ECONNRESET: 'the connection was reset',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    ETIMEDOUT: 'the connection timed out',
    UND_ERR_SOCKET: 'the connection broke',
  };
  const reason = (code && why[code]) ?? (err?.cause?.message || err?.message || 'unknown error');
  return new InputError('unreachable', `Could not fetch ${url.host}: ${reason}${code && why[code] ? ` (${code})` : ''}.`);
}

async function fetchPage(raw: string, limits: Limits): Promise<RawPage> {
  const url = new URL(raw);
  const signal = AbortSignal.timeout(limits.fetchTimeoutMs);
  let res: Response;
  try {
    res = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': 'tidy-reader (+https://github.com/)' },
    });
  } catch (e) {
    throw describeFetchError(e, url, limits.fetchTimeoutMs);
  }
  try {
    if (!res.ok) throw new InputError('http-error', `The server answered ${res.status}${res.statusText ? ' ' + res.statusText : ''}.`);
    const type = (res.headers.get('content-type') ?? '').split(';')[0].trim();
    if (type && !HTML_TYPES.test(type)) throw new InputError('not-html', `The server sent ${type}, not an HTML page.`);
    const length = Number(res.headers.get('content-length'));
    if (Number.isFinite(length) && length > limits.maxBytes) throw tooLarge(length, limits.maxBytes);
    const charset = res.headers.get('content-type')?.match(/charset\s*=\s*"?([^";\s]+)/i)?.[1];
    let bytes: Uint8Array;
    try {
      bytes = res.body ? await readStream(res.body as unknown as AsyncIterable<Uint8Array>, limits.maxBytes) : new Uint8Array();
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw describeFetchError(e, url, limits.fetchTimeoutMs);
    }
    return {
      bytes,
      // Compressed or not by its bytes, whatever the address ends in.
      name: '',
      url: res.url || url.href,
      charset,
      contentType: /xhtml/i.test(type) ? 'application/xhtml+xml' : 'text/html',
    };
  } finally {
    // Whatever we did not read, we do not want: free the connection.
    if (res.body && !res.bodyUsed) await res.body.cancel().catch(() => undefined);
  }
}

export async function loadSource(src: Source, limits: Limits, stdin: AsyncIterable<Uint8Array> = process.stdin): Promise<RawPage> {
  switch (src.kind) {
    case 'empty-folder':
      throw new InputError('no-inputs', 'This folder holds no .html, .htm or .html.gz files.');
    case 'url':
      return fetchPage(src.url, limits);
    case 'stdin':
      return { bytes: await readStream(stdin, limits.maxBytes), name: '-', contentType: 'text/html' };
    case 'file':
      return { bytes: await readFileCapped(src.path, limits.maxBytes), name: src.path, contentType: 'text/html' };
  }
}

/** Gunzip when the name says .gz (refusing what is not gzip), or when the bytes are gzip anyway. */
function plainBytes(raw: RawPage, maxBytes: number): Uint8Array {
  if (!/\.gz$/i.test(raw.name) && !isGzip(raw.bytes)) {
    // The loaders cap what they read; bytes handed over some other way are checked here.
    if (raw.bytes.length > maxBytes) throw tooLarge(raw.bytes.length, maxBytes);
    return raw.bytes;
  }
  return gunzip(raw.bytes, maxBytes);
}

/** A loaded page's text, decoded and checked to look like HTML and to be within the element limit. */
export function pageText(raw: RawPage, limits: Limits): PageText {
  const html = decodeHtml(plainBytes(raw, limits.maxBytes), raw.charset);
  const tags = countTags(html);
  if (tags > limits.maxElements) throw new InputError('too-large', limitMessage.elements(tags, limits.maxElements));
  return { html, url: raw.url, contentType: raw.contentType };
}

export async function loadPage(src: Source, limits: Limits, stdin?: AsyncIterable<Uint8Array>): Promise<PageText> {
  return pageText(await loadSource(src, limits, stdin), limits);
}
