import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_CHROME, DIST_FIREFOX, ROOT } from './harness/paths';

/**
 * Builds the extension once before the browser tests (they load dist/chrome and dist/firefox).
 * TIDY_SKIP_BUILD=1 reuses an existing build, for quick reruns while editing tests.
 */
export default function setup(): void {
  const built = existsSync(join(DIST_CHROME, 'manifest.json')) && existsSync(join(DIST_FIREFOX, 'manifest.json'));
  if (process.env.TIDY_SKIP_BUILD === '1' && built) return;
  execFileSync(process.execPath, [join(ROOT, 'bin/run-ts.mjs'), join(ROOT, 'scripts/build.ts')], { cwd: ROOT, stdio: 'inherit' });
}
