import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './paths';

/** Vite's command-line entry, run with this Node: `npm run build` without npm's start-up. */
export const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');

/**
 * `vite build` of the extension (dist/chrome, dist/firefox and the zips), for whoever drives it in
 * a browser next: the browser tests' global setup, the browser benchmark. Throws when the build
 * fails, with Vite's own message already on stderr.
 */
export function buildExtension({ quiet = false }: { quiet?: boolean } = {}): void {
  execFileSync(process.execPath, [VITE, 'build', ...(quiet ? ['--logLevel', 'warn'] : [])], { cwd: ROOT, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] });
}
