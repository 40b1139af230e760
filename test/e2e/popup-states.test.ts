import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { startServer, type StaticServer } from '../../scripts/browser/server';

/**
 * The popup's other states, each a clear message and never a blank popup: a page that is not an
 * article ("Try anyway" forces it), pages the browser forbids extensions to read, and a page the
 * pipeline cannot use.
 */
let eb: ExtensionBrowser;
let server: StaticServer;

const NOT_AN_ARTICLE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Links</title></head><body>
<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">News</a></li><li><a href="/c">Sport</a></li><li><a href="/d">Weather</a></li></ul></nav>
<main><h1>Today's links</h1><div>Short note for the index page of the shop.</div>
<ul><li><a href="/1">First link</a></li><li><a href="/2">Second link</a></li><li><a href="/3">Third link</a></li></ul></main>
</body></html>`;

/** A valid one-page PDF (with a correct cross-reference table) showing `text`. */
function minimalPdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 20 50 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

beforeAll(async () => {
  server = await startServer([], {
    '/links.html': NOT_AN_ARTICLE,
    '/notes.txt': { body: 'Plain text, not HTML: there is no article here.\n', contentType: 'text/plain; charset=utf-8' },
    // More elements than the pipeline will clone and parse (its too-large guard).
    '/huge.html': `<!DOCTYPE html><title>Huge</title><p>${'<i></i>'.repeat(250_000)}</p>`,
    '/paper.pdf': { body: minimalPdf('A paper, not a web page'), contentType: 'application/pdf' },
  });
  eb = await launchChromium();
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

async function settled(popup: Page): Promise<string> {
  await popup.waitForSelector('body[data-state]:not([data-state="loading"])');
  return (await popup.evaluate(() => document.body.dataset.state)) ?? '';
}

const visibleText = (popup: Page) => popup.evaluate(() => document.body.innerText);

test('a page that is not an article says so, and "Try anyway" extracts it', async () => {
  const page = await eb.open(server.url('/links.html'));
  const popup = await eb.clickAction(page);
  expect(await settled(popup)).toBe('no-article');
  expect(await visibleText(popup)).toContain("This page doesn’t look like an article");
  expect(await popup.locator('[data-testid="no-article-message"]').innerText()).not.toBe('');

  await popup.click('[data-testid="try-anyway"]');
  await popup.waitForSelector('body[data-state="loading"], body[data-state="article"]');
  expect(await settled(popup)).toBe('article');
  expect(await popup.locator('[data-testid="article-body"]').innerText()).toContain('Short note for the index page');
  await page.close();
});

test.each([
  ['the browser’s own pages', 'chrome://version/', /browser/],
  ['a data: URL', 'data:text/html,<h1>Hi</h1><p>Some text here.</p>', /does not let extensions read/],
])('%s: a forbidden-page message', async (_, url, reason) => {
  const page = await eb.open(url);
  const popup = await eb.clickAction(page);
  expect(await settled(popup)).toBe('forbidden');
  expect(await visibleText(popup)).toContain('Tidy Reader can’t read this page');
  expect(await popup.locator('[data-testid="forbidden-reason"]').innerText()).toMatch(reason);
  await page.close();
});

test('the Chrome Web Store gets its own reason', async () => {
  // No network here: the load fails, but the tab keeps the store's address, which is what the
  // popup sees and what the browser forbids every extension to script.
  const url = 'https://chromewebstore.google.com/detail/tidy-reader/abc';
  const page = await eb.context.newPage();
  await page.goto(url).catch(() => {});
  const popup = await eb.clickAction(page, url);
  expect(await settled(popup)).toBe('forbidden');
  expect(await popup.locator('[data-testid="forbidden-reason"]').innerText()).toMatch(/add-on stores/);
  await page.close();
});

test('a plain-text file: a clear message, not a blank popup', async () => {
  const page = await eb.open(server.url('/notes.txt'));
  const popup = await eb.clickAction(page);
  expect(await settled(popup)).toBe('forbidden');
  expect(await popup.locator('[data-testid="forbidden-reason"]').innerText()).toMatch(/not an HTML page/);
  await page.close();
});

test('a PDF in the browser’s PDF viewer: says the viewer cannot be read', async () => {
  const page = await eb.context.newPage();
  await page.goto(server.url('/paper.pdf')).catch(() => {}); // the viewer may report the load as a download
  const popup = await eb.clickAction(page);
  expect(await settled(popup)).toBe('forbidden');
  expect(await popup.locator('[data-testid="forbidden-reason"]').innerText()).toMatch(/PDF viewer/);
  await page.close();
});

test('a page too large to clean safely: an error with a way to try again', async () => {
  const page = await eb.open(server.url('/huge.html'));
  const popup = await eb.clickAction(page);
  expect(await settled(popup)).toBe('error');
  expect(await popup.locator('[data-testid="error-message"]').innerText()).toMatch(/too large/);
  expect(await popup.locator('[data-testid="retry"]').isVisible()).toBe(true);
  await popup.click('[data-testid="retry"]');
  expect(await settled(popup)).toBe('error');
  await page.close();
});
