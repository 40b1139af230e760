import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { filesUnder } from '../../scripts/build/zip';
import { sharedBuild, viteBuild } from './vite-build';

/**
 * Two `vite build`s of the same code give byte-identical zips (and files), so anyone can rebuild a
 * released zip from its commit and compare. The second build runs in another folder, later, so a
 * date, a path or an order that leaked into the output would show.
 */
const ZIPS = ['tidy-reader-chrome.zip', 'tidy-reader-firefox.zip'];
const dirs: string[] = [];
/** The folders this file made (the shared build is removed at the end of the run). */
const own: string[] = [];

// The first build is the one the build tests share in this run (test/build/vite-build.ts).
beforeAll(async () => {
  const first = await sharedBuild();
  if (first.code !== 0) throw new Error(`vite build failed (${first.code}):\n${first.stderr}`);
  dirs.push(first.outDir);
  const out = mkdtempSync(join(tmpdir(), 'tidy-repro-'));
  own.push(out);
  dirs.push(out);
  const run = await viteBuild(out, ['--logLevel', 'warn']);
  if (run.code !== 0) throw new Error(`vite build failed (${run.code}):\n${run.stderr}`);
}, 360_000);

afterAll(() => {
  for (const d of own) rmSync(d, { recursive: true, force: true });
});

test.each(ZIPS)('%s is the same bytes from two builds', (zip) => {
  const [a, b] = dirs.map((d) => readFileSync(join(d, zip)));
  expect(a.length).toBeGreaterThan(50_000);
  expect(a.equals(b)).toBe(true);
});

test.each(['chrome', 'firefox'])('every file of dist/%s is the same bytes from two builds, and is in its zip as it is on disk', async (target) => {
  const list = (d: string): string[] => filesUnder(join(d, target)).map((f) => relative(join(d, target), f)).sort();
  const [first, second] = dirs;
  expect(list(second)).toEqual(list(first));
  const zip = await JSZip.loadAsync(readFileSync(join(first, `tidy-reader-${target}.zip`)));
  const inZip = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
  expect(inZip).toEqual(list(first));
  for (const name of list(first)) {
    const onDisk = readFileSync(join(first, target, name));
    expect(readFileSync(join(second, target, name)).equals(onDisk), name).toBe(true);
    expect(Buffer.from(await zip.file(name)!.async('uint8array')).equals(onDisk), name).toBe(true);
  }
});
