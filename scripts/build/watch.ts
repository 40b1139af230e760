import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildEnvironment, ViteBuilder } from 'vite';
import { bundleOf } from './bundles.ts';
import { formatLine, sizeOf } from './report.ts';

/** Written into the output folder after every watch round; scripts/dev-chromium.ts and the tests wait on it. */
export const DEV_STAMP = 'dev-build.json';

export interface DevStamp {
  /** One id per `npm run dev`: rounds count again from 1 in the next one. */
  session: string;
  /** 1 for the first complete build, then one more each time the rebuilds a save started have all ended. */
  round: number;
  /** Environments whose last build failed (their files in dist are the previous ones). */
  failed: string[];
  /** Scripts rewritten in this round, as `chrome/content.js`. */
  rebuilt: string[];
}

type Watcher = { on(event: 'event', listener: (e: { code: string; error?: unknown }) => void): unknown };

/**
 * `vite build --watch` (`npm run dev`): one Rolldown watcher per environment, each rebuilding its
 * bundle when one of its files changes. A save touches several bundles (a file of src/ is in the
 * content script and the popup, of both browsers), which rebuild side by side; once none is
 * building, the round is over: its sizes are printed and DEV_STAMP is rewritten in one rename, so
 * whoever watches it (the Chromium reloader, the tests) sees a finished build and never a half-written one.
 */
export async function watchAll(builder: ViteBuilder, environments: BuildEnvironment[], base: string): Promise<void> {
  const { logger } = builder.config;
  const building = new Set(environments.map((e) => e.name));
  const failed = new Set<string>();
  const rebuilt = new Set<string>();
  const session = randomUUID();
  let round = 0;

  const settle = (): void => {
    if (building.size) return;
    round++;
    const stamp: DevStamp = { session, round, failed: [...failed], rebuilt: [...rebuilt].sort() };
    rebuilt.clear();
    mkdirSync(base, { recursive: true });
    const tmp = join(base, `.${DEV_STAMP}.${process.pid}`);
    writeFileSync(tmp, JSON.stringify(stamp, null, 2) + '\n');
    renameSync(tmp, join(base, DEV_STAMP));
    if (failed.size) logger.error(`[tidy] round ${round}: ${[...failed].join(', ')} failed; the extension keeps their last good build`);
    else logger.info(`[tidy] round ${round}: dist/chrome and dist/firefox are up to date (${stamp.rebuilt.length} scripts rewritten)`);
  };

  for (const env of environments) {
    const b = bundleOf(env.name)!;
    const watcher = (await builder.build(env)) as unknown as Watcher;
    watcher.on('event', (e) => {
      if (e.code === 'START') {
        building.add(env.name);
      } else if (e.code === 'BUNDLE_END') {
        failed.delete(env.name);
        rebuilt.add(`${b.target}/${b.name}.js`);
        logger.info(`[tidy] ${b.target}${formatLine(sizeOf(join(base, b.target), `${b.name}.js`))}`);
      } else if (e.code === 'END' || e.code === 'ERROR') {
        if (e.code === 'ERROR') failed.add(env.name);
        // Once per build: an END after an ERROR does not end a second round.
        if (building.delete(env.name)) settle();
      }
    });
  }
}

/**
 * Calls `listener` with each new DevStamp that `npm run dev` writes into `base` (the one already
 * there first, if any), on file events: no polling. Returns the watcher, to close.
 */
export function onDevBuild(base: string, listener: (stamp: DevStamp) => void): { close(): void } {
  mkdirSync(base, { recursive: true });
  let seen = '';
  const check = (): void => {
    let stamp: DevStamp;
    try {
      stamp = JSON.parse(readFileSync(join(base, DEV_STAMP), 'utf8')) as DevStamp;
    } catch {
      return; // not written yet (the rename makes a half-written one impossible)
    }
    const key = `${stamp.session}:${stamp.round}`;
    if (key === seen) return;
    seen = key;
    listener(stamp);
  };
  const watcher = watch(base, (_event, name) => {
    if (name === DEV_STAMP) check();
  });
  check();
  return watcher;
}
