import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildExtension } from '../../scripts/browser/build';
import { DIST_CHROME, DIST_FIREFOX, ROOT } from '../../scripts/browser/paths';
import { DEV_STAMP } from '../../scripts/build/watch';
import { finishedSharedBuild } from '../build/vite-build';

/**
 * Builds the extension once with Vite (`vite build`, as `npm run build` does) before the browser
 * tests, which load dist/chrome and dist/firefox. TIDY_SKIP_BUILD=1 reuses an existing build, for
 * quick reruns while editing tests. Under `npm test` the unit project has already built the same
 * sources once for its build tests (test/build/vite-build.ts): that build is copied into dist/
 * instead (a `vite build` is about 20 s of CPU; test/build/reproducible.test.ts checks that two
 * builds are the same bytes).
 */
export default function setup(): void {
  const built = existsSync(join(DIST_CHROME, 'manifest.json')) && existsSync(join(DIST_FIREFOX, 'manifest.json'));
  if (process.env.TIDY_SKIP_BUILD === '1' && built) return;
  const shared = finishedSharedBuild();
  const dist = join(ROOT, 'dist');
  if (shared && dirname(DIST_CHROME) === dist && dirname(DIST_FIREFOX) === dist) {
    // What the build itself does to dist/ (scripts/build/extension.ts): replace each target and its zip.
    for (const t of ['chrome', 'firefox']) {
      for (const f of [t, `tidy-reader-${t}.zip`]) {
        rmSync(join(dist, f), { recursive: true, force: true });
        cpSync(join(shared, f), join(dist, f), { recursive: true });
      }
    }
    rmSync(join(dist, DEV_STAMP), { force: true });
    console.log(`browser tests: dist/ copied from this run's build (${shared})`);
    return;
  }
  buildExtension();
}
