#!/usr/bin/env node
// Runs a TypeScript entry point of this repository with tsx, so no build step is needed before
// `npm start`, `npm run bench` or the `tidy-reader` command work on a fresh checkout.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: run-ts.mjs ENTRY.ts [ARGS...]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(entry), ...rest];
register();
await import(pathToFileURL(resolve(entry)).href);
