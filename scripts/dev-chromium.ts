/**
 * `npm run dev:chromium [-- --headless] [--url URL]`, beside `npm run dev`: Chromium with
 * dist/chrome loaded as an unpacked extension, reloaded after each round of the watch build that
 * rewrote a Chrome file, and the background's console printed here. The reload loads the folder
 * again over CDP (`Extensions.loadUnpacked`, same path, same id): `chrome.runtime.reload()` from
 * the service worker leaves an extension loaded with --load-extension disabled (Chromium 156).
 * Tabs keep the content script they were given: click the toolbar button again. The profile
 * lives in .cache/chromium-dev, so settings and open tabs survive a restart.
 */
import { chromium, type BrowserContext, type CDPSession, type Worker } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { onDevBuild, type DevStamp } from './build/watch';
import { CHROMIUM, DIST_CHROME, ROOT } from './browser/paths';

interface Options {
  headless: boolean;
  url: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { headless: false, url: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--headless') o.headless = true;
    else if (argv[i] === '--url' && argv[i + 1]) o.url = argv[++i];
    else throw new Error(`unknown option ${argv[i]} (options: --headless, --url URL)`);
  }
  return o;
}

const log = (msg: string): void => console.log(`[dev:chromium ${new Date().toLocaleTimeString()}] ${msg}`);

/** The extension's service worker, once it runs. */
async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().endsWith('/background.js'));
  return running ?? context.waitForEvent('serviceworker', { predicate: (w) => w.url().endsWith('/background.js'), timeout: 30_000 });
}

/** Prints what the background logs (a reload starts a new worker: each is followed). */
function follow(worker: Worker): Worker {
  worker.on('console', (m) => log(`background ${m.type()}: ${m.text()}`));
  return worker;
}

async function reload(context: BrowserContext, cdp: CDPSession, stamp: DevStamp): Promise<void> {
  const next = context.waitForEvent('serviceworker', { predicate: (w) => w.url().endsWith('/background.js'), timeout: 30_000 });
  await cdp.send('Extensions.loadUnpacked', { path: DIST_CHROME });
  const worker = follow(await next);
  log(`reloaded after round ${stamp.round} (${stamp.rebuilt.filter((f) => f.startsWith('chrome/')).join(', ')}): worker ${worker.url()}`);
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (!o.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('No display to show Chromium on: run it on a desktop, under xvfb-run, or with --headless');
  }
  if (!existsSync(join(DIST_CHROME, 'manifest.json'))) {
    log(`waiting for the first build of ${DIST_CHROME}: is \`npm run dev\` running?`);
    await new Promise<void>((resolve) => {
      const w = onDevBuild(join(DIST_CHROME, '..'), (s) => {
        if (s.failed.length || !existsSync(join(DIST_CHROME, 'manifest.json'))) return;
        w.close();
        resolve();
      });
    });
  }
  const profile = join(ROOT, '.cache/chromium-dev');
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: o.headless,
    viewport: null,
    // The last flag opens CDP's Extensions domain, which reloads the extension.
    args: [`--disable-extensions-except=${DIST_CHROME}`, `--load-extension=${DIST_CHROME}`, '--no-first-run', '--enable-unsafe-extension-debugging'],
  });
  const cdp = await context.browser()!.newBrowserCDPSession();
  const worker = follow(await serviceWorker(context));
  log(`Chromium runs ${DIST_CHROME} as ${new URL(worker.url()).host}; save a file and \`npm run dev\` rebuilds it, then it is reloaded here`);
  if (o.url) await (context.pages()[0] ?? (await context.newPage())).goto(o.url);

  let queue = Promise.resolve();
  // onDevBuild reports the stamp already there at once: it describes the build Chromium just loaded.
  let starting = true;
  const watcher = onDevBuild(join(DIST_CHROME, '..'), (stamp) => {
    if (starting) return;
    if (stamp.failed.length) return log(`round ${stamp.round}: ${stamp.failed.join(', ')} failed to build; the extension keeps running its last good build`);
    if (!stamp.rebuilt.some((f) => f.startsWith('chrome/'))) return;
    queue = queue.then(() => reload(context, cdp, stamp)).catch((e: unknown) => log(`reload failed: ${e instanceof Error ? e.message : e}`));
  });
  starting = false;
  context.on('close', () => {
    watcher.close();
    log('Chromium closed');
    process.exit(0);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void context.close());
}

main().catch((e: unknown) => {
  console.error(`dev:chromium: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
