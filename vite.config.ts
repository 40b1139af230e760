import { defineConfig } from 'vitest/config';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { tidyExtension } from './scripts/build/extension.ts';

/**
 * `vite build` builds the extension for Chrome and Firefox (scripts/build/extension.ts);
 * `vite build --watch` is `npm run dev`. Vitest runs two projects: fast unit/fixture/corpus tests
 * in Node (jsdom), and tests in real browsers (Chromium via playwright-core, Firefox via
 * puppeteer-core) that run one file at a time on the extension the global setup builds.
 */
const browserSetup = 'test/e2e/global-setup.ts';

/**
 * Wall-clock limits of tests are hang detectors. On a busy machine (other suites, other work: the
 * XSS pipeline test took 62.8 s against its 60 s at load 18 on 2 cores, 45 s alone) a test gets a
 * fraction of a core, so the limits are multiplied by how busy the machine is as the run starts:
 * the load average per core, from 1 to 4 (TIDY_TEST_SLOWDOWN sets it). Workers read it from the
 * environment (test/property/config.ts). What tests assert about time is CPU time, which load
 * does not change, and case counts stay as they are, so a busy machine weakens no assertion.
 */
const slowdown = Number(process.env.TIDY_TEST_SLOWDOWN) || Math.min(4, Math.max(1, loadavg()[0] / availableParallelism()));
process.env.TIDY_TEST_SLOWDOWN = slowdown.toFixed(2);
const wall = (ms: number): number => Math.round(ms * slowdown);

/**
 * A run's id, for the one extension build the build tests share (test/build/vite-build.ts). Only
 * for `vitest run`: in watch mode a rerun after an edit must build the new code.
 */
if (process.argv.includes('run')) process.env.TIDY_TEST_RUN ??= `${process.pid}-${Date.now()}`;

export default defineConfig({
  plugins: [tidyExtension()],
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: wall(60_000),
          hookTimeout: wall(60_000),
          globalSetup: ['test/build/shared-build-teardown.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: wall(120_000),
          hookTimeout: wall(180_000),
          globalSetup: existsSync(browserSetup) ? [browserSetup] : [],
        },
      },
    ],
  },
});
