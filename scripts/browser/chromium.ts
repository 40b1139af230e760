import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, DIST_CHROME } from './paths';

/**
 * Chromium with the unpacked extension, driven the way a user drives it (see
 * /work/shared/docs/browser-testing.md): a real toolbar click through CDP `Extensions.triggerAction`
 * (which also grants `activeTab`), and the real action popup read through a second CDP connection,
 * since Playwright's own connection does not list the popup target.
 */

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, to call `chrome.*` as the background does. */
  worker: Worker;
  /** A browser-level CDP session. */
  cdp: CDPSession;
  userDataDir: string;
  /** `chrome-extension://ID/<path>` */
  extensionUrl(path: string): string;
  /** A new tab at `url`, loaded. */
  open(url: string): Promise<Page>;
  /**
   * Click the toolbar button for `page`'s tab and return the action popup as a Playwright page.
   * `tabUrl` names the tab's address when it differs from `page.url()` (a failed load shows an
   * error page, but the tab keeps the address the user asked for).
   */
  clickAction(page: Page, tabUrl?: string): Promise<Page>;
  /** Date.now() just before the last `Extensions.triggerAction` was sent (for timing the popup). */
  lastTriggerAt: number;
  /** Write the extension's `storage.local` (e.g. settings) from the service worker. */
  setStorage(items: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/**
 * Run `action` (a click that starts one download) on `page` and return the saved file's suggested
 * name and content. Works for the action popup too, whose downloads its own CDP connection sees.
 */
export async function downloadFrom(page: Page, action: () => Promise<unknown>): Promise<{ name: string; content: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), action()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), content: readFileSync(path, 'utf8') };
}

export interface LaunchOptions {
  /** Absolute path of the unpacked build; defaults to dist/chrome. */
  dist?: string;
  /** Extra Chromium flags. */
  args?: string[];
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dist = options.dist ?? DIST_CHROME;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No extension build at ${dist}: run npm run build`);
  if (dist.includes(',')) throw new Error('The extension path must not contain a comma (Chromium flag syntax)');
  const userDataDir = mkdtempSync(join(tmpdir(), 'tidy-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      // No network beyond 127.0.0.1: every other host name fails to resolve, so the sample
      // pages' remote scripts, styles and images cannot load (or leak) during tests.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ...(options.args ?? []),
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const cdp = await context.browser()!.newBrowserCDPSession();
    const connections: Browser[] = [];

    /** A connection made after the popup exists lists it among its pages (an older one does not). */
    const popupConnection = async (): Promise<Browser> => {
      const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0].trim();
      const b = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      connections.push(b);
      return b;
    };

    /** Resolves at the next target event (or after `ms`, so a quiet browser is re-checked). */
    const nextTargetEvent = (ms: number): Promise<void> =>
      new Promise((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          cdp.off('Target.targetInfoChanged', done);
          cdp.off('Target.targetCreated', done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        cdp.on('Target.targetInfoChanged', done);
        cdp.on('Target.targetCreated', done);
      });

    const tabTargetOf = async (page: Page, tabUrl?: string): Promise<string> => {
      await page.bringToFront();
      const url = tabUrl ?? page.url();
      const deadline = Date.now() + 10_000;
      // The tab target's URL and active flag can trail the page by an event or two (e.g. while
      // the PDF viewer takes over): re-check on each target event until they agree.
      for (;;) {
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
        const same = targetInfos.filter((t) => t.url === url);
        const active = same.filter((t) => (t as { embedderData?: { tabActive?: boolean } }).embedderData?.tabActive);
        const pick = active.length === 1 ? active[0] : same.length === 1 ? same[0] : null;
        if (pick) return pick.targetId;
        if (Date.now() > deadline) {
          throw new Error(`Cannot tell which tab is ${url}: tabs are ${JSON.stringify(targetInfos.map((t) => t.url))}; give each test page its own URL`);
        }
        await nextTargetEvent(250);
      }
    };

    const popupUrl = `chrome-extension://${extensionId}/popup.html`;

    /** Event-driven: resolves when a popup target appears that was not there before. */
    const waitForNewPopupTarget = (before: Set<string>): Promise<string> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          cdp.off('Target.targetCreated', onCreated);
          cdp.off('Target.targetInfoChanged', onCreated);
          reject(new Error('The action popup did not open'));
        }, 15_000);
        const onCreated = ({ targetInfo }: { targetInfo: { targetId: string; url: string } }): void => {
          if (targetInfo.url.startsWith(popupUrl) && !before.has(targetInfo.targetId)) {
            clearTimeout(timer);
            cdp.off('Target.targetCreated', onCreated);
            cdp.off('Target.targetInfoChanged', onCreated);
            resolve(targetInfo.targetId);
          }
        };
        cdp.on('Target.targetCreated', onCreated);
        cdp.on('Target.targetInfoChanged', onCreated);
      });

    await cdp.send('Target.setDiscoverTargets', { discover: true });

    const findPopupPage = async (browser: Browser, targetId: string): Promise<Page> => {
      const ctx = browser.contexts()[0];
      const matches = async (p: Page): Promise<boolean> => {
        if (!p.url().startsWith(popupUrl)) return false;
        const s = await ctx.newCDPSession(p);
        try {
          const { targetInfo } = await s.send('Target.getTargetInfo');
          return targetInfo.targetId === targetId;
        } finally {
          await s.detach().catch(() => {});
        }
      };
      for (const p of ctx.pages()) if (await matches(p)) return p;
      throw new Error('The popup target is not among the pages of a new CDP connection');
    };

    const eb: ExtensionBrowser = {
      context,
      extensionId,
      worker,
      cdp,
      userDataDir,
      lastTriggerAt: 0,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      async open(url) {
        const page = await context.newPage();
        await page.goto(url);
        return page;
      },
      async clickAction(page, tabUrl) {
        const targetId = await tabTargetOf(page, tabUrl);
        const { targetInfos } = await cdp.send('Target.getTargets');
        const before = new Set(targetInfos.filter((t) => t.url.startsWith(popupUrl)).map((t) => t.targetId));
        const appeared = waitForNewPopupTarget(before);
        eb.lastTriggerAt = Date.now();
        await cdp.send('Extensions.triggerAction', { id: extensionId, targetId });
        const popupTarget = await appeared;
        const popup = await findPopupPage(await popupConnection(), popupTarget);
        await popup.waitForLoadState('domcontentloaded');
        return popup;
      },
      async setStorage(items) {
        await worker.evaluate((i) => chrome.storage.local.set(i), items);
      },
      async close() {
        await context.close().catch(() => {});
        for (const b of connections) await b.close().catch(() => {});
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
    return eb;
  } catch (e) {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
}

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
