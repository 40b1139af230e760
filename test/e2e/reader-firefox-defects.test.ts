import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox } from '../../scripts/browser/firefox';
import { SAMPLES } from '../../scripts/browser/paths';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { chromeEval, inShadow, overlayShadowRoot } from './reader/bidi';
import { openExtensionPage, overlays, pressCommand } from './reader/firefox';
import { SEED_HTML } from '../../scripts/browser/pages';

/**
 * The defects issue 11 found in Firefox (items 1 and 8), with the real dist/firefox build: Tab
 * stuck on the collapsed Removed list, a white scrollbar beside the dark reader, and no context
 * menu entry on images.
 */
let browser: Browser;
let server: StaticServer;
let n = 0;

const PICTURE = `<p><img id="picture" width="240" height="160" alt="A picture" src="data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="240" height="160"><rect width="240" height="160" fill="#4a8"/></svg>')}"></p>`;

beforeAll(async () => {
  if (!SEED_HTML.includes('<div class="entry-content">')) throw new Error('samples/seed-article.html changed: update where the picture goes');
  server = await startServer([SAMPLES], { '/picture.html': SEED_HTML.replace('<div class="entry-content">', `<div class="entry-content">${PICTURE}`) });
  browser = (await launchFirefox(undefined, { systemAccess: true })).browser;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openReader(path: string): Promise<{ page: Page; shadow: string }> {
  const page = await browser.newPage();
  await page.goto(server.url(`${path}?ff=${++n}`));
  await page.bringToFront();
  await pressCommand(browser);
  await overlays(page, 1);
  const root = await overlayShadowRoot(browser, page);
  if (!root) throw new Error('no overlay');
  return { page, shadow: root.sharedId };
}

const focusedKey = `function () {
  const a = this.activeElement;
  if (!a) return '(outside)';
  return a.localName + '#' + [...this.querySelectorAll('*')].indexOf(a) + ' ' + (a.textContent || '').trim().slice(0, 20);
}`;

describe('Firefox', () => {
  it('1. moves to a new control on every Tab, through the collapsed Removed list and round', async () => {
    const { page, shadow } = await openReader('/seed-article.html');
    const order: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      order.push(await inShadow<string>(browser, page, shadow, focusedKey));
    }
    for (let i = 1; i < order.length; i++) expect(order[i], `Tab ${i + 1} after ${order.slice(0, i).join(' → ')}`).not.toBe(order[i - 1]);
    expect(order).not.toContain('(outside)');
    expect(order.some((k) => k.startsWith('summary#'))).toBe(true);
    expect(order.indexOf(order[0], 1)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await overlays(page, 0);
    await page.close();
  });

  it('8. shows no light scrollbar beside the dark reader', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    await options.waitForSelector('[data-testid="theme"]');
    await options.select('[data-testid="theme"]', 'dark');
    await options.waitForFunction(() => document.documentElement.dataset.theme === 'dark', { polling: 50 });
    await options.close();
    try {
      const { page, shadow } = await openReader('/seed-article.html');
      const look = await inShadow<{ theme: string; bg: string; width: number; client: number }>(browser, page, shadow, `function () {
        const s = this.querySelector('.scroller');
        return { theme: this.querySelector('.root').dataset.theme, bg: getComputedStyle(this.querySelector('.root')).backgroundColor, width: s.offsetWidth, client: s.clientWidth };
      }`);
      expect(look.theme).toBe('dark');
      expect(look.width - look.client).toBeGreaterThan(0); // there is a scrollbar to look at
      // The screenshot's pixels, decoded by the browser itself: the scrollbar's track near the bottom right.
      const png = await page.screenshot({ encoding: 'base64' });
      const pixels = await page.evaluate(async (data: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
        const c = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = c.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const out: number[][] = [];
        for (const dx of [2, 5, 8]) out.push([...ctx.getImageData(bitmap.width - dx, bitmap.height - 30, 1, 1).data]);
        return out;
      }, png as string);
      for (const [r, g, b] of pixels) expect((0.2126 * r + 0.7152 * g + 0.0722 * b) / 255, `pixel ${r},${g},${b}`).toBeLessThan(0.35);
      await page.keyboard.press('Escape');
      await overlays(page, 0);
      await page.close();
    } finally {
      const reset = await openExtensionPage(browser, 'options.html');
      await reset.waitForSelector('[data-testid="theme"]');
      await reset.select('[data-testid="theme"]', 'auto');
      await reset.close();
    }
  });

  it('8. offers "Open or close Tidy Reader" in the context menu of an image', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(`/picture.html?ff=${++n}`));
    await page.bringToFront();
    const box = await page.$eval('#picture', (e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await chromeEval(browser, `(() => {
      const menu = document.getElementById('contentAreaContextMenu');
      window.__tidyMenu = new Promise((resolve) => menu.addEventListener('popupshown', () => resolve(), { once: true }));
    })()`);
    await page.mouse.click(box.x, box.y, { button: 'right' });
    const items = await chromeEval<{ label: string; hidden: boolean; image: boolean }[]>(browser, `(async () => {
      await window.__tidyMenu;
      const menu = document.getElementById('contentAreaContextMenu');
      const onImage = !!(window.gContextMenu && window.gContextMenu.onImage);
      const found = [...menu.querySelectorAll('menuitem, menu')].filter((m) => /Tidy Reader/.test(m.getAttribute('label') || ''))
        .map((m) => ({ label: m.getAttribute('label'), hidden: m.hidden || m.collapsed, image: onImage }));
      menu.hidePopup();
      return found.length ? found : [{ label: '', hidden: true, image: onImage }];
    })()`);
    expect(items[0].image).toBe(true);
    expect(items.filter((i) => !i.hidden).map((i) => i.label)).toContain('Open or close Tidy Reader');
    await page.close();
  });
});
