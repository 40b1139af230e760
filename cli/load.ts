import { open } from 'node:fs/promises';
import { InputError } from './errors';
import { decodeHtml, formatBytes, gunzip, isGzip } from './decode';
import type { Source } from './sources';

/**
 * One source → the HTML text of a page and the address it came from. Files are read with a size
 * cap; URLs are fetched with a time limit, a size cap and a content-type check; stdin is read to
 * the end (with the same cap). Each failure is an `InputError` with a one-sentence message.
 */
export interface Limits {
  /** Largest page accepted, in bytes (after gunzip). */
  maxBytes: number;
  /** Whole fetch, headers and body, in milliseconds. */
  fetchTimeoutMs: number;
}

function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

export function defaultLimits(): Limits {
  return {
    maxBytes: envNumber('TIDY_READER_MAX_BYTES', 50 * 1024 * 1024),
    fetchTimeoutMs: envNumber('TIDY_READER_FETCH_TIMEOUT_MS', 20_000),
  };
}

export interface LoadedPage {
  html: string;
  /** The page's address (a fetched page's final URL), if known. */
  url?: string;
  contentType: 'text/html' | 'application/xhtml+xml';
}

const tooLarge = (max: number): InputError => new InputError('too-large', `This page is larger than the ${formatBytes(max)} limit.`);

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
    if (st.size > max) throw tooLarge(max);
    const buf = await fh.readFile();
    if (buf.length > max) throw tooLarge(max);
    return buf;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('unreadable', `This file cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  } finally {
    await fh.close();
  }
}

/** Gunzip when the name says .gz (and refuse if it is not gzip), or when the bytes are gzip anyway. */
function maybeGunzip(bytes: Uint8Array, name: string, max: number): Uint8Array {
  if (/\.gz$/i.test(name) || isGzip(bytes)) return gunzip(bytes, max);
  return bytes;
}

async function readStream(stream: AsyncIterable<Uint8Array>, max: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > max) throw tooLarge(max);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i;

function describeFetchError(e: unknown, url: URL, timeoutMs: number): InputError {
  const err = e as Error & { cause?: NodeJS.ErrnoException & { code?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') {
    return new InputError('timeout', `No complete answer from ${url.host} within ${Math.round(timeoutMs / 100) / 10} s.`);
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

async function fetchPage(raw: string, limits: Limits): Promise<LoadedPage> {
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
    if (Number.isFinite(length) && length > limits.maxBytes) throw tooLarge(limits.maxBytes);
    const charset = res.headers.get('content-type')?.match(/charset\s*=\s*"?([^";\s]+)/i)?.[1];
    let bytes: Uint8Array;
    try {
      bytes = res.body ? await readStream(res.body as unknown as AsyncIterable<Uint8Array>, limits.maxBytes) : new Uint8Array();
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw describeFetchError(e, url, limits.fetchTimeoutMs);
    }
    if (isGzip(bytes)) bytes = gunzip(bytes, limits.maxBytes);
    return {
      html: decodeHtml(bytes, charset),
      url: res.url || url.href,
      contentType: /xhtml/i.test(type) ? 'application/xhtml+xml' : 'text/html',
    };
  } finally {
    // Whatever we did not read, we do not want: free the connection.
    if (res.body && !res.bodyUsed) await res.body.cancel().catch(() => undefined);
  }
}

export async function loadSource(src: Source, limits: Limits, stdin: AsyncIterable<Uint8Array> = process.stdin): Promise<LoadedPage> {
  switch (src.kind) {
    case 'empty-folder':
      throw new InputError('no-inputs', 'This folder holds no .html, .htm or .html.gz files.');
    case 'url':
      return fetchPage(src.url, limits);
    case 'stdin': {
      const bytes = maybeGunzip(await readStream(stdin, limits.maxBytes), '-', limits.maxBytes);
      return { html: decodeHtml(bytes), contentType: 'text/html' };
    }
    case 'file': {
      const bytes = maybeGunzip(await readFileCapped(src.path, limits.maxBytes), src.path, limits.maxBytes);
      return { html: decodeHtml(bytes), contentType: 'text/html' };
    }
  }
}
