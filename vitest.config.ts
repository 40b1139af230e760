import { defineConfig } from 'vitest/config';
import { existsSync } from 'node:fs';

// Two projects: fast unit/fixture/corpus tests in Node (jsdom), and tests in real browsers
// (Chromium via playwright-core, Firefox via puppeteer-core) that run one file at a time.
const browserSetup = 'test/e2e/global-setup.ts';

export default defineConfig({
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
