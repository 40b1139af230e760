import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_KEYS } from '../../cli/format-article';
import { BIN, ROOT, jsonLines, runCli } from './run-cli';
import { closedPort, startServer, type TestServer } from './server';

/**
 * The real `tidy-reader` command, spawned: formats, exit codes, and every kind of bad input, each
 * giving one stderr line while the other inputs still run. URLs are served from 127.0.0.1.
 * Runs of several pages that are not about parallel work pass --jobs 1: each worker thread loads
 * jsdom and the pipeline (about 1.8 s of CPU), and the default of one per core is still what the
 * bad-input, 150-page and progress runs use (batch.test.ts tests --jobs 2's order).
 */
const SAMPLE = readFileSync(resolve(ROOT, 'samples/seed-article.html'), 'utf8');
const HASHED = resolve(ROOT, 'test/fixtures/seed-hashed/page.html');
const MICRODATA = resolve(ROOT, 'test/fixtures/seed-microdata/page.html');
const TITLE = 'Defections Challenge Hamas’ Cooperation With ISIS';
const FIRST = 'Hamas continues to want it both ways';
const LAST = 'destroying the Jewish state.';
const CANONICAL = 'https://www.algemeiner.com/2017/02/09/defections-challenge-hamas-cooperation-with-isis/';

let tmp: string;
let server: TestServer;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'tidy-cli-'));
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function file(name: string, content: string | Buffer): string {
  const p = join(tmp, name);
  mkdirSync(resolve(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

describe('formats', () => {
  it('with no INPUT cleans the shipped sample: a metadata header, then the text', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [header, ...body] = r.stdout.split('\n\n');
    const lines = header.split('\n');
    expect(lines.slice(0, 3)).toEqual([`Title: ${TITLE}`, 'Author: Steven Emerson', 'Site: The Algemeiner']);
    expect(lines[3]).toMatch(/^Date: 2017-02-09\b/);
    // The sample is a saved page with no address of its own but the one its canonical link names.
    expect(lines[4]).toBe(`URL: ${CANONICAL}`);
    expect(lines).toHaveLength(5);
    const text = body.join('\n\n');
    expect(text).toContain(FIRST);
    expect(text.trimEnd().endsWith(LAST)).toBe(true);
    for (const clutter of ['Share this Story', 'Related coverage', 'reCAPTCHA', 'Let your voice', 'avatar', 'opinions presented']) {
      expect(text).not.toContain(clutter);
    }
  });

  it('markdown: front matter, then Markdown with the links kept', async () => {
    const r = await runCli(['--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(`---\ntitle: "${TITLE}"\nauthor: "Steven Emerson"\n`)).toBe(true);
    expect(r.stdout).toContain('[Times of Israel](http://www.timesofisrael.com/dozens-of-hamas-operatives-said-to-defect-to-is-in-sinai/)');
    expect(r.stdout).not.toContain('<p>');
  });

  it('html: a standalone page from the sanitized article, with a no-script CSP and no script', async () => {
    const r = await runCli(['-f', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).toContain('http-equiv="Content-Security-Policy"');
    expect(r.stdout).toContain(`<p>${FIRST}`);
    expect(r.stdout).toContain('rel="noopener noreferrer"');
    expect(r.stdout).not.toMatch(/<script|<style[^>]*>[^<]*share|onclick|facebook\.com\/sharer/i);
  });

  it('json: one line per input with exactly the Article keys plus source, url, canonicalUrl, ok and markdown', async () => {
    const r = await runCli(['--format=json', HASHED]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0]).sort()).toEqual([...ARTICLE_KEYS, 'source', 'url', 'canonicalUrl', 'ok', 'markdown'].sort());
    expect(lines[0]).toMatchObject({ ok: true, source: HASHED, title: TITLE, byline: 'Steven Emerson', siteName: 'The Algemeiner' });
    expect(String(lines[0].published)).toMatch(/^2017-02-09/);
    expect(String(lines[0].markdown)).toContain(FIRST);
  });

  it('several inputs in text format are told apart by a header each', async () => {
    const r = await runCli(['--jobs', '1', HASHED, MICRODATA]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^==> .* <==$/gm)).toEqual([`==> ${HASHED} <==`, `==> ${MICRODATA} <==`]);
    expect(r.stdout.match(/^Title: /gm)).toHaveLength(2);
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: tidy-reader \[OPTIONS\] \[INPUT\.\.\.\]\n/);
    for (const option of ['--format', '--url', '--out', '--overwrite', '--jobs', '--input-file', '--max-bytes', '--max-elements', '--timeout', '--version']) {
      expect(r.stdout).toContain(option);
    }
    // The names before the extension and the CLI agreed on one set still work, and say so.
    expect(r.stdout).toContain('older names still work: text for txt, markdown for md');
  });
});

describe('inputs', () => {
  it('a folder gives every .html, .htm and .html.gz file under it, sorted by name', async () => {
    const dir = join(tmp, 'folder');
    file('folder/b.html', SAMPLE);
    file('folder/a.htm', SAMPLE);
    file('folder/c.html.gz', gzipSync(SAMPLE));
    file('folder/notes.txt', 'not a page');
    file('folder/sub/d.html', SAMPLE);
    const r = await runCli(['--format', 'json', '--jobs', '1', dir]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.source)).toEqual(['a.htm', 'b.html', 'c.html.gz', 'sub/d.html'].map((n) => join(dir, n)));
    expect(lines.every((l) => l.ok === true && l.title === TITLE)).toBe(true);
  });

  it('- reads standard input, and --url resolves its links', async () => {
    const page = `<html><head><title>Stdin page</title></head><body><article><h1>Stdin page</h1>
      <p>${'This paragraph arrives on standard input and carries enough words to count as an article. '.repeat(4)}
      <a href="/more/page.html">a relative link</a></p>
      <p>${'A second paragraph keeps the page comfortably above the length an article needs. '.repeat(4)}</p></article></body></html>`;
    const r = await runCli(['--format', 'json', '--url', 'https://news.example.org/2020/story.html', '-'], { stdin: page });
    expect(r.code).toBe(0);
    const [line] = jsonLines(r.stdout);
    expect(line).toMatchObject({ ok: true, source: '-', title: 'Stdin page' });
    expect(String(line.html)).toContain('href="https://news.example.org/more/page.html"');
  });

  it('URLs are fetched (redirects and gzip followed) and named by the address given', async () => {
    const urls = [`${server.base}/article`, `${server.base}/moved`, `${server.base}/article-gzip`];
    const r = await runCli(['--format', 'json', '--jobs', '1', ...urls]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => [l.source, l.ok, l.title])).toEqual(urls.map((u) => [u, true, TITLE]));
  });
});

describe('bad inputs: one line each, the rest still run, exit 1', () => {
  it('files: missing, binary, empty, blank, not HTML, fake gzip, damaged gzip, one the parser chokes on, no article, empty folder', async () => {
    // jsdom 29 throws while parsing a <base> whose only href is prefixed, once a <style> follows.
    const choke = `<!DOCTYPE html><html><head><base xlink:href="/"><style>p{}</style></head><body><p>${'words '.repeat(80)}</p></body></html>`;
    const bad: [string, string][] = [
      [join(tmp, 'nope/missing.html'), 'not-found'],
      [file('bad/image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])), 'binary'],
      [file('bad/noise.html', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))), 'binary'],
      [file('bad/empty.html', ''), 'empty'],
      [file('bad/blank.html', ' \n\t\n '), 'empty'],
      [file('bad/plain.html', 'Just a line of plain text, no markup at all.\n'), 'not-html'],
      [file('bad/fake.html.gz', SAMPLE), 'bad-gzip'],
      [file('bad/cut.html.gz', gzipSync(SAMPLE).subarray(0, 400)), 'bad-gzip'],
      [file('bad/choke.html', choke), 'parse-error'],
      [file('bad/nav.html', '<html><body><nav><a href="/">Home</a> <a href="/about">About</a></nav></body></html>'), 'no-article'],
    ];
    mkdirSync(join(tmp, 'emptydir/sub'), { recursive: true });
    bad.push([join(tmp, 'emptydir'), 'no-inputs']);
    const good = file('ok/good.html', SAMPLE);
    const args = [...bad.slice(0, 5).map(([p]) => p), good, ...bad.slice(5).map(([p]) => p)];
    const r = await runCli(['--format', 'json', ...args]);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.source)).toEqual(args);
    const byPath = new Map(lines.map((l) => [l.source, l]));
    expect(byPath.get(good)).toMatchObject({ ok: true, title: TITLE });
    for (const [p, code] of bad) {
      const l = byPath.get(p) as { ok: boolean; error: { code: string; message: string } };
      expect(l.ok, p).toBe(false);
      expect(l.error.code, p).toBe(code);
      expect(l.error.message.length).toBeGreaterThan(10);
      expect(Object.keys(l).sort()).toEqual(['error', 'ok', 'source']);
    }
    const errLines = r.stderr.trimEnd().split('\n');
    for (const [p, code] of bad) expect(errLines.filter((l) => l.startsWith(`tidy-reader: ${p}: `) && l.endsWith(`[${code}]`)), p).toHaveLength(1);
    expect(errLines.at(-1)).toBe(`tidy-reader: 1 of ${args.length} inputs gave an article, ${bad.length} failed.`);
    expect(r.stderr).not.toMatch(/\n\s+at |\x1b|\r/); // no stack traces, no progress bar off a terminal
  });

  it('URLs: 404, PDF, JSON, over the size limit, a broken XHTML page, no answer, nothing listening', async () => {
    const port = await closedPort();
    const bad: [string, string][] = [
      [`${server.base}/missing`, 'http-error'],
      [`${server.base}/report.pdf`, 'not-html'],
      [`${server.base}/data.json`, 'not-html'],
      [`${server.base}/huge`, 'too-large'],
      [`${server.base}/broken.xhtml`, 'parse-error'],
      [`${server.base}/never`, 'timeout'],
      [`http://127.0.0.1:${port}/article`, 'unreachable'],
    ];
    const good = `${server.base}/article`;
    const r = await runCli(['--format', 'json', ...bad.map(([u]) => u), good], {
      env: { TIDY_READER_MAX_BYTES: String(256 * 1024), TIDY_READER_FETCH_TIMEOUT_MS: '1500' },
    });
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => (l.ok ? 'ok' : (l.error as { code: string }).code))).toEqual([...bad.map(([, c]) => c), 'ok']);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(bad.length + 1);
    expect(r.stderr).toContain('The server answered 404');
    expect(r.stderr).toContain('The server sent application/pdf, not an HTML page.');
    expect(r.stderr).toContain('connection was refused');
  });

  it('text format: errors on stderr only, the good input on stdout', async () => {
    const r = await runCli([join(tmp, 'nope.html'), HASHED]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(FIRST);
    expect(r.stdout).not.toContain('nope.html <==\n\n==>');
    expect(r.stderr).toMatch(/^tidy-reader: .*nope\.html: No such file or folder\. \[not-found\]$/m);
  });
});

describe('usage errors exit 2', () => {
  for (const args of [['--format', 'xml'], ['--bogus'], ['--url', 'ftp://example.org/x'], ['--url', 'https://example.org/', 'a.html', 'b.html'], ['--format'], ['-', '-']]) {
    it(args.join(' '), async () => {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^tidy-reader: .+\nTry 'tidy-reader --help' for more information\.\n$/);
    });
  }

  it('--out naming a file', async () => {
    const r = await runCli(['--out', file('a-file.txt', 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('exists and is not a folder');
  });
});

describe('--out DIR', () => {
  it('writes one file per input, named after it, unique within the run', async () => {
    const out = join(tmp, 'out/md');
    const r = await runCli(['--format', 'markdown', '--jobs', '1', '--out', out, HASHED, MICRODATA, resolve(ROOT, 'samples/seed-article.html'), join(tmp, 'gone.html')]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['page (2).md', 'page.md', 'seed-article.md']);
    expect(r.stdout.trim().split('\n')).toEqual([join(out, 'page.md'), join(out, 'page (2).md'), join(out, 'seed-article.md')]);
    const md = readFileSync(join(out, 'seed-article.md'), 'utf8');
    expect(md.startsWith(`---\ntitle: "${TITLE}"`)).toBe(true);
    expect(md).toContain(FIRST);
  });
});

describe('many pages in one process', () => {
  it('streams one JSON line per page over a folder of 150 pages, closing each window', async () => {
    const dir = join(tmp, 'many');
    const page = readFileSync(HASHED);
    for (let i = 0; i < 150; i++) file(`many/p${String(i).padStart(3, '0')}.html`, page);
    const r = await runCli(['--format', 'json', dir]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(150);
    expect(lines.every((l) => l.ok === true)).toBe(true);
  });

  it('stops quietly when its output is closed (| head -1)', async () => {
    const child = spawn(process.execPath, [BIN, '--format', 'json', join(tmp, 'many')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(err).toBe('');
  });
});

describe('progress bar', () => {
  // `script` (util-linux) runs the command on a pseudo-terminal, so stderr is a TTY as for a user.
  const hasScript = existsSync('/usr/bin/script');
  it.skipIf(!hasScript)('is drawn on stderr when it is a terminal and there are several inputs, and erased at the end', async () => {
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --format json ${JSON.stringify(HASHED)} ${JSON.stringify(MICRODATA)} > /dev/null`;
    const child = spawn('/usr/bin/script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let tty = '';
    child.stdout.on('data', (d: Buffer) => (tty += d.toString()));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(tty).toMatch(/\r\x1b\[2K\[#+\.*\] +\d+% \d\/2 /);
    expect(tty).toContain('100% 2/2');
    expect(tty).toMatch(/\r\x1b\[2Ktidy-reader: 2 of 2 inputs gave an article\./);
  });
});
