import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VITE } from '../../scripts/browser/build';
import { ROOT } from '../../scripts/browser/paths';

export interface BuildRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `vite build` of this repository (what `npm run build` runs) into `outDir`, in a child process
 * as a user would run it, so tests never race the browser tests' dist/. Extra arguments follow
 * (`--watch`, another root…). Resolves when the process exits.
 */
export function viteBuild(outDir: string, extra: string[] = [], cwd = ROOT): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE, 'build', '--outDir', outDir, ...extra], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * One `vite build` per test run for the files that only read a build (the manifest checks, and the
 * first of the two builds the reproducibility test compares): the unit project used to build the
 * extension three times besides the watch build. The first file to ask builds it into a folder
 * named after the run (TIDY_TEST_RUN, set in vite.config.ts); the others wait for its `done.json`,
 * watching the folder. Resolves with the build's folder and its output; the unit project's global
 * teardown (test/build/shared-build-teardown.ts) removes it.
 */
export interface SharedBuild extends BuildRun {
  outDir: string;
}

export function sharedBuildDir(run = process.env.TIDY_TEST_RUN): string | null {
  return run ? join(tmpdir(), `tidy-shared-build-${run}`) : null;
}

export async function sharedBuild(): Promise<SharedBuild> {
  const dir = sharedBuildDir();
  if (!dir) {
    // Not under vitest's config (no run id): a build of its own.
    const outDir = mkdtempSync(join(tmpdir(), 'tidy-build-'));
    return { outDir, ...(await viteBuild(outDir)) };
  }
  const outDir = join(dir, 'out');
  const done = join(dir, 'done.json');
  let mine = true;
  try {
    mkdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    mine = false;
  }
  if (mine) {
    const run = await viteBuild(outDir);
    writeFileSync(`${done}.part`, JSON.stringify(run));
    renameSync(`${done}.part`, done);
    return { outDir, ...run };
  }
  await new Promise<void>((resolve, reject) => {
    const watcher = watch(dir, () => {
      if (existsSync(done)) finish();
    });
    const finish = (): void => {
      watcher.close();
      resolve();
    };
    watcher.on('error', reject);
    // Built before the watch began.
    if (existsSync(done)) finish();
  });
  return { outDir, ...(JSON.parse(readFileSync(done, 'utf8')) as BuildRun) };
}

/**
 * This run's shared build, if a unit project of the same run (TIDY_TEST_RUN, one id for both
 * projects under `npm test`, bin/test.mjs) finished it without an error: the browser project's
 * global setup copies it into dist/ instead of building the same bytes again.
 */
export function finishedSharedBuild(): string | null {
  const dir = sharedBuildDir();
  const done = dir && join(dir, 'done.json');
  if (!done || !existsSync(done)) return null;
  return (JSON.parse(readFileSync(done, 'utf8')) as BuildRun).code === 0 ? join(dir, 'out') : null;
}
