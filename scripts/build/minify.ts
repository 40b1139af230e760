import { minify, type MinifyOptions } from 'terser';
import type { Plugin } from 'vite';

/**
 * The extension's first minifier pass, with terser; Rolldown's own minifier (Oxc, Vite 8's
 * default) makes the second as it writes each file (scripts/build/bundles.ts). Oxc cannot shorten
 * property names, and Readability and DOMPurify name their internals `_grabArticle`,
 * `_cleanConditionally`, …: shortened like any other identifier they take about 4 KB off the
 * content script, whose budget is 90 KB. No message, stored setting or DOM property of ours
 * starts with "_" (eslint.config.js forbids it in extension/), `__` names are kept, and so are
 * quoted names (`obj["_x"]` is spelled out on purpose).
 *
 * Measured on this code base (content.js of Rolldown's bundle, bytes): esbuild as the minifier,
 * with property mangling, 124 534; esbuild then terser (what the esbuild-only build did, 121 664
 * from its own bundle) 121 789; Oxc then terser 119 613; terser then Oxc 119 381 alone, 119 665
 * in the build (the shared cache below costs a little): the smallest of these in total and for
 * every bundle but background.js (1 byte behind Oxc then terser).
 *
 * One property-name cache serves every bundle of a build, both browsers, in build order, so a
 * name is shortened the same way everywhere (an object handed from content.js to
 * content-exports.js keeps its property names) and two builds give the same bytes. Chunks are
 * minified one at a time for the same reason: two passes must not read and write the cache at once.
 */
export const MANGLE_PROPS = /^_[a-z]/;

export function terserFirstPass(): Plugin {
  let props: unknown;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    name: 'tidy:terser',
    apply: 'build',
    // One instance for all environments: the cache above is shared.
    sharedDuringBuild: true,
    renderChunk: {
      order: 'post',
      handler(code, _chunk, output) {
        const run = queue.then(async () => {
          const nameCache: Record<string, unknown> = props ? { props } : {};
          const options: MinifyOptions = {
            ecma: 2020,
            module: output.format === 'es',
            compress: { passes: 2 },
            mangle: { properties: { regex: MANGLE_PROPS, keep_quoted: 'strict' } },
            format: { comments: false },
            nameCache,
          };
          const result = await minify(code, options);
          if (result.code === undefined) throw new Error('terser returned no code');
          props = nameCache.props;
          return { code: result.code, map: null };
        });
        queue = run.catch(() => undefined);
        return run;
      },
    },
  };
}
