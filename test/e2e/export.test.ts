import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadFrom, launchChromium, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { SAMPLES } from '../../scripts/browser/paths';

/**
 * Exports from the real popup: the downloaded files (through the browser's own download path)
 * and the clipboard, for the seed article.
 */
let eb: ExtensionBrowser;
let server: StaticServer;
let n = 0;
const TITLE = 'Defections Challenge Hamas’ Cooperation With ISIS';

beforeAll(async () => {
  server = await startServer([SAMPLES]);
  eb = await launchChromium();
  const origin = eb.extensionUrl('').replace(/\/$/, '');
  await eb.cdp.send('Browser.grantPermissions', { origin, permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'] });
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

async function seedPopup(): Promise<{ page: Page; popup: Page; url: string }> {
  const url = server.url(`/seed-article.html?export=${++n}`);
  const page = await eb.open(url);
  const popup = await eb.clickAction(page);
  await popup.waitForSelector('body[data-state="article"]');
  return { page, popup, url };
}

describe('downloads', () => {
  let popup: Page;
  let url: string;
  beforeAll(async () => ({ popup, url } = await seedPopup()));

  test('.txt: a metadata header, a blank line, then the text', async () => {
    const file = await downloadFrom(popup, () => popup.click('[data-testid="download-txt"]'));
    expect(file.name).toBe('Defections Challenge Hamas’ Cooperation With ISIS.txt');
    const [header, ...rest] = file.content.split('\n\n');
    const lines = header.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.filter((l) => !l.startsWith('Date: '))).toEqual([`Title: ${TITLE}`, 'Author: Steven Emerson', 'Site: The Algemeiner', `URL: ${url}`]);
    expect(lines[3]).toMatch(/^Date: 2017-02-09\b/); // the pipeline's ISO date (with or without the time)
    const body = rest.join('\n\n');
    expect(body).toContain('Hamas continues to want it both ways');
    expect(body).not.toMatch(/reCAPTCHA|Share this Story|<p>/);
    expect(await popup.locator('[data-testid="status"]').innerText()).toContain('Saved Defections');
  });

  test('.md: YAML front matter, then Markdown with links', async () => {
    const file = await downloadFrom(popup, () => popup.click('[data-testid="download-md"]'));
    expect(file.name).toBe('Defections Challenge Hamas’ Cooperation With ISIS.md');
    const m = file.content.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
    expect(m).not.toBeNull();
    expect(m![1]).toContain(`title: "${TITLE}"`);
    expect(m![1]).toContain('author: "Steven Emerson"');
    expect(m![1]).toContain(`url: "${url}"`);
    expect(m![2]).toContain('[Times of Israel](http://www.timesofisrael.com/dozens-of-hamas-operatives-said-to-defect-to-is-in-sinai/)');
    expect(m![2]).not.toMatch(/reCAPTCHA|Share this Story/);
  });

  test('.html: a standalone page with a CSP meta tag, the metadata and the article', async () => {
    const file = await downloadFrom(popup, () => popup.click('[data-testid="download-html"]'));
    expect(file.name).toBe('Defections Challenge Hamas’ Cooperation With ISIS.html');
    expect(file.content).toMatch(/^<!DOCTYPE html>/);
    expect(file.content).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: data:; style-src 'unsafe-inline'">`);
    expect(file.content).toContain(`<title>${TITLE}</title>`);
    expect(file.content).toContain('Steven Emerson');
    expect(file.content).toContain('Hamas continues to want it both ways');
    expect(file.content).not.toMatch(/<script|reCAPTCHA|Share this Story/i);

    // Opened as a page, it shows the article and runs nothing.
    server.route('/exported.html', file.content);
    const opened = await eb.open(server.url('/exported.html'));
    expect(await opened.locator('h1').first().innerText()).toBe(TITLE);
    expect(await opened.locator('p').count()).toBeGreaterThan(5);
    await opened.close();
  });
});

test('copies text and Markdown to the clipboard', async () => {
  const { popup } = await seedPopup();
  await popup.click('[data-testid="copy-txt"]');
  await popup.waitForSelector('[data-testid="status"]:has-text("Copied the text")');
  const text = await popup.evaluate(() => navigator.clipboard.readText());
  expect(text.startsWith(`Title: ${TITLE}\n`)).toBe(true);
  expect(text).toContain('Hamas continues to want it both ways');

  await popup.click('[data-testid="copy-md"]');
  await popup.waitForSelector('[data-testid="status"]:has-text("Copied the Markdown")');
  const md = await popup.evaluate(() => navigator.clipboard.readText());
  expect(md.startsWith('---\n')).toBe(true);
  expect(md).toContain('[Times of Israel](http');
});

test('without the metadata setting, exports are the article alone; a restored block is exported', async () => {
  await eb.setStorage({ settings: { includeMetadata: false, exportFormat: 'txt' } });
  try {
    const { popup } = await seedPopup();
    expect(await popup.locator('[data-testid="download-txt"]').getAttribute('class')).toContain('default');
    await popup.click('[data-testid="removed-summary"]');
    const item = popup.locator('[data-testid="removed-item"][data-has-text="true"]:has([data-testid="restore"]:not([disabled]))').first();
    const preview = (await item.locator('.preview').innerText()).replace(/…$/, '').slice(0, 30).replace(/\s+/g, ' ');
    await item.locator('[data-testid="restore"]').click();
    const file = await downloadFrom(popup, () => popup.click('[data-testid="download-txt"]'));
    expect(file.content).not.toMatch(/^Title:/);
    expect(file.content).not.toMatch(/^(Author|Site|Date|URL):/m);
    expect(file.content).toContain('Hamas continues to want it both ways');
    expect(file.content.replace(/\s+/g, ' ')).toContain(preview);
  } finally {
    await eb.setStorage({ settings: {} });
  }
});
