import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from './run-cli';

/**
 * The real `tidy-reader` on batches: --out never writes over an input or a file it did not write,
 * and keeps each file's path; --jobs keeps input order; --input-file; the page's own address as the
 * base of its links; each limit's message; --version. Pages are generated here. Runs of several
 * pages that are not about parallel work pass --jobs 1: each worker thread loads jsdom and the
 * pipeline (about 1.8 s of CPU).
 */
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'tidy-batch-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const SENTENCE = 'The river rose overnight and the old bridge was closed to traffic while engineers checked it. ';

function article(title: string, paragraphs = 6, head = '', extra = ''): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${SENTENCE.repeat(3)}Paragraph ${i + 1} of ${title}.</p>`).join('\n');
  return `<!DOCTYPE html><html><head><title>${title}</title>${head}</head><body><article><h1>${title}</h1>${body}${extra}</article></body></html>`;
}

function file(path: string, content: string): string {
  const p = join(tmp, path);
  mkdirSync(resolve(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

describe('--out never loses a file', () => {
  it('refuses to write over an input, even with --overwrite; the input is left byte for byte', async () => {
    const page = file('inplace/seed.html', article('In Place'));
    const before = readFileSync(page);
    // `-f html` names the output seed.html, in the folder the input is in: the output would be the input.
    for (const args of [['-f', 'html', '--out', join(tmp, 'inplace'), page], ['-f', 'html', '--overwrite', '--out', join(tmp, 'inplace'), page]]) {
      const r = await runCli(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('is one of this run\'s inputs, and tidy-reader never writes over an input. [output-exists]');
      expect(readFileSync(page).equals(before)).toBe(true);
    }
  });

  it('refuses to write over a file this run did not write, unless --overwrite', async () => {
    const page = file('again/story.html', article('Again'));
    const out = join(tmp, 'again-out');
    const first = await runCli(['-f', 'md', '--out', out, page]);
    expect(first.code).toBe(0);
    const written = join(out, 'story.md');
    expect(first.stdout.trim()).toBe(written);
    writeFileSync(written, 'my notes');
    const second = await runCli(['-f', 'md', '--out', out, page]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`Not written: ${written} already exists and this run did not write it; use --overwrite to replace it. [output-exists]`);
    expect(readFileSync(written, 'utf8')).toBe('my notes');
    const third = await runCli(['-f', 'md', '--overwrite', '--out', out, page]);
    expect(third.code).toBe(0);
    expect(readFileSync(written, 'utf8')).toContain('title: "Again"');
  });

  it('keeps each file\'s path below the folder given (a corpus of one folder per page is not flattened)', async () => {
    const corpus = join(tmp, 'corpus');
    for (const p of ['a/source.html', 'b/source.html', 'b/deeper/source.html']) file(`corpus/${p}`, article(`Page ${p}`));
    const out = join(tmp, 'corpus-out');
    const r = await runCli(['-f', 'txt', '--jobs', '2', '--out', out, corpus]);
    expect(r.code).toBe(0);
    const files = readdirSync(out, { recursive: true }).map(String).filter((f) => statSync(join(out, f)).isFile()).sort();
    expect(files).toEqual(['a/source.txt', 'b/deeper/source.txt', 'b/source.txt']);
    expect(r.stdout.trim().split('\n').map((p) => relative(out, p))).toEqual(['a/source.txt', 'b/deeper/source.txt', 'b/source.txt']);
    expect(readFileSync(join(out, 'b/deeper/source.txt'), 'utf8')).toContain('Title: Page b/deeper/source.html');
  });
});

describe('--jobs and --input-file', () => {
  it('--jobs 2 writes the results in input order, a slow page first', async () => {
    const slow = file('order/0-slow.html', article('Slow', 1500));
    const quick = Array.from({ length: 5 }, (_, i) => file(`order/${i + 1}-quick.html`, article(`Quick ${i + 1}`)));
    const missing = join(tmp, 'order/none.html');
    const inputs = [slow, quick[0], missing, ...quick.slice(1)];
    const r = await runCli(['-f', 'json', '--jobs', '2', ...inputs]);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.source)).toEqual(inputs);
    expect(lines.map((l) => l.ok)).toEqual([true, true, false, true, true, true, true]);
    expect(lines[0].title).toBe('Slow');
  });

  it('--input-file reads one path or URL a line (blank lines and # comments skipped), - reads the list from stdin', async () => {
    const a = file('list/a.html', article('Listed A'));
    const b = file('list/b.html', article('Listed B'));
    const list = file('list/inputs.txt', `# pages to clean\n${a}\n\n  ${b}  \r\n`);
    const fromFile = await runCli(['-f', 'json', '--jobs', '1', '--input-file', list]);
    expect(fromFile.code).toBe(0);
    expect(jsonLines(fromFile.stdout).map((l) => l.title)).toEqual(['Listed A', 'Listed B']);
    const fromStdin = await runCli(['-f', 'json', '--jobs', '1', a, '-i', '-'], { stdin: `${b}\n${a}\n` });
    expect(fromStdin.code).toBe(0);
    expect(jsonLines(fromStdin.stdout).map((l) => l.title)).toEqual(['Listed A', 'Listed B', 'Listed A']);
    const none = await runCli(['--input-file', join(tmp, 'list/absent.txt')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--input-file');
    expect(none.stderr).toContain('no such file');
  });
});

describe('addresses', () => {
  it('links resolve against the page\'s canonical address, else og:url, else stay relative; --url wins; url and canonicalUrl in the JSON', async () => {
    const link = '<p>Read <a href="/about/team">who we are</a> and <a href="notes.html">the notes</a>.</p>';
    const canonical = file('addr/canonical.html', article('Canonical', 6, '<link rel="canonical" href="https://news.example/2024/river/story">', link));
    const og = file('addr/og.html', article('Og', 6, '<meta property="og:url" content="https://og.example/a/b">', link));
    const none = file('addr/none.html', article('None', 6, '', link));
    const r = await runCli(['-f', 'json', '--jobs', '1', canonical, og, none]);
    expect(r.code).toBe(0);
    const [c, o, n] = jsonLines(r.stdout);
    expect([c.url, c.canonicalUrl]).toEqual(['https://news.example/2024/river/story', 'https://news.example/2024/river/story']);
    expect(c.markdown).toContain('(https://news.example/about/team)');
    expect(c.markdown).toContain('(https://news.example/2024/river/notes.html)');
    expect([o.url, o.canonicalUrl]).toEqual(['https://og.example/a/b', 'https://og.example/a/b']);
    expect(o.markdown).toContain('(https://og.example/about/team)');
    expect([n.url, n.canonicalUrl]).toEqual([null, null]);
    expect(n.markdown).toContain('(/about/team)');
    expect(n.markdown).toContain('(notes.html)');
    expect(JSON.stringify(r.stdout)).not.toContain('localhost');

    const given = await runCli(['-f', 'json', '--url', 'https://given.example/x/y', canonical]);
    const [g] = jsonLines(given.stdout);
    expect([g.url, g.canonicalUrl]).toEqual(['https://given.example/x/y', 'https://news.example/2024/river/story']);
    expect(g.markdown).toContain('(https://given.example/about/team)');
  });
});

describe('limits: each message names the limit, its value and how to raise it', () => {
  it('--max-bytes, --max-elements and --timeout', async () => {
    const big = file('limits/big.html', article('Big', 40));
    const size = statSync(big).size;
    const r = await runCli(['-f', 'json', '--max-bytes', '10k', big]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`This page is ${Math.round(size / 1024)} KB, over the 10 KB limit; raise it with --max-bytes. [too-large]`);

    const elements = await runCli(['-f', 'json', '--max-elements', '30', big]);
    expect(elements.code).toBe(1);
    expect(elements.stderr).toMatch(/This page has 4\d elements, over the 30 limit; raise it with --max-elements\. \[too-large\]/);

    // 50 ms of wall time: far less than any page takes, so the worker is stopped mid-page.
    const time = await runCli(['-f', 'json', '--timeout', '50ms', big]);
    expect(time.code).toBe(1);
    expect(time.stderr).toMatch(/(needed more than 8 ms of CPU time, its budget \(1\/6 of the 50 ms --timeout\)|stopped at the 50 ms --timeout).*; raise it with --timeout/);

    const ok = await runCli(['-f', 'json', '--max-bytes', '1MB', '--max-elements', '60,000', '--timeout', '60', big]);
    expect(ok.code).toBe(0);
    expect(jsonLines(ok.stdout)[0].title).toBe('Big');
  });

  it('a limit that is not a size, count or duration is a usage error', async () => {
    for (const [opt, value] of [['--max-bytes', '12 parsecs'], ['--max-elements', 'many'], ['--timeout', 'soon'], ['--jobs', '0']]) {
      const r = await runCli([opt, value]);
      expect(r.code, `${opt} ${value}`).toBe(2);
      expect(r.stderr).toContain(`${opt} needs`);
    }
  });
});

describe('--version', () => {
  it('prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(r.stdout).toBe(`tidy-reader ${pkg.version}\n`);
  });
});
