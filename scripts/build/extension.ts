import { readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { stripDebugLogging, stripUnreachedMethods } from '../../src/vendor/readability.ts';
import { BUNDLES, STATIC, TARGETS, bundleOf, environmentFor } from './bundles.ts';
import { manifestFor } from './manifest.ts';
import { terserFirstPass } from './minify.ts';
import { packageVersion, reportAndZip } from './report.ts';
import { DEV_STAMP, watchAll } from './watch.ts';
import { filesUnder } from './zip.ts';

/**
 * `vite build`: the extension for both browsers from the one root manifest.json, as Vite build
 * environments (scripts/build/bundles.ts says why one per bundle), built in order by this plugin's
 * `buildApp` hook. Writes <outDir>/chrome, <outDir>/firefox (outDir: Vite's `build.outDir`,
 * default dist) and a reproducible zip of each, prints every script's size and fails when the
 * content script is over its budget. With `--watch` (`npm run dev`), see scripts/build/watch.ts.
 */
export function tidyExtension(): Plugin[] {
  return [readabilityWithoutLogging(), extensionBuild(), terserFirstPass()];
}

/** Readability's debug logging and the methods our options never reach compiled out: src/vendor/readability.ts says why. */
function readabilityWithoutLogging(): Plugin {
  return {
    name: 'tidy:readability-without-logging',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/ },
      handler(code) {
        const stripped = stripDebugLogging(code);
        if (stripped === code) this.error('Readability.js has no this.log( call left to strip: re-check src/vendor/readability.ts against the installed version');
        const trimmed = stripUnreachedMethods(stripped);
        if (trimmed === null) this.error('Readability.js: a method of UNREACHED_METHODS was not found once: re-check src/vendor/readability.ts against the installed version');
        return { code: trimmed, map: null };
      },
    },
  };
}

function outBase(root: string, outDir: string | undefined): string {
  return resolve(root, outDir ?? 'dist');
}

function extensionBuild(): Plugin {
  return {
    name: 'tidy:extension',
    apply: 'build',
    sharedDuringBuild: true,

    config(config) {
      const root = resolve(config.root ?? process.cwd());
      const base = outBase(root, config.build?.outDir);
      return {
        builder: {},
        environments: Object.fromEntries(BUNDLES.map((b) => [b.env, environmentFor(b, root, join(base, b.target))])),
      };
    },

    buildStart() {
      const b = bundleOf(this.environment.name);
      if (b?.name !== 'background') return;
      const root = this.environment.config.root;
      // The background's build also writes the manifest and static files, so it re-runs in watch mode when they change.
      for (const f of ['manifest.json', 'package.json']) this.addWatchFile(join(root, f));
      for (const [from] of STATIC) for (const f of filesUnder(join(root, from))) this.addWatchFile(f);
    },

    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const b = bundleOf(this.environment.name);
        if (!b) return;
        const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
        const [main] = chunks;
        if (chunks.length !== 1 || main.imports.length || main.dynamicImports.length) {
          this.error(`${b.name}.js must be one self-contained script, but the build made ${chunks.map((c) => c.fileName).join(', ')} (imports: ${[...main.imports, ...main.dynamicImports].join(', ') || 'none'})`);
        }
        if (b.kind === 'page') {
          // Vite writes an HTML entry at its path under the root (extension/popup/popup.html); the manifest wants it at the top.
          const from = b.entry;
          const html = bundle[from];
          if (html?.type !== 'asset') this.error(`${b.entry}: Vite wrote no HTML for it (wrote ${Object.keys(bundle).join(', ')})`);
          delete bundle[from];
          this.emitFile({ type: 'asset', fileName: `${b.name}.html`, source: html.source });
        }
        if (b.name === 'background') {
          const root = this.environment.config.root;
          const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
          const manifest = manifestFor(source, b.target, packageVersion(root));
          this.emitFile({ type: 'asset', fileName: 'manifest.json', source: JSON.stringify(manifest, null, 2) + '\n' });
          for (const [from, to] of STATIC) {
            for (const f of filesUnder(join(root, from))) this.emitFile({ type: 'asset', fileName: join(to, relative(join(root, from), f)).split('\\').join('/'), source: readFileSync(f) });
          }
        }
      },
    },

    async buildApp(builder) {
      const base = outBase(builder.config.root, builder.config.build.outDir);
      for (const t of TARGETS) {
        rmSync(join(base, t), { recursive: true, force: true });
        rmSync(join(base, `tidy-reader-${t}.zip`), { force: true });
      }
      rmSync(join(base, DEV_STAMP), { force: true });
      const environments = BUNDLES.map((b) => builder.environments[b.env]);
      if (builder.config.build.watch) return watchAll(builder, environments, base);
      for (const env of environments) await builder.build(env);
      await reportAndZip(builder.config.root, base, builder.config.logger);
    },
  };
}
