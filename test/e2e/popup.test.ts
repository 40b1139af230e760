import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { DIST_CHROME, SAMPLES } from '../../scripts/browser/paths';
import { HOST_TAG } from '../../extension/content/overlay/overlay';

/**
 * The toolbar popup on the seed article, in real Chromium: a real toolbar click, the real popup.
 * Every wait is on a state the popup announces (`body[data-state]`), never on time.
 */
let eb: ExtensionBrowser;
let server: StaticServer;
let n = 0;

beforeAll(async () => {
  server = await startServer([SAMPLES]);
  eb = await launchChromium();
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

/** The seed page at a URL of its own (tabs are told apart by URL), and its popup once settled. */
async function openSeedPopup(): Promise<{ page: Page; popup: Page }> {
  const page = await eb.open(server.url(`/seed-article.html?run=${++n}`));
  const popup = await eb.clickAction(page);
  await popup.waitForSelector('body[data-state]:not([data-state="loading"])');
  return { page, popup };
}

const text = (popup: Page, id: string) => popup.locator(`[data-testid="${id}"]`).innerText();

describe('popup on the seed article', () => {
  test('shows the title, metadata and clean text', async () => {
    const { page, popup } = await openSeedPopup();
    expect(await popup.evaluate(() => document.body.dataset.state)).toBe('article');
    expect(await text(popup, 'title')).toBe('Defections Challenge Hamas’ Cooperation With ISIS');
    expect(await text(popup, 'byline')).toBe('Steven Emerson');
    expect(await text(popup, 'site')).toBe('The Algemeiner');
    expect(await popup.locator('[data-testid="date"]').getAttribute('datetime')).toMatch(/^2017-02-09\b/);
    expect(await text(popup, 'date')).toMatch(/2017/);
    expect(await text(popup, 'reading-time')).toMatch(/^\d+ min$/);
    const words = Number((await text(popup, 'word-count')).replace(/\D/g, ''));
    expect(words).toBeGreaterThan(300);
    expect(words).toBeLessThan(600);
    expect(await text(popup, 'language')).toContain('en-US');

    const body = await text(popup, 'article-body');
    expect(body).toContain('Hamas continues to want it both ways');
    expect(body).toContain('destroying the Jewish state');
    for (const clutter of ['Share this Story', 'protected by reCAPTCHA', 'Related coverage', 'The Americans, the Kurds, the War']) {
      expect(body).not.toContain(clutter);
    }
    // The article is readable: real paragraphs, and the pane scrolls rather than overflowing.
    expect(await popup.locator('[data-testid="article-body"] p').count()).toBeGreaterThan(5);
    const pane = await popup.locator('[data-testid="article-body"]').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, overflow: getComputedStyle(el).overflowY }));
    expect(pane.overflow).toBe('auto');
    expect(pane.scroll).toBeGreaterThan(pane.client);
    // Nothing from the page runs or styles the popup: no script, style or handler survived.
    expect(await popup.locator('[data-testid="article-body"] script, [data-testid="article-body"] style, [data-testid="article-body"] [style]').count()).toBe(0);

    await popup.close();
    await page.close();
  });

  test('lists what was removed, by kind, with what and why', async () => {
    const { page, popup } = await openSeedPopup();
    const summary = await text(popup, 'removed-summary');
    // The seed article's body carries a share bar and an inline related-coverage block.
    expect(summary).toMatch(/^Removed: /);
    expect(summary).toMatch(/\b1 share bar\b/);
    expect(summary).toMatch(/\b1 related-coverage block\b/);

    await popup.click('[data-testid="removed-summary"]');
    const items = popup.locator('[data-testid="removed-item"]');
    await items.first().waitFor({ state: 'visible' });
    for (const item of await items.all()) {
      expect(await item.locator('.kind').innerText()).toMatch(/\S/);
      expect(await item.locator('[data-testid="removed-reason"]').innerText()).toMatch(/^(Looked like|It matched) .+\.$/);
    }
    await popup.close();
    await page.close();
  });

  test('restores a removed block into the article, and removes it again', async () => {
    const { page, popup } = await openSeedPopup();
    await popup.click('[data-testid="removed-summary"]');
    const item = popup.locator('[data-testid="removed-item"][data-has-text="true"]:has([data-testid="restore"]:not([disabled]))').first();
    await item.waitFor({ state: 'visible' });
    const preview = (await item.locator('.preview').innerText()).replace(/…$/, '').slice(0, 30);
    expect(await text(popup, 'article-body')).not.toContain(preview);

    await item.locator('[data-testid="restore"]').click();
    const restored = popup.locator('[data-testid="article-body"] [data-restored]');
    expect(await restored.count()).toBe(1);
    expect((await restored.innerText()).replace(/\s+/g, ' ')).toContain(preview.replace(/\s+/g, ' '));
    expect(await item.locator('[data-testid="restore"]').innerText()).toBe('Remove again');
    expect(await text(popup, 'status')).toMatch(/^Restored the .+ into the article\.$/);
    // The article's own text is all still there around it.
    const body = await text(popup, 'article-body');
    expect(body).toContain('Hamas continues to want it both ways');
    expect(body).toContain('destroying the Jewish state');

    await item.locator('[data-testid="restore"]').click();
    expect(await restored.count()).toBe(0);
    expect(await text(popup, 'article-body')).not.toContain(preview);

    // A block goes back where it stood: the inline related-coverage block, between paragraphs.
    const related = popup.locator('[data-testid="removed-item"][data-kind="related"]');
    await related.locator('[data-testid="restore"]').click();
    const order = await popup.locator('[data-testid="article-body"]').evaluate((el) => {
      const t = el.textContent ?? '';
      return [t.indexOf('also reportedly joined Wilayat Sinai'), t.indexOf('The Americans, the Kurds'), t.indexOf('The ISIS affiliate has caused')];
    });
    expect(order[0]).toBeGreaterThan(-1);
    expect(order[1]).toBeGreaterThan(order[0]);
    expect(order[2]).toBeGreaterThan(order[1]);
    await related.locator('[data-testid="restore"]').click();
    expect(await restored.count()).toBe(0);

    // Several at once: each goes back, and taking one out again leaves the others.
    const restorable = popup.locator('[data-testid="removed-item"]:has([data-testid="restore"]:not([disabled]))');
    const count = await restorable.count();
    for (let i = 0; i < count; i++) await restorable.nth(i).locator('[data-testid="restore"]').click();
    expect(await restored.count()).toBe(count);
    if (count > 1) {
      await restorable.nth(0).locator('[data-testid="restore"]').click();
      expect(await restored.count()).toBe(count - 1);
    }
    await popup.close();
    await page.close();
  });

  test('"Open reader view" opens the overlay on the page and closes the popup', async () => {
    const { page, popup } = await openSeedPopup();
    const closed = popup.waitForEvent('close');
    await popup.click('[data-testid="open-reader"]');
    await closed;
    await page.waitForSelector(HOST_TAG, { state: 'attached' });
    expect(await page.locator(HOST_TAG).count()).toBe(1);
    await page.close();
  });

  test('follows the theme and font settings', async () => {
    await eb.setStorage({ settings: { theme: 'dark', font: 'sans', fontSize: 22, lineWidth: 60 } });
    try {
      const { page, popup } = await openSeedPopup();
      const look = await popup.evaluate(() => {
        const body = document.querySelector('[data-testid="article-body"]')!;
        const cs = getComputedStyle(body);
        return { theme: document.documentElement.dataset.theme, bg: getComputedStyle(document.body).backgroundColor, size: cs.fontSize, family: cs.fontFamily };
      });
      expect(look.theme).toBe('dark');
      expect(look.bg).toBe('rgb(27, 28, 30)');
      expect(look.size).toBe('22px');
      expect(look.family).toMatch(/system-ui/);
      await popup.close();
      await page.close();
    } finally {
      await eb.setStorage({ settings: {} });
    }
  });

  test('the keyboard command is registered with its shortcut (not taken by the browser)', async () => {
    // Chromium silently drops a suggested key it uses itself (Alt+Shift+R and Alt+Shift+T are).
    const suggested = JSON.parse(readFileSync(join(DIST_CHROME, 'manifest.json'), 'utf8')).commands['toggle-reader'].suggested_key.default;
    const commands = await eb.worker.evaluate(() => (globalThis as any).chrome.commands.getAll() as Promise<{ name: string; shortcut: string }[]>);
    const toggle = commands.find((c) => c.name === 'toggle-reader');
    expect(toggle?.shortcut).toBe(suggested);
  });

  test('"Settings" opens the options page', async () => {
    const { page, popup } = await openSeedPopup();
    const [options] = await Promise.all([eb.context.waitForEvent('page', (p) => p.url() === eb.extensionUrl('options.html')), popup.click('[data-testid="open-options"]')]);
    await options.waitForSelector('[data-testid="rule-form"]');
    await options.close();
    await page.close();
  });
});
