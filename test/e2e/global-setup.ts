import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension } from '../../scripts/browser/build';
import { DIST_CHROME, DIST_FIREFOX } from '../../scripts/browser/paths';

/**
 * Builds the extension once with Vite (`vite build`, as `npm run build` does) before the browser
 * tests, which load dist/chrome and dist/firefox. TIDY_SKIP_BUILD=1 reuses an existing build, for
 * quick reruns while editing tests.
 */
export default function setup(): void {
  const built = existsSync(join(DIST_CHROME, 'manifest.json')) && existsSync(join(DIST_FIREFOX, 'manifest.json'));
  if (process.env.TIDY_SKIP_BUILD === '1' && built) return;
  buildExtension();
}
