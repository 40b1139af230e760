import type { Browser, Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/browser/paths';
import { chromeEval } from './bidi';

/**
 * Driving the extension in Firefox over WebDriver BiDi (see firefox-reader.test.ts): its keyboard
 * command fired in the browser window, and its pages opened from chrome scope, which BiDi itself
 * will not navigate to.
 */

/** Fire the extension's toggle-reader command in the browser window, as its shortcut would; returns the shortcut. */
export async function pressCommand(browser: Browser): Promise<string> {
  const keysetId = `ext-keyset-id-${GECKO_ID.replace(/[^a-z0-9_-]/gi, '_')}`;
  const result = await chromeEval<string>(browser, `(() => {
    const key = document.getElementById(${JSON.stringify(keysetId)})?.querySelector('key');
    if (!key) return 'no key';
    const shortcut = key.getAttribute('modifiers') + '+' + key.getAttribute('key');
    key.doCommand();
    return shortcut;
  })()`);
  if (result === 'no key') throw new Error("The extension's command key is missing");
  return result;
}

/**
 * Open one of the extension's pages in a background tab and return it once its script ran.
 * The tab is made with `browser.newPage()` (so puppeteer knows it from the start: waiting for a
 * tab that chrome code creates missed its target now and then), then `back` is brought to the front
 * again and the extension page is loaded into the now-background tab from chrome scope, since BiDi
 * refuses to navigate to moz-extension:// itself.
 */
export async function openExtensionPage(browser: Browser, path: string, back?: Page): Promise<Page> {
  const page = await browser.newPage();
  if (back) await back.bringToFront();
  const url = await chromeEval<string>(
    browser,
    `(() => {
      const url = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).getURL(${JSON.stringify(path)});
      const tab = gBrowser.tabs[gBrowser.tabs.length - 1];
      gBrowser.getBrowserForTab(tab).loadURI(Services.io.newURI(url), { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
      return url;
    })()`,
  );
  // page.url() can be stale for extension pages over BiDi: ask the page itself. Interval polling:
  // in a background tab requestAnimationFrame (puppeteer's default polling) does not run.
  await page.waitForFunction((u: string) => location.href === u && document.readyState !== 'loading', { polling: 50, timeout: 15_000 }, url);
  return page;
}

/** Resolves when the page has `n` overlay hosts. */
export function overlays(page: Page, n: number): Promise<unknown> {
  return page.waitForFunction((k: number) => document.getElementsByTagName('tidy-reader-overlay').length === k, { polling: 50, timeout: 15_000 }, n);
}
