import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../../scripts/browser/chromium';
import { OverlayProbe } from '../../../scripts/browser/overlay-probe';

/**
 * Opening the reader in the Chromium tests, the two ways a user does: a real toolbar click and the
 * popup's "Open reader view", or (once a click has granted activeTab) the background's own path,
 * as the keyboard command and the context menu take it.
 */
declare const chrome: any;

export async function tabIdOf(eb: ExtensionBrowser, page: Page): Promise<number> {
  return eb.worker.evaluate(async (url: string) => (await chrome.tabs.query({ url }))[0].id, page.url());
}

/** The background's reader path: inject the reader module and the content script (idempotent), send the action. */
export async function readerAction(eb: ExtensionBrowser, page: Page, action: 'open' | 'close' | 'toggle', injections = 1): Promise<{ open: boolean }> {
  const id = await tabIdOf(eb, page);
  return eb.worker.evaluate(
    async ([tab, act, times]: [number, string, number]) => {
      for (let i = 0; i < times; i++) {
        if (act !== 'close') await chrome.scripting.executeScript({ target: { tabId: tab }, files: ['content-exports.js'] });
        await chrome.scripting.executeScript({ target: { tabId: tab }, files: ['content.js'] });
      }
      return chrome.tabs.sendMessage(tab, { type: 'content:reader', action: act });
    },
    [id, action, injections] as [number, string, number],
  );
}

/** A real toolbar click, so activeTab is granted; the popup is closed again once it has shown its result. */
export async function grantTab(eb: ExtensionBrowser, page: Page): Promise<void> {
  const popup = await eb.clickAction(page);
  await popup.waitForSelector('body[data-state]:not([data-state="loading"])');
  await popup.close();
}

/** A real toolbar click, then "Open reader view" in the real popup. */
export async function openFromPopup(eb: ExtensionBrowser, page: Page): Promise<OverlayProbe> {
  const popup = await eb.clickAction(page);
  const button = popup.getByTestId('open-reader');
  await button.waitFor({ state: 'visible' });
  await button.click();
  await page.waitForFunction(() => document.getElementsByTagName('tidy-reader-overlay').length === 1);
  const probe = await OverlayProbe.find(page);
  if (!probe) throw new Error('no overlay');
  return probe;
}

/** Open through the background's path (activeTab must have been granted). */
export async function openOverlay(eb: ExtensionBrowser, page: Page): Promise<OverlayProbe> {
  expect(await readerAction(eb, page, 'open')).toEqual({ open: true });
  const probe = await OverlayProbe.find(page);
  if (!probe) throw new Error('no overlay');
  return probe;
}

/** Esc, and wait for the overlay to be gone. */
export async function closeOverlay(page: Page, probe: OverlayProbe): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.getElementsByTagName('tidy-reader-overlay').length === 0);
  await probe.detach();
}
