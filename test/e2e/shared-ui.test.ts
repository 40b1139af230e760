import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { SAMPLES } from '../../scripts/browser/paths';
import { OverlayProbe } from '../../scripts/browser/overlay-probe';
import { NO_ARTICLE_HTML, SHORT_NOTE_SENTENCE } from '../../scripts/browser/pages';

/**
 * The popup and the reader are built from the same UI pieces (extension/shared/ui/) and must
 * behave the same, in real Chromium with the built extension: a block restored in the popup is in
 * the reader opened from it, and the same Copy button copies the same text in both (read back from
 * the system clipboard).
 */
let eb: ExtensionBrowser;
let server: StaticServer;
let n = 0;

beforeAll(async () => {
  server = await startServer([SAMPLES], { '/no-article.html': NO_ARTICLE_HTML });
  eb = await launchChromium();
  for (const origin of [eb.extensionUrl('').replace(/\/$/, ''), server.url('/').replace(/\/$/, '')]) {
    await eb.cdp.send('Browser.grantPermissions', { origin, permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'] });
  }
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

async function seedPopup(): Promise<{ page: Page; popup: Page }> {
  const page = await eb.open(server.url(`/seed-article.html?shared=${++n}`));
  const popup = await eb.clickAction(page);
  await popup.waitForSelector('body[data-state="article"]');
  return { page, popup };
}

/** Click a Copy button in the popup and read what reached the clipboard. */
async function copyInPopup(popup: Page, id: string, said: string): Promise<string> {
  await popup.click(`[data-testid="copy-${id}"]`);
  await popup.waitForSelector(`[data-testid="status"]:has-text("${said}")`);
  return popup.evaluate(() => navigator.clipboard.readText());
}

/** The same in the reader: a real click inside its closed shadow root, the clipboard read from the page. */
async function copyInReader(probe: OverlayProbe, id: string, said: string): Promise<string> {
  // Nothing left over from the popup's copy can pass for the reader's.
  await probe.page.bringToFront();
  await probe.page.evaluate(() => navigator.clipboard.writeText('(cleared by the test)'));
  expect(await probe.page.evaluate(() => navigator.clipboard.readText())).toBe('(cleared by the test)');
  await probe.eval(function () {
    (this.querySelector('.status') as HTMLElement).textContent = '';
  });
  await probe.use(`[data-action="copy-${id}"]`);
  await expect.poll(() => probe.text('.status')).toBe(said);
  await probe.page.bringToFront();
  return probe.page.evaluate(() => navigator.clipboard.readText());
}

async function openReaderFromPopup(page: Page, popup: Page): Promise<OverlayProbe> {
  const closed = popup.waitForEvent('close');
  await popup.click('[data-testid="open-reader"]');
  await closed;
  await page.waitForFunction(() => document.getElementsByTagName('tidy-reader-overlay').length === 1);
  const probe = await OverlayProbe.find(page);
  if (!probe) throw new Error('no overlay');
  return probe;
}

describe('popup and reader, one set of UI pieces', () => {
  test('a block restored in the popup is restored in the reader opened from it', async () => {
    const { page, popup } = await seedPopup();
    await popup.click('[data-testid="removed-summary"]');
    const related = popup.locator('[data-testid="removed-item"][data-kind="related"]');
    const id = await related.getAttribute('data-id');
    await related.locator('[data-testid="restore"]').click();
    expect(await popup.locator('[data-testid="article-body"] [data-restored]').count()).toBe(1);

    const probe = await openReaderFromPopup(page, popup);
    expect(await probe.eval(function () {
      return [...this.querySelectorAll('.body [data-restored]')].map((e) => e.getAttribute('data-restored'));
    })).toEqual([id]);
    expect((await probe.text('.body [data-restored]'))?.replace(/\s+/g, ' ')).toContain('The Americans, the Kurds');
    // Its entry in the reader's Removed list offers to take it out again, as the popup's did.
    await probe.click('.removed summary');
    expect(await probe.text(`[data-restore="${id}"]`)).toBe('Remove again');
    await probe.click(`[data-restore="${id}"]`);
    expect(await probe.text(`[data-restore="${id}"]`)).toBe('Restore');
    expect(await probe.eval(function () {
      return this.querySelectorAll('.body [data-restored]').length;
    })).toBe(0);
    await page.keyboard.press('Escape');
    await probe.detach();
    await page.close();
  });

  test('Copy text and Copy Markdown copy the same in the popup and in the reader opened from it', async () => {
    const { page, popup } = await seedPopup();
    await popup.click('[data-testid="removed-summary"]');
    await popup.locator('[data-testid="removed-item"][data-kind="related"] [data-testid="restore"]').click();
    const text = await copyInPopup(popup, 'txt', 'Copied the text.');
    const markdown = await copyInPopup(popup, 'md', 'Copied the Markdown.');
    // The same output as the .txt and .md files: the metadata header, then the article, restored block included.
    expect(text).toMatch(/^Title: Defections Challenge Hamas’ Cooperation With ISIS\nAuthor: Steven Emerson\n/);
    expect(text).toContain('The Americans, the Kurds');
    expect(markdown).toMatch(/^---\ntitle: "Defections Challenge Hamas’ Cooperation With ISIS"\n/);

    const probe = await openReaderFromPopup(page, popup);
    expect(await copyInReader(probe, 'txt', 'Copied the text.')).toBe(text);
    expect(await copyInReader(probe, 'md', 'Copied the Markdown.')).toBe(markdown);
    await page.keyboard.press('Escape');
    await probe.detach();
    await page.close();
  });

  test('after "Try anyway" in the popup, the reader opened from it shows that article too', async () => {
    const page = await eb.open(server.url(`/no-article.html?shared=${++n}`));
    const popup = await eb.clickAction(page);
    await popup.waitForSelector('body[data-state="no-article"]');
    await popup.click('[data-testid="try-anyway"]');
    await popup.waitForSelector('body[data-state="article"]');
    const probe = await openReaderFromPopup(page, popup);
    expect(await probe.text('h1.title')).toBe('Notice');
    expect((await probe.text('.body'))?.replace(/\s+/g, ' ')).toContain(SHORT_NOTE_SENTENCE);
    await page.keyboard.press('Escape');
    await probe.detach();
    await page.close();
  });
});
