import { afterAll, beforeAll, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/browser/paths';

/**
 * bin/tidy-reader.mjs runs cli/main.ts from an esbuild bundle in .cache/cli that must never be
 * stale. On a copy of the sources (a fresh checkout: no .cache), so the test edits no tracked file.
 */
let root: string;
const USAGE_FILE = 'cli/args.ts';
let usageSource: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(root, 'bin/tidy-reader.mjs'), ...args], { cwd: tmpdir(), maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const buildId = (): string => (JSON.parse(readFileSync(join(root, '.cache/cli/current.json'), 'utf8')) as { id: string }).id;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tidy-cli-'));
  for (const f of ['bin', 'cli', 'node', 'src', 'samples', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, f), join(root, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  usageSource = readFileSync(join(root, USAGE_FILE), 'utf8');
  expect(usageSource).toContain('Usage: tidy-reader');
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

test('on a fresh checkout the first run builds the bundle and answers --help', async () => {
  expect(existsSync(join(root, '.cache'))).toBe(false);
  const run = await cli('--help');
  expect(run).toMatchObject({ code: 0, stderr: '' });
  expect(run.stdout).toMatch(/^Usage: tidy-reader /);
  expect(existsSync(join(root, '.cache/cli', buildId(), 'main.mjs'))).toBe(true);
});

test('with no argument it cleans the shipped sample, found beside cli/ as unbundled', async () => {
  const run = await cli();
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^Title: Defections Challenge Hamas/);
});

test('an unchanged checkout reuses the bundle', async () => {
  const before = buildId();
  expect((await cli('--help')).code).toBe(0);
  expect(buildId()).toBe(before);
});

test('a source edit is rebuilt before the next run, and so is a restored copy with an older date', async () => {
  const before = buildId();
  const file = join(root, USAGE_FILE);
  const original = statSync(file);
  writeFileSync(file, usageSource.replace('Usage: tidy-reader', 'Usage (edited): tidy-reader'));
  const edited = await cli('--help');
  expect(edited.stdout).toMatch(/^Usage \(edited\): tidy-reader /);
  expect(buildId()).not.toBe(before);

  // The original text again, dated before the bundle: still a change of size and date.
  writeFileSync(file, usageSource);
  utimesSync(file, original.atime, original.mtime);
  const restored = await cli('--help');
  expect(restored.stdout).toMatch(/^Usage: tidy-reader /);
});

test('a source that does not compile gives esbuild\'s message and exit status 1, not a stack', async () => {
  const file = join(root, USAGE_FILE);
  writeFileSync(file, usageSource + '\nexport const = ;\n');
  try {
    const run = await cli('--help');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^tidy-reader: cannot build the command from its sources:\ncli\/args\.ts:\d+: /);
  } finally {
    writeFileSync(file, usageSource);
  }
  expect((await cli('--help')).code).toBe(0);
});
