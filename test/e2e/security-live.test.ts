import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from '../../scripts/browser/paths';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { coreBundle } from '../security/browser/bundle';
import { isolatedWorld, RUN_EXTRACTION, type InPageResult } from '../security/browser/inpage';
import { checkHtml, checkMarkdown } from '../security/check';

/**
 * Threat 4: extraction leaves the live page alone — no DOM mutation, no network request (the clone
 * is inert, even for lazy images Readability un-lazies, noscript images it unwraps, srcset,
 * preload links and posters) — and page scripts that poison built-ins in the page's world cannot
 * weaken the sanitizer in the content script's isolated world.
 */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==', 'base64');
const PARA = '<p>The council met on Tuesday to discuss the delayed bridge; residents filled the hall to hear the engineers explain why the foundations settled, what it would cost and when the deck would open.</p>';

const LIVE_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Live page</title>
<link rel="preload" href="/r/preload.css" as="style"><link rel="stylesheet" href="/r/style.css">
<link rel="prefetch" href="/r/prefetch.js">
</head><body><main><article><h1>Live page</h1>${PARA}
<img src="/r/eager.gif" alt="eager">
<div style="height: 5000px"></div>
<img loading="lazy" src="/r/lazy.gif" alt="lazy">
<img data-src="/r/data-src.gif" class="lazyload" alt="data-src">
<img srcset="/r/srcset-1x.gif 1x, /r/srcset-2x.gif 2x" alt="srcset" loading="lazy">
<picture><source srcset="/r/picture.webp" type="image/webp"><img src="/r/picture.gif" loading="lazy" alt="picture"></picture>
<noscript><img src="/r/noscript.gif" alt="noscript"></noscript>
<video poster="/r/poster.gif" preload="none" src="/r/video.mp4"></video>
<template><img src="/r/template.gif"></template>
<iframe loading="lazy" src="/r/frame.html"></iframe>
<object data="/r/object.swf"></object>
<div style="background-image: url(/r/bg.gif)">${PARA}</div>
${PARA}${PARA}${PARA}</article></main></body></html>`;

/** The page's own script poisons the built-ins a sanitizer leans on, before the extension runs. */
const POISONED_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Poisoned</title><script>
  const noop = function () {};
  String.prototype.replace = function () { return String(this); };
  String.prototype.toLowerCase = function () { return 'a'; };
  RegExp.prototype.test = function () { return true; };
  RegExp.prototype.exec = function () { return null; };
  Array.prototype.includes = function () { return true; };
  Array.prototype.indexOf = function () { return 0; };
  Element.prototype.setAttribute = noop;
  Element.prototype.removeAttribute = noop;
  Element.prototype.removeAttributeNode = noop;
  Element.prototype.remove = noop;
  Node.prototype.removeChild = function (c) { return c; };
  Object.freeze = function (o) { return o; };
  window.__poisoned = true;
</script></head><body><article><h1>Poisoned</h1>${PARA}${PARA}
<p>Click <a href="javascript:alert(1)" onclick="alert(2)">here</a> <img src="x" onerror="alert(3)"> and
<a href=" JaVaScRiPt:alert(4)">this</a> <iframe src="https://www.youtube.com/embed/x" onload="alert(5)"></iframe></p>
<svg><animate attributeName="href" to="javascript:alert(6)"/></svg><form action="javascript:alert(7)"><input autofocus onfocus="alert(8)"></form>
${PARA}${PARA}</article></body></html>`;

let server: StaticServer;
let browser: Browser;
let bundle: string;

beforeAll(async () => {
  bundle = await coreBundle();
  const routes: Record<string, { body: string | Buffer; contentType?: string }> = { '/live.html': { body: LIVE_PAGE }, '/poisoned.html': { body: POISONED_PAGE } };
  for (const name of ['eager', 'lazy', 'data-src', 'srcset-1x', 'srcset-2x', 'picture', 'noscript', 'poster', 'template', 'bg', 'sentinel'])
    routes[`/r/${name}.gif`] = { body: GIF, contentType: 'image/gif' };
  server = await startServer([], routes);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function loaded(page: Page, path: string): Promise<void> {
  await page.goto(server.url(path), { waitUntil: 'load' });
}

describe('the live page during extraction', () => {
  it('sees zero mutations and makes zero network requests', async () => {
    const page = await browser.newPage();
    try {
      const requests: string[] = [];
      await loaded(page, '/live.html');
      page.on('request', (r) => requests.push(r.url()));
      const serverBefore = server.requests.length;
      await page.evaluate(() => {
        const w = window as unknown as { __records: MutationRecord[]; __mo: MutationObserver };
        w.__records = [];
        w.__mo = new MutationObserver((r) => w.__records.push(...r));
        w.__mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      const world = await isolatedWorld(page, bundle);
      const r = await world.evaluate<InPageResult>(RUN_EXTRACTION);
      expect(r.thrown).toBeNull();
      expect(r.ok).toBe(true);
      expect(r.text).toContain('The council met on Tuesday');
      // The article keeps its images (absolute URLs) — as data, not as loads.
      expect(r.html).toContain('/r/eager.gif');
      const mutations = await page.evaluate(() => {
        const w = window as unknown as { __records: MutationRecord[]; __mo: MutationObserver };
        return w.__records.length + w.__mo.takeRecords().length;
      });
      expect(mutations).toBe(0);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
      // A sentinel load after extraction: every request the extraction could have caused was
      // issued before it, so once the sentinel is back, the lists are complete.
      await page.evaluate((u) => new Promise((ok, ko) => Object.assign(new Image(), { onload: ok, onerror: ko, src: u })), server.url('/r/sentinel.gif'));
      // The browser fetches a favicon on its own schedule (browser chrome, not the document): ignored.
      const notFavicon = (p: string): boolean => p !== '/favicon.ico';
      expect(requests.map((u) => new URL(u).pathname).filter(notFavicon)).toEqual(['/r/sentinel.gif']);
      expect(server.requests.slice(serverBefore).filter(notFavicon)).toEqual(['/r/sentinel.gif']);
    } finally {
      await page.close();
    }
  });
});

describe('page scripts poisoning built-ins', () => {
  it('cannot weaken the sanitizer in the isolated world', async () => {
    const page = await browser.newPage();
    // The page's own handlers fire in the page (it is the page); what matters is the output.
    page.on('dialog', (d) => void d.dismiss().catch(() => {}));
    try {
      await loaded(page, '/poisoned.html');
      expect(await page.evaluate(() => (window as unknown as { __poisoned?: boolean }).__poisoned)).toBe(true);
      const world = await isolatedWorld(page, bundle);
      const r = await world.evaluate<InPageResult>(RUN_EXTRACTION);
      expect(r.thrown).toBeNull();
      expect(r.ok).toBe(true);
      expect(r.html).toContain('here');
      expect(checkHtml(r.html)).toEqual([]);
      expect(checkMarkdown(r.markdown ?? '')).toEqual([]);
      expect(r.html).not.toMatch(/javascript:|onerror|onclick|<iframe|<svg|<form|<input/i);
    } finally {
      await page.close();
    }
  });

  it('control: the same poisoning in the page world does reach code running there', async () => {
    // Shows the test above can fail: without the isolated world the pipeline's own regexes and
    // DOM calls are the page's. Tidy Reader never runs in the page world.
    const page = await browser.newPage();
    page.on('dialog', (d) => void d.dismiss().catch(() => {}));
    try {
      await loaded(page, '/poisoned.html');
      await page.addScriptTag({ content: bundle });
      const r = (await page.evaluate(RUN_EXTRACTION)) as InPageResult;
      const leaked = r.ok ? checkHtml(r.html).length + checkMarkdown(r.markdown ?? '').length : 0;
      expect(r.ok === false || r.thrown !== null || leaked > 0).toBe(true);
    } finally {
      await page.close();
    }
  });
});
