#!/usr/bin/env node
// The `tidy-reader` command: runs cli/main.ts from an esbuild bundle that bin/cli-bundle.mjs keeps
// fresh (rebuilt in a fraction of a second after a source edit), so it works on a fresh checkout
// with no build step, from any working directory, and starts without compiling TypeScript.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { ENTRY, WORKER_ENTRY, currentBundle } from './cli-bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = resolve(root, ENTRY);

let bundle;
try {
  bundle = await currentBundle(root);
} catch (e) {
  const detail = Array.isArray(e?.errors) && e.errors.length ? e.errors.map((m) => `${m.location ? `${m.location.file}:${m.location.line}: ` : ''}${m.text}`).join('\n') : String(e?.message ?? e);
  process.stderr.write(`tidy-reader: cannot build the command from its sources:\n${detail}\n`);
  process.exit(1);
}
// cli/main.ts runs when it is the program named in argv[1], bundled or not.
process.argv = [process.argv[0], entry, ...process.argv.slice(2)];
// Where cli/pool.ts starts its worker threads: the bundled worker beside main.mjs, or the
// TypeScript one through tsx.
globalThis[Symbol.for('tidy-reader.worker')] = bundle
  ? { url: pathToFileURL(join(dirname(bundle), 'worker.mjs')) }
  : { url: pathToFileURL(resolve(root, 'bin/run-ts.mjs')), argv: [resolve(root, WORKER_ENTRY)] };
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}
