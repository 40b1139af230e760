import { resolve } from 'node:path';
import type { EnvironmentOptions } from 'vite';

/**
 * What the extension is made of, per browser. Each entry is one Vite build environment: Rolldown
 * writes an IIFE only from a single input (several inputs would share chunks, loaded at run
 * time), and the three scripts below must each be one self-contained classic file: content.js
 * and content-exports.js are injected with `scripting.executeScript({ files })`, which runs
 * classic scripts only, and background.js is a service worker (Chrome) or background script
 * (Firefox) loaded without a module type. The two pages come from their HTML; each is built on
 * its own too, so each page loads exactly one script and no shared chunk.
 */
export type Target = 'chrome' | 'firefox';
export const TARGETS: Target[] = ['chrome', 'firefox'];

/** esbuild/Rolldown target per browser: the manifests' minimum versions. */
export const BROWSER_TARGET: Record<Target, string> = { chrome: 'chrome120', firefox: 'firefox140' };

/** Classic scripts, by output name → entry. */
export const SCRIPTS: Record<string, string> = {
  background: 'extension/background/index.ts',
  content: 'extension/content/index.ts',
  // turndown and the export builders for the reader overlay, injected only when the reader opens
  'content-exports': 'extension/content/exports.ts',
  // the reader's table of contents and read aloud, injected only when first used (extension/content/lazy.ts)
  'content-toc': 'extension/content/contents/index.ts',
  'content-speech': 'extension/content/speech/index.ts',
  // the block picker that learns "always remove" rules, injected only when first used
  'content-picker': 'extension/content/picker/index.ts',
};

/** Extension pages, by name → HTML entry; written as NAME.html and NAME.js at the root of dist/<target>. */
export const PAGES: Record<string, string> = {
  popup: 'extension/popup/popup.html',
  options: 'extension/options/options.html',
};

/** Copied as they are, from → to (under dist/<target>). */
export const STATIC: [from: string, to: string][] = [['extension/icons', 'icons']];

/**
 * content.js is injected into every page the user reads, and compiled on every first click: it
 * must stay small. 90 KB since issue 14 (84.7 KB then, from 117.1 KB: DOMPurify moved to the pages
 * that show the article, which finish the content script's draft).
 */
export const CONTENT_BUDGET_BYTES = 90 * 1024;

export interface Bundle {
  /** The Vite environment's name (letters, digits and "_" only). */
  env: string;
  target: Target;
  /** Output name without extension (`content-exports`, `popup`). */
  name: string;
  kind: 'script' | 'page';
  entry: string;
}

/** Every bundle, in build order: the order fixes the shared mangle cache, so it must not vary. */
export const BUNDLES: Bundle[] = TARGETS.flatMap((target) => [
  ...Object.entries(SCRIPTS).map(([name, entry]) => ({ target, name, entry, kind: 'script' as const })),
  ...Object.entries(PAGES).map(([name, entry]) => ({ target, name, entry, kind: 'page' as const })),
]).map((b) => ({ ...b, env: `${b.target}_${b.name.replaceAll('-', '_')}` }));

export const bundleOf = (env: string): Bundle | undefined => BUNDLES.find((b) => b.env === env);

/** The Vite environment that builds `b` of the project at `root` into `outDir` (dist/<target>). */
export function environmentFor(b: Bundle, root: string, outDir: string): EnvironmentOptions {
  return {
    consumer: 'client',
    // Kept from the esbuild build; no module reads either today. __TARGET__ lets code tell the
    // browsers apart at build time, and a library checking NODE_ENV takes its production branch, in dev too.
    define: {
      __TARGET__: JSON.stringify(b.target),
      'process.env.NODE_ENV': '"production"',
    },
    build: {
      outDir,
      // Several environments write into the same folder; the plugin empties it once, first.
      emptyOutDir: false,
      copyPublicDir: false,
      target: BROWSER_TARGET[b.target],
      // terser first (scripts/build/minify.ts), then Rolldown's own minifier: output.minify below.
      minify: false,
      cssMinify: true,
      modulePreload: false,
      reportCompressedSize: false,
      assetsInlineLimit: 0,
      rolldownOptions: {
        input: { [b.name]: resolve(root, b.entry) },
        // terser takes most of the build on purpose (minify.ts): no warning that plugins are slow.
        checks: { bundlerTimings: false },
        output: {
          format: b.kind === 'script' ? 'iife' : 'es',
          // Oxc, after terser's pass: each finds bytes the other misses (measured in minify.ts).
          minify: true,
          comments: false,
          entryFileNames: '[name].js',
          chunkFileNames: `${b.name}-[name].js`,
          assetFileNames: '[name][extname]',
        },
      },
    },
  };
}
