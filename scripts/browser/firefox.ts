import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_FIREFOX, FIREFOX, GECKO_ID } from './paths';

/**
 * Firefox ESR with the extension installed temporarily, over WebDriver BiDi (no geckodriver).
 * The moz-extension:// UUID is pinned by a pref so tests know the extension's origin.
 */

export const FIREFOX_UUID = '5b0f1f47-3a5c-4d8e-9b55-1d0e7a1c2f10';

export interface FirefoxExtensionBrowser {
  browser: Browser;
  addonId: string;
  /** `moz-extension://UUID/<path>` */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /**
   * Let BiDi evaluate in the browser window's chrome scope, where tests fire the extension's own
   * command key (granting activeTab as a real shortcut does) and open its pages as tabs.
   */
  systemAccess?: boolean;
}

export async function launchFirefox(dist: string = DIST_FIREFOX, options: FirefoxLaunchOptions = {}): Promise<FirefoxExtensionBrowser> {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No extension build at ${dist}: run npm run build`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: options.systemAccess ? ['--remote-allow-system-access'] : [],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.dns.disableIPv6': true,
    },
  });
  try {
    const addonId = await browser.installExtension(dist);
    return {
      browser,
      addonId,
      extensionUrl: (path) => `moz-extension://${FIREFOX_UUID}/${path.replace(/^\//, '')}`,
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close().catch(() => {});
    throw e;
  }
}
