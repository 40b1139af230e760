import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_BUDGET_BYTES, PAGES, SCRIPTS, TARGETS } from './bundles.ts';
import { zipDir } from './zip.ts';

export const kb = (n: number): string => (n / 1024).toFixed(1) + ' KB';

/** Every script the build writes into dist/<target>, in the order the report lists them. */
export const SCRIPT_FILES = [...Object.keys(SCRIPTS), ...Object.keys(PAGES)].map((n) => n + '.js');

export interface SizeLine {
  file: string;
  bytes: number;
  gzip: number;
  overBudget: boolean;
}

/** Size of one script in `dir` (one browser's build). */
export function sizeOf(dir: string, file: string): SizeLine {
  const bytes = statSync(join(dir, file)).size;
  return { file, bytes, gzip: gzipSync(readFileSync(join(dir, file))).length, overBudget: file === 'content.js' && bytes > CONTENT_BUDGET_BYTES };
}

/** Sizes of the scripts in `dir`. */
export const measure = (dir: string): SizeLine[] => SCRIPT_FILES.map((file) => sizeOf(dir, file));

export function formatLine({ file, bytes, gzip, overBudget }: SizeLine): string {
  return `  ${file.padEnd(20)} ${kb(bytes).padStart(9)} minified  ${kb(gzip).padStart(8)} gzip${overBudget ? `  OVER the ${kb(CONTENT_BUDGET_BYTES)} budget` : ''}`;
}

export function packageVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * After a build into `base`: every script's size, then a zip of each browser's folder. Throws,
 * which fails `vite build`, when content.js is over its budget; the zips are not written then.
 */
export async function reportAndZip(root: string, base: string, logger: { info(msg: string): void }): Promise<void> {
  const version = packageVersion(root);
  const sizes = TARGETS.map((t) => [t, measure(join(base, t))] as const);
  for (const [t, lines] of sizes) {
    logger.info(`${relative(root, join(base, t)) || '.'} (v${version})`);
    for (const line of lines) logger.info(formatLine(line));
  }
  const over = sizes.flatMap(([t, lines]) => lines.filter((l) => l.overBudget).map((l) => `${t}/${l.file} (${kb(l.bytes)})`));
  if (over.length) throw new Error(`${over.join(', ')} over the content script's ${kb(CONTENT_BUDGET_BYTES)} budget`);
  for (const t of TARGETS) {
    const zip = join(base, `tidy-reader-${t}.zip`);
    logger.info(`${relative(root, zip)}  ${kb(await zipDir(join(base, t), zip))}`);
  }
}
