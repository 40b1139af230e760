import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchFirefox } from '../../scripts/browser/firefox';
import { DIST_FIREFOX } from '../../scripts/browser/paths';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { newsPage } from '../src/rules/learned-page';
import { inShadow, overlayShadowRoot } from './reader/bidi';
import { openExtensionPage, pressCommand } from './reader/firefox';

/**
 * "Always keep this on <site>" in Firefox (real dist/firefox, WebDriver BiDi), where the suite
 * runs the popup's restore too: restore the author box from the popup's Removed list, keep it for
 * the site, and the next extraction keeps it, on the re-hashed build of the page as well, in the
 * reader and the popup. (The popup is a background tab beside the article: see popup-firefox.test.ts.)
 */
let browser: Browser;
let server: StaticServer;
const BIO = 'Jane Roe covers transport';

beforeAll(async () => {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) throw new Error('No Firefox build: run npm run build');
  server = await startServer([], { '/build1.html': newsPage(1), '/build2.html': newsPage(2) });
  browser = (await launchFirefox(DIST_FIREFOX, { systemAccess: true })).browser;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const overlays = (page: Page, n: number) => page.waitForFunction((k: number) => document.getElementsByTagName('tidy-reader-overlay').length === k, { polling: 50, timeout: 15_000 }, n);

/** The article tab at `path`, with activeTab granted by the extension's command (which opens the reader: closed again). */
async function articleTab(page: Page, path: string): Promise<void> {
  await page.goto(server.url(path));
  await page.bringToFront();
  await pressCommand(browser);
  await overlays(page, 1);
}

test('restore a block, "Always keep this on <site>", and the next extraction keeps it, on the re-hashed build too, in Firefox', async () => {
  const page = await browser.newPage();
  await articleTab(page, '/build1.html?firefox-keep');
  await pressCommand(browser);
  await overlays(page, 0);
  const popup = await openExtensionPage(browser, 'popup.html', page);
  await popup.waitForSelector('body[data-state="article"]');
  expect(await popup.$eval('[data-testid="article-body"]', (e) => e.textContent ?? '')).not.toContain(BIO);
  await popup.$eval('[data-testid="removed-summary"]', (e) => (e as HTMLElement).click());
  const item = '[data-testid="removed-item"][data-kind="chrome"]';
  await popup.$eval(`${item} [data-testid="restore"]`, (e) => (e as HTMLButtonElement).click());
  expect(await popup.$eval('[data-testid="article-body"]', (e) => e.textContent ?? '')).toContain(BIO);
  await popup.$eval(`${item} [data-testid="always-keep"]`, (e) => (e as HTMLButtonElement).click());
  await popup.waitForFunction((sel: string) => document.querySelector(sel)?.textContent === 'Kept on 127.0.0.1', { polling: 50, timeout: 15_000 }, `${item} [data-testid="always-keep"]`);
  const stored = await popup.evaluate(async () => ((await (globalThis as any).browser.storage.local.get('settings')).settings.learned as { action: string; block: { attrs: unknown } }[]));
  expect(stored).toMatchObject([{ action: 'keep', block: { attrs: [['class', 'author-box'], ['data-component', 'author-bio']] } }]);
  await popup.close();

  // The next extraction, on the second build (class names re-hashed, the box wrapped): the reader…
  await articleTab(page, '/build2.html?firefox-keep');
  const root = await overlayShadowRoot(browser, page);
  expect(await inShadow<string>(browser, page, root!.sharedId, `function () { return this.querySelector('.body').textContent; }`)).toContain(BIO);
  await page.keyboard.press('Escape');
  await overlays(page, 0);
  // … and the popup.
  const again = await openExtensionPage(browser, 'popup.html', page);
  await again.waitForSelector('body[data-state="article"]');
  expect(await again.$eval('[data-testid="article-body"]', (e) => e.textContent ?? '')).toContain(BIO);
  await again.close();
  await page.close();
});
