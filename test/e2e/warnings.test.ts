import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { openFromPopup } from './reader/open';

/**
 * "Looks cut short" in the real popup and reader overlay (issue 12): a page whose JSON-LD says its
 * article is far longer than what was kept shows the warning in both, and "Use the page's own
 * article text" shows the JSON-LD text, as text (markup in it stays text). Waits are on states
 * the UI announces, never on time.
 */
const sentence = (i: number) => `Sentence ${i} of the story says what the council decided about the bridge and why the cost doubled.`;
const STORY = Array.from({ length: 6 }, (_, i) => `<p>${sentence(2 * i)} ${sentence(2 * i + 1)}</p>`).join('');
const OWN = [...Array.from({ length: 60 }, (_, i) => `The page's own paragraph ${i} goes on about the bridge and its long history.`), 'Last line <img src=x onerror="document.title=1"> stays text.'].join('\n\n');
const LD = JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge reopens', articleBody: OWN, wordCount: 900 });
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Bridge reopens</title><script type="application/ld+json">${LD.replace(/</g, '\\u003c')}</script></head>
<body><article><h1>Bridge reopens</h1>${STORY}</article></body></html>`;
const WHOLE = `<!DOCTYPE html><html lang="en"><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>${STORY}</article></body></html>`;

let eb: ExtensionBrowser;
let server: StaticServer;
let n = 0;

beforeAll(async () => {
  server = await startServer([], { '/cut.html': PAGE, '/whole.html': WHOLE });
  eb = await launchChromium();
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

async function popupFor(path: string): Promise<{ page: Page; popup: Page }> {
  const page = await eb.open(server.url(`${path}?run=${++n}`));
  const popup = await eb.clickAction(page);
  await popup.waitForSelector('body[data-state="article"]');
  return { page, popup };
}

describe('cut-short warnings', () => {
  test('the popup warns, and its fix shows the page’s own article text as text', async () => {
    const { page, popup } = await popupFor('/cut.html');
    const warning = popup.locator('[data-testid="warning"][data-code="jsonld-longer"]');
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.innerText()).toMatch(/about 900 words/);
    expect(await popup.locator('[data-testid="article-body"]').innerText()).not.toContain('own paragraph');
    await warning.locator('[data-testid="warning-fix"][data-fix="page-text"]').click();
    await popup.waitForFunction(() => document.querySelector('[data-testid="article-body"]')?.textContent?.includes('own paragraph 59'));
    expect(await popup.locator('[data-testid="article-body"] p').count()).toBe(61);
    expect(await popup.locator('[data-testid="article-body"] img').count()).toBe(0);
    expect(await popup.locator('[data-testid="article-body"]').innerText()).toContain('<img src=x onerror="document.title=1"> stays text.');
    // The page's own text is the article now: no warning about it.
    expect(await popup.locator('[data-testid="warning"]').count()).toBe(0);
    expect(await page.title()).toBe('Bridge reopens');
    await popup.close();
    await page.close();
  });

  test('no warning on a whole article', async () => {
    const { page, popup } = await popupFor('/whole.html');
    expect(await popup.locator('[data-testid="warnings"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  test('the reader overlay warns too, with the same fix', async () => {
    const page = await eb.open(server.url(`/cut.html?run=${++n}`));
    const probe = await openFromPopup(eb, page);
    const codes = await probe.eval(function () {
      return Array.from(this.querySelectorAll('[data-testid="warning"]'), (el) => el.getAttribute('data-code'));
    });
    expect(codes).toContain('jsonld-longer');
    await probe.click('[data-testid="warning-fix"][data-fix="page-text"]');
    await expect.poll(() => probe.eval(function () {
      return this.querySelector('.body')?.textContent?.includes('own paragraph 59') ?? false;
    })).toBe(true);
    expect(await probe.eval(function () {
      return this.querySelectorAll('.body img').length;
    })).toBe(0);
    await page.close();
  });
});
