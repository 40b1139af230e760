#!/usr/bin/env node
// The `tidy-reader` command: runs cli/main.ts with tsx (as bin/run-ts.mjs does), so it works on a
// fresh checkout with no build step, from any working directory.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = resolve(dirname(fileURLToPath(import.meta.url)), '../cli/main.ts');
process.argv = [process.argv[0], entry, ...process.argv.slice(2)];
register();
await import(pathToFileURL(entry).href);
