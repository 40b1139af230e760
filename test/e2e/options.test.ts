import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { SAMPLES } from '../../scripts/browser/paths';

/**
 * The options page in real Chromium: inline validation, saving to storage, and the user's own
 * clutter rules applied by the pipeline and shown in the popup's "Removed" list with their reason.
 */
let eb: ExtensionBrowser;
let server: StaticServer;
let options: Page;

// The seed article with two blocks of the user's own clutter inside the article body.
const seed = readFileSync(join(SAMPLES, 'seed-article.html'), 'utf8');
const FIRST = '<p>Hamas continues to want it both ways';
const withClutter = seed.replace(
  FIRST,
  '<p class="promo-mug">Buy the Algemeiner mug in our shop today, it makes a fine gift for every reader you know.</p>\n<p>Support independent journalism: become a member today.</p>\n' + FIRST,
);

beforeAll(async () => {
  if (!seed.includes(FIRST)) throw new Error('samples/seed-article.html changed: update the insertion point of this test');
  server = await startServer([], { '/with-clutter.html': withClutter, '/with-clutter-2.html': withClutter });
  eb = await launchChromium();
  options = await eb.open(eb.extensionUrl('options.html'));
  await options.waitForSelector('[data-testid="rule-form"]');
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

async function storedSettings(): Promise<Record<string, unknown>> {
  return eb.worker.evaluate(async () => ((await (globalThis as any).chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>);
}

/** Perform `action` and wait until the page reports one more save. */
async function saving(action: () => Promise<unknown>): Promise<void> {
  const before = Number((await options.locator('[data-testid="saved"]').getAttribute('data-count')) ?? 0);
  await action();
  await options.waitForSelector(`[data-testid="saved"][data-count="${before + 1}"]`);
}

async function addRule(kind: 'selector' | 'pattern', value: string, site = ''): Promise<void> {
  await options.selectOption('[data-testid="rule-kind"]', kind);
  await options.fill('[data-testid="rule-value"]', value);
  await options.fill('[data-testid="rule-site"]', site);
}

async function popupOn(path: string): Promise<Page> {
  const page = await eb.open(server.url(path));
  const popup = await eb.clickAction(page);
  await popup.waitForSelector('body[data-state="article"]');
  return popup;
}

test('shows errors inline for a bad selector, a bad /regex/ and a bad site, and saves nothing', async () => {
  await addRule('selector', 'div[class=', '');
  expect(await options.locator('[data-testid="rule-error"]').innerText()).toContain('is not a valid CSS selector');
  expect(await options.locator('[data-testid="rule-value"]').getAttribute('aria-invalid')).toBe('true');
  await options.click('[data-testid="add-rule"]');
  expect(await options.locator('[data-testid="rule"]').count()).toBe(0);

  await addRule('pattern', '/(unclosed/i');
  expect(await options.locator('[data-testid="rule-error"]').innerText()).toContain('Not a valid regular expression');

  await addRule('selector', '.ok', 'not a site!');
  expect(await options.locator('[data-testid="rule-error"]').innerText()).toContain('is not a site name');
  expect(await options.locator('[data-testid="rule-site"]').getAttribute('aria-invalid')).toBe('true');

  await addRule('selector', '', '');
  expect(await options.locator('[data-testid="rule-error"]').innerText()).toBe('');
  expect((await storedSettings()).rules ?? []).toEqual([]);
});

test('saves reading and export defaults to storage', async () => {
  await saving(() => options.selectOption('[data-testid="theme"]', 'sepia'));
  await saving(() => options.selectOption('[data-testid="export-format"]', 'html'));
  await saving(() => options.uncheck('[data-testid="include-metadata"]'));
  await saving(() => options.locator('[data-testid="font-size"]').fill('24'));
  const s = await storedSettings();
  expect(s).toMatchObject({ theme: 'sepia', exportFormat: 'html', includeMetadata: false, fontSize: 24 });
  expect(await options.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
});

test('the user’s rules are applied by the pipeline and listed in "Removed" with their reason', async () => {
  await addRule('selector', '.promo-mug', '127.0.0.1');
  await saving(() => options.click('[data-testid="add-rule"]'));
  await addRule('pattern', '/^support independent journalism/i');
  await saving(() => options.click('[data-testid="add-rule"]'));
  // A rule for another site must not apply here.
  await addRule('selector', 'p', 'example.com');
  await saving(() => options.click('[data-testid="add-rule"]'));
  expect(await options.locator('[data-testid="rule"]').count()).toBe(3);
  expect((await storedSettings()).rules).toEqual([
    { selector: '.promo-mug', site: '127.0.0.1' },
    { pattern: '/^support independent journalism/i' },
    { selector: 'p', site: 'example.com' },
  ]);

  const popup = await popupOn('/with-clutter.html');
  const body = await popup.locator('[data-testid="article-body"]').innerText();
  expect(body).toContain('Hamas continues to want it both ways');
  expect(body).not.toContain('Algemeiner mug');
  expect(body).not.toContain('Support independent journalism');
  expect(await popup.locator('[data-testid="removed-summary"]').innerText()).toContain('2 blocks matching your rules');
  await popup.click('[data-testid="removed-summary"]');
  const reasons = await popup.locator('[data-testid="removed-item"][data-kind="user"] [data-testid="removed-reason"]').allTextContents();
  expect(reasons).toEqual(['It matched one of your own rules.', 'It matched one of your own rules.']);
  // The rule itself, under the item's "Details".
  const rules = await popup.locator('[data-testid="removed-item"][data-kind="user"] [data-testid="removed-rule"]').allTextContents();
  expect(rules.some((r) => r.includes('your rule') && r.includes('.promo-mug'))).toBe(true);
  expect(rules.some((r) => r.includes('your rule') && r.includes('Support independent journalism'))).toBe(true);
  // The other settings reached the popup too.
  expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
  expect(await popup.locator('[data-testid="download-html"]').getAttribute('class')).toContain('default');
  await popup.close();
});

test('deleting a rule stops it applying', async () => {
  await saving(() => options.locator('[data-testid="rule"]').first().locator('[data-testid="delete-rule"]').click());
  expect(await options.locator('[data-testid="rule"]').count()).toBe(2);
  const popup = await popupOn('/with-clutter-2.html');
  expect(await popup.locator('[data-testid="article-body"]').innerText()).toContain('Algemeiner mug');
  await popup.close();
});
