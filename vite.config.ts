import { defineConfig } from 'vitest/config';
import { existsSync } from 'node:fs';
import { tidyExtension } from './scripts/build/extension.ts';

/**
 * `vite build` builds the extension for Chrome and Firefox (scripts/build/extension.ts);
 * `vite build --watch` is `npm run dev`. Vitest runs two projects: fast unit/fixture/corpus tests
 * in Node (jsdom), and tests in real browsers (Chromium via playwright-core, Firefox via
 * puppeteer-core) that run one file at a time on the extension the global setup builds.
 */
const browserSetup = 'test/e2e/global-setup.ts';

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
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          globalSetup: existsSync(browserSetup) ? [browserSetup] : [],
        },
      },
    ],
  },
});
