#!/usr/bin/env node
// `npm test`: the unit project, then the browser project, each run whatever the other gave (joined
// with `&&`, a unit failure used to hide the browser suite's state entirely), then one summary
// line per project with its time. Exits 1 if either failed. Arguments go to both runs (a file
// name picks the project that has it: the other finds no file, which is no failure here).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = resolve(root, 'node_modules/vitest/vitest.mjs');
const extra = process.argv.slice(2);
const PROJECTS = ['unit', 'browser'];
// One run id for both projects: the extension build the unit project's build tests share
// (test/build/vite-build.ts, in tidy-shared-build-RUN under the temp folder) is kept past the unit
// run and copied into dist/ by the browser project's global setup instead of a second identical
// `vite build` (about 20 s of CPU); removed here at the end.
const RUN = `${process.pid}-${Date.now()}`;
const env = { ...process.env, TIDY_TEST_RUN: RUN, TIDY_TEST_KEEP_SHARED_BUILD: '1' };

// Vitest's default is one worker per core less one: a single worker on 2 cores, where the unit
// project then took 5 min 11 s alone against 4 min 0 s with two (1,030 tests, measured on main).
// Its CPU time is the same either way. The browser project runs one file at a time.
const WORKERS = { unit: ['--maxWorkers', String(Math.max(2, availableParallelism() - 1))], browser: [] };

function run(project) {
  const args = [vitest, 'run', '--project', project, ...WORKERS[project], ...(extra.length ? ['--passWithNoTests', ...extra] : [])];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', (e) => done({ code: null, why: e.message }));
    child.on('close', (code, signal) => done({ code, why: signal ? `stopped by ${signal}` : `exit status ${code}` }));
  });
}

const duration = (ms) => {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
};

const results = [];
const started = performance.now();
for (const project of PROJECTS) {
  const t0 = performance.now();
  const r = await run(project);
  results.push({ project, ok: r.code === 0, why: r.why, ms: performance.now() - t0 });
}
rmSync(join(tmpdir(), `tidy-shared-build-${RUN}`), { recursive: true, force: true });
const lines = results.map((r) => `  ${r.project.padEnd(8)}${r.ok ? 'passed' : `FAILED (${r.why})`} in ${duration(r.ms)}`);
process.stdout.write(`\nnpm test, ${duration(performance.now() - started)} in all:\n${lines.join('\n')}\n`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
