import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The pipeline as one IIFE script (global `TidyCore`), built in memory with esbuild. */
let cached: Promise<string> | null = null;

export function coreBundle(): Promise<string> {
  cached ??= build({
    entryPoints: [fileURLToPath(new URL('./core-entry.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'TidyCore',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0].text);
  return cached;
}
