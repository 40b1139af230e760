import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { SAMPLES } from '../../scripts/browser/paths';
import { newsPage } from '../src/rules/learned-page';
import { jsonLines, runCli } from '../cli/run-cli';
import { recordScripts } from './reader/isolated';
import { closeOverlay, openFromPopup } from './reader/open';

/**
 * Rules learned from the reader (issue 12), in real Chromium with the built extension: "Always keep
 * this on <site>" from the popup's Removed list, the reader's picker with "Always remove this on
 * <site>", both applied on the next extraction, also on a second build of the page whose class
 * names are all re-hashed (and one block wrapped in another div); then the options page's export
 * file gives the same through `tidy-reader --rules`, and a bad import changes nothing. The three
 * tests are steps of one user's story, in order: each starts from the rules the one before saved.
 * Waits are on states the UI announces, never on time.
 */
let eb: ExtensionBrowser;
let server: StaticServer;
let tmp: string;
let n = 0;
const BIO = 'Jane Roe covers transport';
const CORRECTION = 'An earlier version of this story';

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'tidy-learned-'));
  server = await startServer([SAMPLES], { '/build1.html': newsPage(1), '/build2.html': newsPage(2) });
  eb = await launchChromium();
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});


type Learned = { site: string; action: string; enabled: boolean; block: { tag: string; attrs: [string, string][]; label: string } };

async function learned(): Promise<Learned[]> {
  return eb.worker.evaluate(async () => ((await (globalThis as any).chrome.storage.local.get('settings')).settings?.learned ?? []) as Learned[]);
}

async function popupOn(path: string): Promise<{ page: Page; popup: Page }> {
  const page = await eb.open(server.url(`${path}?run=${++n}`));
  const popup = await eb.clickAction(page);
  await popup.waitForSelector('body[data-state="article"]');
  return { page, popup };
}

const bodyText = (popup: Page): Promise<string> => popup.locator('[data-testid="article-body"]').innerText();

describe('learned rules', () => {
  test('restore a removed block, "Always keep this on <site>", then the next extraction keeps it (on the re-hashed build too, in the popup and the reader)', async () => {
    await eb.setStorage({ settings: {} });
    const { page, popup } = await popupOn('/build1.html');
    expect(await bodyText(popup)).not.toContain(BIO);
    await popup.click('[data-testid="removed-summary"]');
    const item = popup.locator('[data-testid="removed-item"]', { hasText: 'About the author' });
    await item.locator('[data-testid="restore"]').click();
    await popup.waitForFunction((t) => document.querySelector('[data-testid="article-body"]')?.textContent?.includes(t), BIO);
    const keep = item.locator('[data-testid="always-keep"]');
    expect(await keep.innerText()).toBe('Always keep this on 127.0.0.1');
    await keep.click();
    await popup.waitForSelector('[data-testid="always-keep"]:has-text("Kept on 127.0.0.1")');
    const rules = await learned();
    expect(rules).toHaveLength(1);
    // Described from the live page: its stable attributes, none of its hashed classes.
    expect(rules[0]).toMatchObject({ site: '127.0.0.1', action: 'keep', block: { tag: 'section', label: 'about the author', attrs: [['class', 'author-box'], ['data-component', 'author-bio']] } });
    await popup.close();

    await page.reload();
    const again = await eb.clickAction(page);
    await again.waitForSelector('body[data-state="article"]');
    expect(await bodyText(again)).toContain(BIO);
    expect(await again.locator('[data-testid="removed-item"]', { hasText: 'About the author' }).count()).toBe(0);
    await again.close();
    await page.close();

    const rebuilt = await eb.open(server.url(`/build2.html?run=${++n}`));
    const probe = await openFromPopup(eb, rebuilt);
    expect(await probe.text('.body')).toContain(BIO);
    await closeOverlay(rebuilt, probe);
    await rebuilt.close();
  });

  test('pick a kept block in the reader, "Always remove this on <site>", then it is gone on the next extraction, also after the class names are re-hashed', async () => {
    const page = await eb.open(server.url(`/build1.html?run=${++n}`));
    const rec = await recordScripts(page, eb.extensionId);
    const probe = await openFromPopup(eb, page);
    expect(await probe.text('.body')).toContain(CORRECTION);
    expect(rec.scripts).not.toContain('content-picker.js');
    await probe.click('[data-action="pick"]');
    await expect.poll(() => probe.attr('[data-action="pick"]', 'aria-pressed')).toBe('true');
    expect(rec.scripts.filter((s) => s === 'content-picker.js')).toHaveLength(1);

    // Hovering outlines the block; a click proposes the rule and says what it matches.
    const section = '.body section:last-of-type';
    await probe.eval(function (sel) {
      this.querySelector(sel)?.scrollIntoView({ block: 'center', behavior: 'instant' });
    }, section);
    const box = (await probe.box(`${section} p`))!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => probe.eval(function (sel) {
      return this.querySelector(sel)?.hasAttribute('data-pick-hover') ?? false;
    }, section)).toBe(true);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => probe.text('[data-testid="pick-matches"]')).toMatch(/^It matches 1 block on this page: “Corrections An earlier version/);
    expect((await learned()).map((r) => r.action)).toEqual(['keep']); // nothing saved before the user confirms
    await probe.click('[data-testid="pick-confirm"]');
    await expect.poll(() => probe.text('[data-testid="status"]')).toMatch(/^Saved: from the next extraction, this block “corrections” is removed on 127\.0\.0\.1\./);
    expect((await learned())[1]).toMatchObject({ site: '127.0.0.1', action: 'remove', block: { tag: 'section', label: 'corrections', attrs: [] } });
    await closeOverlay(page, probe);
    await rec.stop();

    for (const path of ['/build1.html', '/build2.html']) {
      const { page: p, popup } = await popupOn(path);
      expect(await bodyText(popup)).not.toContain(CORRECTION);
      expect(await bodyText(popup)).toContain(BIO); // the keep rule still holds
      expect(await bodyText(popup)).toContain('Work on the approach roads');
      await popup.click('[data-testid="removed-summary"]');
      expect(await popup.locator('[data-testid="removed-item"][data-kind="user"]').innerText()).toContain('Corrections');
      await popup.close();
      const reader = await openFromPopup(eb, p);
      expect(await reader.text('.body')).not.toContain(CORRECTION);
      await closeOverlay(p, reader);
      await p.close();
    }
  });

  test('the options page lists the rules learned above, exports them as one file that tidy-reader --rules applies the same way, and refuses a bad import without changing anything', async () => {
    const options = await eb.open(eb.extensionUrl('options.html'));
    await options.waitForSelector('[data-testid="learned-rule"] >> nth=1');
    expect(await options.locator('[data-testid="learned-rule"]').allInnerTexts()).toEqual([
      expect.stringMatching(/always keep\s+section “about the author” in article\s+on 127\.0\.0\.1/),
      expect.stringMatching(/always remove\s+section “corrections” in article\s+on 127\.0\.0\.1/),
    ]);
    // The download itself is seen, but a tab's downloads are saved where the popup's CDP connection
    // (scripts/browser/chromium.ts) told the browser to put them: the file is read from its blob.
    await options.evaluate(() => {
      const make = URL.createObjectURL.bind(URL);
      (window as any).blobs = [];
      URL.createObjectURL = (b: Blob) => ((window as any).blobs.push(b), make(b));
    });
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('[data-testid="export-learned"]')]);
    expect(download.suggestedFilename()).toBe('tidy-reader-rules.json');
    const file = { name: download.suggestedFilename(), content: await options.evaluate(() => (window as any).blobs[0].text() as Promise<string>) };
    const rulesPath = join(tmp, file.name);
    writeFileSync(rulesPath, file.content);

    // The extension, on the re-hashed build: the bio kept, the correction removed.
    const { page, popup } = await popupOn('/build2.html');
    const text = await bodyText(popup);
    expect(text).toContain(BIO);
    expect(text).not.toContain(CORRECTION);
    await popup.close();
    await page.close();
    // The command line, with the exported file, on the same page at the same address: the same blocks.
    const html = join(tmp, 'build2.html');
    writeFileSync(html, newsPage(2));
    const cli = await runCli(['-f', 'json', '--jobs', '1', '--rules', rulesPath, '--url', server.url('/build2.html'), html]);
    expect(cli.stderr).toBe('');
    const [article] = jsonLines(cli.stdout) as { text: string; removed: { kind: string }[] }[];
    expect(article.text).toContain(BIO);
    expect(article.text).not.toContain(CORRECTION);
    expect(article.removed.map((r) => r.kind)).toEqual(['user']);

    // Switch one off, delete the other, then import the file back: both as exported (an imported
    // rule replaces the one for the same block).
    await options.click('[data-testid="learned-rule"] >> nth=1 >> [data-testid="toggle-learned"]');
    await expect.poll(async () => (await learned()).map((r) => r.enabled)).toEqual([true, false]);
    await options.click('[data-testid="learned-rule"] >> nth=0 >> [data-testid="delete-learned"]');
    await expect.poll(async () => (await learned()).map((r) => r.action)).toEqual(['remove']);
    await options.setInputFiles('[data-testid="import-learned"]', rulesPath);
    await expect.poll(async () => (await learned()).map((r) => [r.action, r.enabled])).toEqual([['keep', true], ['remove', true]]);
    expect(await options.locator('[data-testid="saved"]').innerText()).toBe('Imported 2 rules from tidy-reader-rules.json.');

    // A bad file: a clear message, and the rules as they were.
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, file.content.replace('"keep"', '"hide"'));
    await options.setInputFiles('[data-testid="import-learned"]', bad);
    await expect.poll(() => options.locator('[data-testid="learned-error"]').innerText()).toBe('bad.json: Rule 1 of the file is not valid: action is neither "keep" nor "remove". Nothing was changed.');
    expect(await learned()).toHaveLength(2);
    await options.close();
  });

  test('"Always keep this on <site>" in the reader\'s own Removed list: the reader opened next keeps the block', async () => {
    const before = (await learned()).length;
    const page = await eb.open(server.url(`/seed-article.html?run=${++n}`));
    const probe = await openFromPopup(eb, page);
    expect(await probe.text('.body')).not.toContain('Related coverage');
    await probe.click('.removed summary');
    const keep = '[data-testid="removed-item"][data-kind="related"] [data-testid="always-keep"]';
    expect(await probe.text(keep)).toBe('Always keep this on 127.0.0.1');
    await probe.click(keep);
    await expect.poll(() => probe.text(keep)).toBe('Kept on 127.0.0.1');
    expect(await probe.text('[data-testid="status"]')).toBe('From the next extraction, this related-coverage block is kept on 127.0.0.1.');
    expect((await learned()).slice(before)).toMatchObject([{ site: '127.0.0.1', action: 'keep' }]);
    await closeOverlay(page, probe);
    await page.reload();
    const again = await openFromPopup(eb, page);
    expect(await again.text('.body')).toContain('Related coverage');
    await closeOverlay(page, again);
    await page.close();
  });
});
