/**
 * `npm run build`: bundles each extension context with esbuild (minified, one IIFE file each, no
 * code loaded at run time), writes `dist/chrome` and `dist/firefox` from the one source manifest,
 * zips both for the stores, prints every bundle's size and fails if the content script is over
 * budget (it is injected into every page the user reads, so it must stay small).
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import JSZip from 'jszip';
import { minify } from 'terser';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { manifestFor, type Target } from './manifest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
export const CONTENT_BUDGET_BYTES = 120 * 1024;

/** Bundles, by output name → entry. The content entry belongs to the content-script code. */
const ENTRIES: Record<string, string> = {
  background: 'extension/background/index.ts',
  content: 'extension/content/index.ts',
  // turndown and the export builders for the reader overlay, injected only when the reader opens
  'content-exports': 'extension/content/exports.ts',
  popup: 'extension/popup/index.ts',
  options: 'extension/options/index.ts',
};
/** Static files copied as they are. */
const STATIC: [from: string, to: string][] = [
  ['extension/popup/popup.html', 'popup.html'],
  ['extension/popup/popup.css', 'popup.css'],
  ['extension/options/options.html', 'options.html'],
  ['extension/options/options.css', 'options.css'],
  ['extension/icons', 'icons'],
];

const TARGETS: Record<Target, string[]> = { chrome: ['chrome120'], firefox: ['firefox140'] };

function kb(n: number): string {
  return (n / 1024).toFixed(1) + ' KB';
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

async function zipDir(dir: string, out: string): Promise<number> {
  const zip = new JSZip();
  // Sorted names and a fixed date keep the zip byte-for-byte reproducible.
  for (const f of files(dir).sort()) zip.file(relative(dir, f).split('\\').join('/'), readFileSync(f), { date: new Date(Date.UTC(2026, 0, 1)) });
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
  writeFileSync(out, buf);
  return buf.length;
}

/**
 * Readability's debug logging, compiled out. Its `this.log(…)` calls do nothing unless `debug` is
 * set, which we never do, yet their messages took 1.1 KB of the content script. Prefixed with
 * `false &&`, each call is dead code the minifier drops; no other line of Readability changes.
 */
const quietReadability: Plugin = {
  name: 'quiet-readability',
  setup(b) {
    b.onLoad({ filter: /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('this.log(', 'false && this.log('),
      loader: 'js',
    }));
  },
};

export async function buildExtension(target: Target, version: string, distRoot: string = DIST): Promise<Record<string, number>> {
  const out = join(distRoot, target);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const options: BuildOptions = {
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, entry]) => [name, join(ROOT, entry)])),
    outdir: out,
    bundle: true,
    minify: true,
    format: 'iife',
    target: TARGETS[target],
    platform: 'browser',
    legalComments: 'none',
    // Readability and DOMPurify name their internals `_grabArticle`, `_cleanConditionally`, …:
    // shortened like any other identifier they take about 4 KB off the content script, which has
    // a 120 KB budget. One build for all entries, so every bundle shortens a name the same way;
    // no message, stored setting or DOM property of ours starts with "_" (`__` ones are kept).
    mangleProps: /^_[a-z]/,
    reserveProps: /^__/,
    charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"', __TARGET__: JSON.stringify(target) },
    logLevel: 'warning',
    plugins: [quietReadability],
  };
  await build(options);
  // esbuild bundles and minifies fast; terser's compressor then finds about 1.5% more (1.7 KB of
  // the content script, whose budget the pipeline's steps have grown into).
  for (const name of Object.keys(ENTRIES)) {
    const file = join(out, name + '.js');
    const { code } = await minify(readFileSync(file, 'utf8'), { compress: { passes: 2 }, mangle: true, format: { comments: false } });
    if (!code) throw new Error(`terser returned nothing for ${name}.js`);
    writeFileSync(file, code);
  }
  for (const [from, to] of STATIC) cpSync(join(ROOT, from), join(out, to), { recursive: true });
  const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(source, target, version), null, 2) + '\n');
  return Object.fromEntries(Object.keys(ENTRIES).map((name) => [name + '.js', statSync(join(out, name + '.js')).size]));
}

export interface BuildReport {
  /** Bytes of each bundle, per target. */
  sizes: Record<Target, Record<string, number>>;
  overBudget: boolean;
}

/** Both targets into `distRoot` (with zips unless `zip` is false), reported through `log`. */
export async function buildAll(distRoot: string = DIST, { zip = true, log = console.log } = {}): Promise<BuildReport> {
  const missing = [...Object.values(ENTRIES), ...STATIC.map(([f]) => f), 'manifest.json'].filter((f) => !existsSync(join(ROOT, f)));
  if (missing.length) throw new Error(`Cannot build: missing ${missing.join(', ')}`);
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const report: BuildReport = { sizes: { chrome: {}, firefox: {} }, overBudget: false };
  for (const target of ['chrome', 'firefox'] as Target[]) {
    const sizes = await buildExtension(target, version, distRoot);
    report.sizes[target] = sizes;
    log(`${relative(ROOT, join(distRoot, target)) || '.'} (v${version})`);
    for (const [name, size] of Object.entries(sizes)) {
      const gz = gzipSync(readFileSync(join(distRoot, target, name))).length;
      const over = name === 'content.js' && size > CONTENT_BUDGET_BYTES;
      if (over) report.overBudget = true;
      log(`  ${name.padEnd(20)} ${kb(size).padStart(9)} minified  ${kb(gz).padStart(8)} gzip${over ? `  OVER the ${kb(CONTENT_BUDGET_BYTES)} budget` : ''}`);
    }
    if (zip) {
      const zipPath = join(distRoot, `tidy-reader-${target}.zip`);
      log(`  ${relative(ROOT, zipPath)}  ${kb(await zipDir(join(distRoot, target), zipPath))}`);
    }
  }
  return report;
}

async function main(): Promise<void> {
  const report = await buildAll();
  if (report.overBudget) throw new Error(`content.js is over its ${kb(CONTENT_BUDGET_BYTES)} budget`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
