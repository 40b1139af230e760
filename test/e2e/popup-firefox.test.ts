import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Browser, type Page } from 'puppeteer-core';
import { launchFirefox } from '../../scripts/browser/firefox';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_FIREFOX, SAMPLES } from '../../scripts/browser/paths';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { inShadow, overlayShadowRoot } from './reader/bidi';
import { openExtensionPage, pressCommand } from './reader/firefox';

/**
 * The popup and options pages in Firefox (real dist/firefox, temporary add-on, WebDriver BiDi).
 * BiDi will not navigate to moz-extension:// pages, so the browser window (chrome scope) opens
 * them as background tabs, the way a toolbar popup sits beside the tab it reads. The extension's
 * keyboard command is fired first, which grants activeTab on the article tab as a real shortcut would.
 */
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) throw new Error('No Firefox build: run npm run build');
  server = await startServer([SAMPLES]);
  browser = (await launchFirefox(DIST_FIREFOX, { systemAccess: true })).browser;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the popup shows the seed article in Firefox', async () => {
  const page = await browser.newPage();
  await page.goto(server.url('/seed-article.html?firefox-popup'));
  // The command acts on the window's active tab: make sure that is this page, not the first tab.
  await page.bringToFront();
  await pressCommand(browser); // grants activeTab (and opens the overlay)
  await page.waitForSelector('tidy-reader-overlay');
  const popup = await openExtensionPage(browser, 'popup.html', page);
  await popup.waitForSelector('body[data-state]:not([data-state="loading"])');
  expect(await popup.evaluate(() => document.body.dataset.state)).toBe('article');
  expect(await popup.$eval('[data-testid="title"]', (e) => e.textContent)).toBe('Defections Challenge Hamas’ Cooperation With ISIS');
  expect(await popup.$eval('[data-testid="byline"]', (e) => e.textContent)).toBe('Steven Emerson');
  const body = await popup.$eval('[data-testid="article-body"]', (e) => e.textContent ?? '');
  expect(body).toContain('Hamas continues to want it both ways');
  expect(body).not.toContain('Share this Story');
  expect(await popup.$eval('[data-testid="removed-summary"]', (e) => e.textContent)).toMatch(/^Removed: /);
  await popup.close();
  await page.close();
});

test('the options page saves a rule in Firefox', async () => {
  const options = await openExtensionPage(browser, 'options.html');
  await options.waitForSelector('[data-testid="rule-form"]');
  await options.type('[data-testid="rule-value"]', 'div[');
  expect(await options.$eval('[data-testid="rule-error"]', (e) => e.textContent)).toContain('not a valid CSS selector');
  await options.$eval('[data-testid="rule-value"]', (e) => ((e as HTMLInputElement).value = ''));
  await options.type('[data-testid="rule-value"]', '.promo-box');
  await options.click('[data-testid="add-rule"]');
  await options.waitForSelector('[data-testid="rule"]');
  expect(await options.$eval('[data-testid="rule"] .value', (e) => e.textContent)).toBe('.promo-box');
  expect(await options.$eval('[data-testid="saved"]', (e) => e.textContent)).toBe('Rule added.');
  await options.close();
});

test('a block restored in the popup is restored in the reader opened from it, in Firefox', async () => {
  const page = await browser.newPage();
  await page.goto(server.url('/seed-article.html?firefox-carry'));
  await page.bringToFront();
  const overlays = (n: number) => page.waitForFunction((k: number) => document.getElementsByTagName('tidy-reader-overlay').length === k, { polling: 50, timeout: 15_000 }, n);
  await pressCommand(browser); // grants activeTab (and opens the reader) …
  await overlays(1);
  await pressCommand(browser); // … which the popup's button will open again
  await overlays(0);
  const popup = await openExtensionPage(browser, 'popup.html', page);
  await popup.waitForSelector('body[data-state="article"]');
  await popup.$eval('[data-testid="removed-summary"]', (e) => (e as HTMLElement).click()); // the list's items are made on first open
  const id = await popup.$eval('[data-testid="removed-item"][data-kind="related"]', (e) => e.getAttribute('data-id'));
  await popup.$eval('[data-testid="removed-item"][data-kind="related"] [data-testid="restore"]', (e) => (e as HTMLButtonElement).click());
  expect(await popup.$$eval('[data-testid="article-body"] [data-restored]', (els) => els.map((e) => e.getAttribute('data-restored')))).toEqual([id]);
  await popup.$eval('[data-testid="open-reader"]', (e) => (e as HTMLButtonElement).click());
  await overlays(1);
  const root = await overlayShadowRoot(browser, page);
  const shown = await inShadow<{ restored: string[]; button: string }>(browser, page, root!.sharedId, `function () {
    this.querySelector('.removed summary').click(); // the list's items are made on first open
    return {
      restored: [...this.querySelectorAll('.body [data-restored]')].map((e) => e.getAttribute('data-restored')),
      button: this.querySelector('[data-restore="${id}"]').textContent,
    };
  }`);
  expect(shown).toEqual({ restored: [id], button: 'Remove again' });
  await page.keyboard.press('Escape');
  await overlays(0);
  if (!popup.isClosed()) await popup.close();
  await page.close();
});
