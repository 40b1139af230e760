import { rmSync } from 'node:fs';
import { sharedBuildDir } from './vite-build';

/**
 * The unit project's global setup: at the end of the run, removes the run's shared build
 * (test/build/vite-build.ts), unless `npm test` (bin/test.mjs) keeps it for the browser project
 * and removes it itself.
 */
export default function setup(): () => void {
  return () => {
    if (process.env.TIDY_TEST_KEEP_SHARED_BUILD === '1') return;
    const dir = sharedBuildDir();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
