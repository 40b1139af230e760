#!/usr/bin/env node
// Pages per second of Readability 0.6 alone, for the README's figure beside the CLI's: every
// .html/.html.gz page of a folder, one after another in one thread, each read, gunzipped,
// decoded (cli/decode.ts), parsed (node/document.ts, the CLI's jsdom settings) and given to
// `new Readability(document).parse()`, then its window closed. No output is written.
// Run it through tsx: node bin/run-ts.mjs bin/speed-readability.mjs DIR
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { decodeHtml, gunzip, isGzip } from '../cli/decode.ts';
import { documentFromHtml } from '../node/document.ts';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node bin/run-ts.mjs bin/speed-readability.mjs DIR\n');
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => /\.html?(\.gz)?$/i.test(f)).sort();
const t0 = performance.now();
let found = 0;
for (const f of files) {
  const bytes = readFileSync(join(dir, f));
  const html = decodeHtml(isGzip(bytes) ? gunzip(bytes, 50 * 1024 * 1024) : bytes);
  const { document, close } = documentFromHtml(html);
  try {
    if (new Readability(document).parse()) found++;
  } catch {
    // A page Readability throws on counts as one without an article.
  } finally {
    close();
  }
}
const s = (performance.now() - t0) / 1000;
process.stdout.write(`Readability alone: ${files.length} pages (${found} with an article) in ${s.toFixed(1)} s: ${(files.length / s).toFixed(2)} pages/s\n`);
