import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'puppeteer-core';
import { launchFirefox } from '../../scripts/browser/firefox';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_FIREFOX, SAMPLES } from '../../scripts/browser/paths';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { inShadow, overlayShadowRoot } from './reader/bidi';
import { pressCommand } from './reader/firefox';
import { HEADINGS, HEADINGS_HTML, SEED_HTML, SEED_SENTENCE } from '../../scripts/browser/pages';

/**
 * Firefox smoke test of the reader overlay, over WebDriver BiDi with the real dist/firefox build
 * installed as a temporary add-on. Nothing in the extension is there for the test:
 * - The overlay is opened by the extension's own keyboard command. BiDi key input reaches the page,
 *   not the browser's key handling, so the test fires the command's `<key>` element in the browser
 *   window (BiDi chrome scope, `--remote-allow-system-access`): the same handler a real Alt+Shift+U
 *   runs, which grants activeTab and calls the background's toggleReader.
 * - The closed shadow root is read through BiDi's `includeShadowTree: 'all'` serialisation.
 */
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) throw new Error('No Firefox build: run npm run build');
  server = await startServer([SAMPLES], {
    '/strict-csp.html': { body: SEED_HTML, headers: { 'content-security-policy': "default-src 'none'" } },
    '/headings.html': HEADINGS_HTML,
  });
  browser = (await launchFirefox(DIST_FIREFOX, { systemAccess: true })).browser;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function overlayCount(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('tidy-reader-overlay').length);
}

describe('reader overlay (Firefox smoke test)', () => {
  it('installs, opens the overlay on the seed page with the keyboard command, shows the article text, closes on Esc', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/seed-article.html'));
    await page.bringToFront();
    const before = await page.evaluate(() => document.documentElement.outerHTML);

    expect(await pressCommand(browser)).toBe('alt,shift+U');
    await page.waitForFunction(() => document.getElementsByTagName('tidy-reader-overlay').length === 1, { timeout: 15_000 });
    const root = await overlayShadowRoot(browser, page);
    expect(root?.mode).toBe('closed');
    const shown = await inShadow<{ title: string; byline: string; body: string; host: string; bg: string }>(browser, page, root!.sharedId, `function () {
      return {
        title: this.querySelector('h1.title').textContent,
        byline: this.querySelector('.meta .byline')?.textContent ?? '',
        body: this.querySelector('.body').innerText,
        host: getComputedStyle(this.host).position,
        bg: getComputedStyle(this.querySelector('.root')).backgroundColor,
      };
    }`);
    expect(shown.title).toBe('Defections Challenge Hamas’ Cooperation With ISIS');
    expect(shown.byline).toBe('Steven Emerson');
    expect(shown.body.replace(/\s+/g, ' ')).toContain(SEED_SENTENCE);
    expect(shown.host).toBe('fixed'); // the overlay's stylesheet applies in Firefox too
    expect(shown.bg).not.toBe('rgba(0, 0, 0, 0)');

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.getElementsByTagName('tidy-reader-overlay').length === 0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);

    // The command toggles: once more opens it, once more closes it.
    await pressCommand(browser);
    await page.waitForFunction(() => document.getElementsByTagName('tidy-reader-overlay').length === 1);
    await pressCommand(browser);
    await page.waitForFunction(() => document.getElementsByTagName('tidy-reader-overlay').length === 0);
    expect(await overlayCount(page)).toBe(0);
  });

  it("renders with its own styles on a page with Content-Security-Policy: default-src 'none'", async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/strict-csp.html'));
    await page.bringToFront();
    await pressCommand(browser);
    await page.waitForFunction(() => document.getElementsByTagName('tidy-reader-overlay').length === 1, { timeout: 15_000 });
    const root = await overlayShadowRoot(browser, page);
    const shown = await inShadow<{ title: string; host: string; bar: string; size: number }>(browser, page, root!.sharedId, `function () {
      return {
        title: this.querySelector('h1.title').textContent,
        host: getComputedStyle(this.host).position,
        bar: getComputedStyle(this.querySelector('.bar')).display,
        size: parseFloat(getComputedStyle(this.querySelector('h1.title')).fontSize),
      };
    }`);
    expect(shown).toMatchObject({ title: 'Defections Challenge Hamas’ Cooperation With ISIS', host: 'fixed', bar: 'flex' });
    expect(shown.size).toBeGreaterThan(25);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.getElementsByTagName('tidy-reader-overlay').length === 0);
  });

  it('loads the table of contents on first use (injected by the background, as in Chromium)', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/headings.html'));
    await page.bringToFront();
    await pressCommand(browser);
    await page.waitForFunction(() => document.getElementsByTagName('tidy-reader-overlay').length === 1, { timeout: 15_000 });
    const root = await overlayShadowRoot(browser, page);
    expect(await inShadow<boolean>(browser, page, root!.sharedId, `function () {
      const b = this.querySelector('[data-action="contents"]');
      b.click();
      return !b.hidden;
    }`)).toBe(true);
    // Polled a frame at a time: the module arrives from the background a few frames later.
    let entries: string[] = [];
    for (let i = 0; i < 100 && entries.length === 0; i++) {
      entries = await inShadow<string[]>(browser, page, root!.sharedId, `function () {
        return new Promise((done) => requestAnimationFrame(() => done([...this.querySelectorAll('nav.toc button')].map((b) => b.textContent))));
      }`);
    }
    expect(entries).toEqual(HEADINGS);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.getElementsByTagName('tidy-reader-overlay').length === 0);
    await page.close();
  });
});
