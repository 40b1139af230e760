import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { SAMPLES } from '../../scripts/browser/paths';

/**
 * Where each fact came from, in the real popup (issue 12): hovering or focusing a fact shows its
 * source, and a value another source gives is one click away. Waits are on states the popup
 * announces, never on time.
 */
const PARAS = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} tells what the council decided about the bridge, why the cost doubled and when the work will resume after the winter.</p>`).join('');
const DISAGREE = `<!DOCTYPE html><html lang="en"><head><title>Bridge reopens | Riverside Post</title>
<meta property="og:site_name" content="Riverside Post">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens after two years","datePublished":"2024-03-01","author":{"@type":"Person","name":"John Doe"}}</script>
</head><body><article><h1>Bridge reopens after two years of work</h1><p>March 7, 2024</p>${PARAS}</article></body></html>`;

let eb: ExtensionBrowser;
let server: StaticServer;
let n = 0;

beforeAll(async () => {
  server = await startServer([SAMPLES], { '/disagree.html': DISAGREE });
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

describe('where each fact came from', () => {
  test('the seed article: each fact shows its source on hover and on focus', async () => {
    const { page, popup } = await popupFor('/seed-article.html');
    const byline = popup.locator('[data-fact="byline"]');
    expect(await popup.locator('[data-testid="source-byline"]').isVisible()).toBe(false);
    await byline.hover();
    expect(await popup.locator('[data-testid="source-byline"]').isVisible()).toBe(true);
    expect(await popup.locator('[data-testid="source-byline"]').getAttribute('data-source')).toBe('jsonld');
    expect(await popup.locator('[data-testid="source-byline"]').innerText()).toContain('JSON-LD');
    // Keyboard: the fact takes focus, shows its source and is described by it.
    await popup.mouse.move(0, 0);
    await popup.locator('[data-fact="date"]').focus();
    expect(await popup.locator('[data-testid="source-published"]').isVisible()).toBe(true);
    expect(await popup.locator('[data-testid="source-published"]').getAttribute('data-source')).toBe('url-date');
    expect(await popup.locator('[data-fact="date"]').getAttribute('aria-describedby')).toBe('source-published');
    for (const fact of ['title', 'siteName', 'lang']) expect(await popup.locator(`[data-testid="source-${fact}"]`).getAttribute('data-source')).toBeTruthy();
    // The facts' own text is unchanged by the notes beside them.
    expect(await popup.locator('[data-testid="byline"]').innerText()).toBe('Steven Emerson');
    await popup.close();
    await page.close();
  });

  test('a page whose sources disagree: another date is one click away, and the first one stays offered', async () => {
    const { page, popup } = await popupFor('/disagree.html');
    const time = popup.locator('[data-testid="date"]');
    expect(await time.getAttribute('datetime')).toBe('2024-03-07');
    await popup.locator('[data-fact="date"]').focus();
    expect(await popup.locator('[data-testid="source-published"]').getAttribute('data-source')).toBe('date-near-headline');
    const alts = popup.locator('[data-testid="alt-published"]');
    expect(await alts.evaluateAll((els) => els.map((e) => e.getAttribute('data-source')))).toEqual(['jsonld', 'meta:article']);
    await alts.first().click();
    await popup.waitForSelector('[data-testid="date"][datetime="2024-03-01"]');
    expect(await popup.locator('[data-testid="source-published"]').getAttribute('data-source')).toBe('jsonld');
    expect(await popup.locator('[data-testid="alt-published"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-source')))).toEqual(['date-near-headline', 'meta:article']);
    expect(await popup.locator('[data-testid="status"]').innerText()).toContain('2024-03-01');
    await popup.close();
    await page.close();
  });
});
