import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import type { OverlayProbe } from '../../scripts/browser/overlay-probe';
import { openFromPopup } from './reader/open';

/**
 * "Looks cut short" in the real popup and reader overlay (issue 12): one small page per warning
 * code, each built to give that code and no other, served on 127.0.0.1. Both views show the
 * warning, and its fix works: "Show what was removed near the end" opens the Removed list with
 * the block that ended the article in view; "Use the page's own article text" shows the JSON-LD
 * text, as text (markup in it stays text). A whole article shows no warning. Waits are on states
 * the UI announces, never on time.
 */
const sentence = (i: number, topic = 'bridge') => `Sentence ${i} of the story says what the council decided about the ${topic} and why the cost doubled.`;
const para = (from: number, topic?: string) => `<p>${sentence(from, topic)} ${sentence(from + 1, topic)}</p>`;
const paras = (from: number, n: number, topic?: string) => Array.from({ length: n }, (_, i) => para(from + 2 * i, topic)).join('');
/** About 220 words in six paragraphs. */
const STORY = paras(0, 6);
const OWN = [...Array.from({ length: 60 }, (_, i) => `The page's own paragraph ${i} goes on about the bridge and its long history.`), 'Last line <img src=x onerror="document.title=1"> stays text.'].join('\n\n');
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge reopens', ...o }).replace(/</g, '\\u003c')}</script>`;
const html = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head><title>Bridge reopens</title>${head}</head><body>${body}</body></html>`;
/** The story with a share bar after each paragraph: removals enough that the Removed list scrolls, so its end has to be brought into view. */
const SHARED = Array.from({ length: 6 }, (_, i) => `${para(4 * i)}<div class="share-tools"><a href="/s${i}">Share on X</a> Share part ${i} of this story with your friends</div>`).join('');
const MID = `<p>${sentence(90)} ${sentence(91)} And then the council voted to spend another four million on the</p>`;

/** Each code's page, the words its message must say, and its fix. */
const CASES = [
  { code: 'paywalled', page: html(ld({ isAccessibleForFree: false, wordCount: 1200 }), `<article><h1>Bridge reopens</h1>${STORY}</article>`), says: /for subscribers: .*preview it shows \(\d+ of about 1200 words\)/, fix: null },
  { code: 'jsonld-longer', page: html(ld({ articleBody: OWN, wordCount: 900 }), `<article><h1>Bridge reopens</h1>${STORY}</article>`), says: /about 900 words/, fix: 'page-text' },
  {
    code: 'ends-mid-sentence',
    page: html('', `<article><h1>Bridge reopens</h1>${SHARED}${MID}<div class="related-links"><p><a href="/r1">The tunnel plan</a></p><p><a href="/r2">The ferry plan</a></p></div></article>`),
    says: /ends mid-sentence \(“….*four million on the”\)/,
    fix: 'show-tail',
  },
  {
    code: 'removed-at-end',
    page: html('', `<article><h1>Bridge reopens</h1>${SHARED}<div class="related-stories">${paras(200, 4, 'tunnel')}</div></article>`),
    says: /blocks removed at the end of the article hold \d+ words/,
    fix: 'show-tail',
  },
  {
    code: 'page-larger',
    page: html('', `<main><div class="entry-content"><h1>Bridge reopens</h1>${STORY}</div></main><div class="media"><div>${paras(100, 14, 'ferry')}</div></div>`),
    says: /about \d+ words of prose like the article’s that were not kept/,
    fix: null,
  },
] as const;

let eb: ExtensionBrowser;
let server: StaticServer;
let n = 0;

beforeAll(async () => {
  const routes: Record<string, string> = { '/whole.html': html('', `<article><h1>Bridge reopens</h1>${STORY}</article>`) };
  for (const c of CASES) routes[`/${c.code}.html`] = c.page;
  server = await startServer([], routes);
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

/** The codes shown, in order. */
const codesIn = (popup: Page) => popup.locator('[data-testid="warning"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-code')));

describe('each cut-short warning in the popup', () => {
  for (const c of CASES) {
    test(`${c.code}: shown with its message${c.fix ? ' and its fix works' : ''}`, async () => {
      const { page, popup } = await popupFor(`/${c.code}.html`);
      expect(await codesIn(popup)).toEqual([c.code]);
      const warning = popup.locator(`[data-testid="warning"][data-code="${c.code}"]`);
      expect(await warning.isVisible()).toBe(true);
      expect(await warning.innerText()).toMatch(c.says);
      const fixes = warning.locator('[data-testid="warning-fix"]');
      expect(await fixes.count()).toBe(c.fix ? 1 : 0);
      if (c.fix === 'show-tail') {
        const removed = popup.locator('[data-testid="removed"]');
        expect(await removed.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
        await fixes.click();
        await popup.waitForFunction(() => (document.querySelector('[data-testid="removed"]') as HTMLDetailsElement | null)?.open === true);
        // The block that ended the article is listed, and in view.
        // The list holds the share bars from the middle too, removed after the related block.
        expect(await popup.locator('[data-testid="removed-item"][data-kind="share"]').count()).toBeGreaterThan(3);
        const last = popup.locator('[data-testid="removed-item"][data-kind="related"]');
        const box = await last.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const ul = el.closest('ul')!;
          const list = ul.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, listTop: list.top, listBottom: list.bottom, innerHeight, overflows: ul.scrollHeight > ul.clientHeight, scrollTop: ul.scrollTop };
        });
        // Inside the list's scrolling box, and on screen (the headless popup's window is a few pixels short of the popup).
        // The list is longer than its box: the block had to be brought into view.
        expect(box.overflows, JSON.stringify(box)).toBe(true);
        expect(box.top >= box.listTop - 1 && box.bottom <= box.listBottom + 1 && box.top < box.innerHeight, JSON.stringify(box)).toBe(true);
        expect(await popup.getByTestId('status').innerText()).toMatch(/Removed list is open/);
      }
      if (c.fix === 'page-text') {
        expect(await popup.locator('[data-testid="article-body"]').innerText()).not.toContain('own paragraph');
        await fixes.click();
        await popup.waitForFunction(() => document.querySelector('[data-testid="article-body"]')?.textContent?.includes('own paragraph 59'));
        expect(await popup.locator('[data-testid="article-body"] p').count()).toBe(61);
        expect(await popup.locator('[data-testid="article-body"] img').count()).toBe(0);
        expect(await popup.locator('[data-testid="article-body"]').innerText()).toContain('<img src=x onerror="document.title=1"> stays text.');
        // The page's own text is the article now: no warning about it.
        expect(await popup.locator('[data-testid="warning"]').count()).toBe(0);
        expect(await page.title()).toBe('Bridge reopens');
      }
      await popup.close();
      await page.close();
    });
  }

  test('no warning on a whole article', async () => {
    const { page, popup } = await popupFor('/whole.html');
    expect(await popup.locator('[data-testid="warnings"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

/** Whether the overlay element is drawn inside the overlay's scrolling view. */
function inView(probe: OverlayProbe, selector: string): Promise<boolean> {
  return probe.eval(function (sel) {
    const el = this.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
  }, selector);
}

describe('each cut-short warning in the reader overlay', () => {
  for (const c of CASES) {
    test(`${c.code}: shown with its message${c.fix ? ' and its fix works' : ''}`, async () => {
      const page = await eb.open(server.url(`/${c.code}.html?run=${++n}`));
      const probe = await openFromPopup(eb, page);
      const shown = await probe.eval(function () {
        return Array.from(this.querySelectorAll('[data-testid="warning"]'), (el) => [el.getAttribute('data-code'), (el as HTMLElement).innerText]);
      });
      expect(shown.map(([code]) => code)).toEqual([c.code]);
      expect(shown[0][1]).toMatch(c.says);
      expect(await probe.box(`[data-testid="warning"][data-code="${c.code}"]`)).not.toBeNull();
      const fix = '[data-testid="warning-fix"]';
      expect(await probe.eval(function (sel) {
        return this.querySelectorAll(sel).length;
      }, fix)).toBe(c.fix ? 1 : 0);
      if (c.fix === 'show-tail') {
        await probe.click(`${fix}[data-fix="show-tail"]`);
        await expect.poll(() => probe.eval(function () {
          return (this.querySelector('[data-testid="removed"]') as HTMLDetailsElement | null)?.open ?? false;
        })).toBe(true);
        const last = '[data-testid="removed-item"][data-kind="related"]';
        expect(await inView(probe, last)).toBe(true);
        expect(await probe.text('[data-testid="status"]')).toMatch(/Removed list is open/);
      }
      if (c.fix === 'page-text') {
        await probe.click(`${fix}[data-fix="page-text"]`);
        await expect.poll(() => probe.eval(function () {
          return this.querySelector('.body')?.textContent?.includes('own paragraph 59') ?? false;
        })).toBe(true);
        expect(await probe.eval(function () {
          return this.querySelectorAll('.body img').length;
        })).toBe(0);
        expect(await probe.text('.body')).toContain('<img src=x onerror="document.title=1"> stays text.');
      }
      await probe.detach();
      await page.close();
    });
  }
});
