// The `tidy-reader` command as one esbuild bundle of cli/main.ts and what it imports, kept in
// .cache/cli/ (gitignored) and rebuilt before it would run stale code. Node cannot run TypeScript,
// and compiling it at every start (tsx) cost more than the command's own work for --help.
//
// Fresh means: every file the bundle was built from still has the size and modification time it
// had when the build began (an edit, a checkout or a restored older copy all change one of them;
// a file newly imported is imported by an edited one). This launcher, these build options and
// esbuild's version are inputs too. No build step is needed on a fresh clone: the first run builds.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export const CACHE_DIR = '.cache/cli';
export const ENTRY = 'cli/main.ts';
/** The pages run in worker threads (cli/pool.ts) from this second entry, bundled beside main.mjs. */
export const WORKER_ENTRY = 'cli/worker.ts';
/** Besides the sources esbuild reports: what else makes a bundle. */
const BUILD_INPUTS = ['bin/cli-bundle.mjs', 'node_modules/esbuild/package.json'];
const STATE = 'current.json';

/**
 * Each module's `import.meta.url` as it would be unbundled (cli/main.ts finds samples/ beside
 * itself, and checks it is the program run): a URL relative to the bundle, which moves with the
 * checkout. A text replacement: the words appear in code only, in these sources.
 */
function sourceUrls(root, outDir) {
  return {
    name: 'source-urls',
    setup(b) {
      b.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const text = await readFile(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const url = relative(outDir, args.path).split(sep).join('/');
        return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(url)}, import.meta.url).href`), loader: args.path.endsWith('ts') ? 'ts' : 'js' };
      });
    },
  };
}

function stats(root, files) {
  return Object.fromEntries(files.map((f) => {
    const s = statSync(join(root, f));
    return [f, [s.mtimeMs, s.size]];
  }));
}

function readState(root) {
  try {
    return JSON.parse(readFileSync(join(root, CACHE_DIR, STATE), 'utf8'));
  } catch {
    return null;
  }
}

/** The bundle's entry if the state names one whose inputs are all unchanged. */
export function freshBundle(root, state = readState(root)) {
  if (!state || typeof state.id !== 'string' || typeof state.inputs !== 'object') return null;
  for (const [file, [mtime, size]] of Object.entries(state.inputs)) {
    const s = statSync(join(root, file), { throwIfNoEntry: false });
    if (!s || s.mtimeMs !== mtime || s.size !== size) return null;
  }
  const main = join(root, CACHE_DIR, state.id, 'main.mjs');
  return statSync(main, { throwIfNoEntry: false }) ? main : null;
}

/**
 * Builds the bundle into a folder of its own and then points current.json at it (one rename, so
 * two commands starting at once never see half a build), and returns its entry. Folders of older
 * builds go once they are a day old: a command started from one starts a new worker from it
 * whenever a page is stopped (cli/pool.ts), however long its batch runs (a bundle is about 200 KB).
 */
const KEEP_OLD_MS = 24 * 60 * 60 * 1000;

export async function buildBundle(root) {
  const { build } = await import('esbuild');
  const cache = join(root, CACHE_DIR);
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = Date.now();
    const id = `${started.toString(36)}-${process.pid}`;
    const outDir = join(cache, id);
    // Two builds into one folder: esbuild's code splitting puts every file both entries reach in a
    // shared chunk, and the pipeline reached through src/index.ts from the worker landed in the
    // chunk main loads first (--help 0.38-0.46 s, turndown, DOMPurify and Readability loaded for
    // nothing). Built apart, main carries only the names and limits it shows; the worker is whole.
    const options = {
      absWorkingDir: root,
      outdir: outDir,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Dependencies load from node_modules as they are: jsdom reads its own files at run time.
      packages: 'external',
      metafile: true,
      logLevel: 'silent',
      legalComments: 'none',
      plugins: [sourceUrls(root, outDir)],
    };
    const results = await Promise.all([
      // Split so that what only a batch needs (the pool, the loader) loads when a batch starts.
      build({ ...options, entryPoints: { main: join(root, ENTRY) }, splitting: true, chunkNames: 'main-[name]-[hash]' }),
      build({ ...options, entryPoints: { worker: join(root, WORKER_ENTRY) } }),
    ]);
    const result = { metafile: { inputs: Object.assign({}, ...results.map((r) => r.metafile.inputs)) } };
    const inputs = stats(root, [...Object.keys(result.metafile.inputs), ...BUILD_INPUTS]);
    // A file saved while esbuild read the sources: build again, or this bundle would pass for fresh.
    if (Object.values(inputs).some(([mtime]) => mtime >= started)) {
      rmSync(outDir, { recursive: true, force: true });
      continue;
    }
    const tmp = join(cache, `${STATE}.${process.pid}`);
    writeFileSync(tmp, JSON.stringify({ id, inputs }));
    renameSync(tmp, join(cache, STATE));
    for (const old of readdirSync(cache, { withFileTypes: true })) {
      if (old.isDirectory() && old.name !== id && Date.now() - statSync(join(cache, old.name)).mtimeMs > KEEP_OLD_MS) rmSync(join(cache, old.name), { recursive: true, force: true });
    }
    return join(outDir, 'main.mjs');
  }
  throw new Error('the sources kept changing while the command was being built; run it again');
}

/**
 * The entry to run: the bundle, rebuilt first if stale, or null when it cannot be built here
 * (no esbuild, as after `npm install --omit=dev`, or a read-only checkout): the caller then runs
 * the sources with tsx, as fast as before. A source that does not compile throws esbuild's message.
 */
export async function currentBundle(root) {
  const fresh = freshBundle(root);
  if (fresh) return fresh;
  try {
    mkdirSync(join(root, CACHE_DIR), { recursive: true });
    return await buildBundle(root);
  } catch (e) {
    if (e && (e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'EACCES' || e.code === 'EROFS' || e.code === 'EPERM')) return null;
    throw e;
  }
}
