import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VITE } from '../../scripts/browser/build';
import { ROOT } from '../../scripts/browser/paths';
import { onDevBuild, type DevStamp } from '../../scripts/build/watch';

/**
 * `npm run dev` (`vite build --watch`) rewrites dist/chrome and dist/firefox when a source file is
 * saved. It runs on a copy of the sources (this repository's vite.config.ts, another root), so the
 * test edits no tracked file, and it waits on the build's own signal (dist/dev-build.json,
 * rewritten after each round) through file events, never on a clock.
 */
const ROUND_TIMEOUT_MS = 240_000;
let root: string;
let dist: string;
let child: ChildProcess;
let log = '';
/** The last round seen: each test waits for a later one, never for a stamp written before its edit. */
let last: DevStamp;

/**
 * Resolves with the first stamp after `last` for which `done` holds; rejects if the watch build
 * exits or the time runs out.
 */
function stampWhere(done: (s: DevStamp) => boolean): Promise<DevStamp> {
  return new Promise((resolve, reject) => {
    const stop = (): void => {
      clearTimeout(timer);
      watcher.close();
      child.off('exit', onExit);
    };
    const onExit = (code: number | null): void => {
      stop();
      reject(new Error(`vite build --watch exited (${code}):\n${log}`));
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no such build round in ${ROUND_TIMEOUT_MS} ms:\n${log}`));
    }, ROUND_TIMEOUT_MS);
    child.on('exit', onExit);
    const watcher = onDevBuild(dist, (s) => {
      if (last && s.session === last.session && s.round <= last.round) return;
      last = s;
      if (!done(s)) return;
      stop();
      resolve(s);
    });
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tidy-watch-'));
  for (const f of ['extension', 'src', 'manifest.json', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, f), join(root, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  dist = join(root, 'dist');
  mkdirSync(dist);
  child = spawn(process.execPath, [VITE, 'build', '--watch', '--config', join(ROOT, 'vite.config.ts'), root], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => (log += d));
  child.stderr!.on('data', (d: Buffer) => (log += d));
  const first = await stampWhere((s) => s.round >= 1);
  expect(first.failed).toEqual([]);
}, ROUND_TIMEOUT_MS + 10_000);

afterAll(() => {
  if (child && child.exitCode === null) child.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('a saved change to the background is in both browsers\' background.js after the next round, and nothing else is rebuilt', async () => {
  const marker = `tidy-watch-probe-${process.pid}-${Date.now()}`;
  const read = (target: string, file: string): string => readFileSync(join(dist, target, file), 'utf8');
  const before = { chrome: read('chrome', 'background.js'), content: read('chrome', 'content.js') };
  expect(before.chrome).not.toContain(marker);
  const rebuilt = new Set<string>();
  const landed = stampWhere((s) => {
    for (const f of s.rebuilt) rebuilt.add(f);
    return s.failed.length === 0 && read('chrome', 'background.js').includes(marker) && read('firefox', 'background.js').includes(marker);
  });
  // A statement the minifier must keep: a call with a side effect.
  appendFileSync(join(root, 'extension/background/index.ts'), `\nconsole.info(${JSON.stringify(marker)});\n`);
  await landed;
  expect([...rebuilt].sort()).toEqual(['chrome/background.js', 'firefox/background.js']);
  expect(read('chrome', 'content.js')).toBe(before.content);
}, ROUND_TIMEOUT_MS + 10_000);

test('a change that does not compile is reported in the round, and dist keeps the last good build', async () => {
  const good = readFileSync(join(dist, 'chrome', 'background.js'), 'utf8');
  const failed = stampWhere((s) => s.failed.length > 0);
  appendFileSync(join(root, 'extension/background/index.ts'), '\nconst = ;\n');
  const stamp = await failed;
  expect(stamp.failed.some((e) => e.endsWith('_background'))).toBe(true);
  expect(readFileSync(join(dist, 'chrome', 'background.js'), 'utf8')).toBe(good);
}, ROUND_TIMEOUT_MS + 10_000);
