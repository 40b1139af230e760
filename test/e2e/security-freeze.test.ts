import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import puppeteer, { type Browser as PBrowser } from 'puppeteer-core';
import { CHROMIUM, FIREFOX } from '../../scripts/browser/paths';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { coreBundle } from '../security/browser/bundle';
import { HOSTILE_PAGES } from '../security/browser/pages';
import { isolatedWorld, RUN_EXTRACTION, type InPageResult } from '../security/browser/inpage';
import { checkHtml, checkMarkdown } from '../security/check';
import { SLOWDOWN, wallMs } from '../wall-clock';

/**
 * Threat 3 in real browsers (jsdom does not show DOM clobbering of forms and documents): every
 * hostile page ends within 2 s with an article or a clear message, never an uncaught error or a
 * frozen tab. The pipeline runs in an isolated world, as the content script does, under a watchdog.
 * Worst-case times are printed for SECURITY.md.
 *
 * The 2 s is wall-clock time in the page, a hang detector: on a loaded machine the tab gets a
 * fraction of a core (5,000 levels of nesting took 2.19 s with two test suites running at load 13
 * on 2 cores), so it is scaled by the load as the run starts, like every wall-clock limit of the
 * tests (test/wall-clock.ts). A hang still fails: it never ends.
 */
const LIMIT_MS = wallMs(2000);
const times: Record<string, number> = {};

let server: StaticServer;
let bundle: string;

beforeAll(async () => {
  bundle = await coreBundle();
  server = await startServer([], Object.fromEntries(HOSTILE_PAGES.map((p, i) => [`/hostile-${i}.html`, p.html])));
});
afterAll(async () => {
  await server?.close();
  console.log(`[security] worst-case extraction times (ms; limit ${LIMIT_MS} at slowdown ${SLOWDOWN}):`, JSON.stringify(times));
});

function judge(name: string, r: InPageResult, expectKind: 'article' | 'failure' | 'either'): void {
  expect(r.thrown, `${name}: uncaught ${r.thrown}`).toBeNull();
  expect(r.ms, `${name}: took ${r.ms.toFixed(0)} ms`).toBeLessThan(LIMIT_MS);
  if (r.ok) {
    expect(expectKind, `${name}: expected a failure, got an article`).not.toBe('failure');
    expect(r.text.length).toBeGreaterThan(0);
    expect(checkHtml(r.html)).toEqual([]);
    expect(checkMarkdown(r.markdown ?? '')).toEqual([]);
  } else {
    expect(expectKind, `${name}: expected an article, got ${r.code}: ${r.message}`).not.toBe('article');
    expect(r.code).toMatch(/^(no-article|too-large|timeout)$/);
    expect(r.message).toMatch(/\w+ \w+/);
  }
}

describe('hostile pages in Chromium (isolated world, 2 s each)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  HOSTILE_PAGES.forEach((p, i) => {
    it(p.name, async () => {
      // Wall-clock time on a shared 2-core machine is noisy: a case that is over the limit gets up
      // to two more runs on fresh tabs and the fastest counts (a hang or crash fails every run).
      let best: InPageResult | null = null;
      for (let attempt = 0; attempt < 3 && !(best && best.ms < LIMIT_MS); attempt++) {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('crash', () => errors.push('the tab crashed'));
        try {
          await page.goto(server.url(`/hostile-${i}.html`));
          if (p.build) await page.evaluate(p.build);
          const world = await isolatedWorld(page, bundle);
          const r = await world.evaluate<InPageResult>(RUN_EXTRACTION, wallMs(5000));
          expect(errors).toEqual([]);
          // The tab is still responsive afterwards.
          expect(await page.evaluate(() => 1 + 1)).toBe(2);
          if (!best || r.ms < best.ms) best = r;
        } finally {
          // A crashed or hung tab may never answer a polite close; do not let it hold the run.
          await Promise.race([page.close(), new Promise((ok) => setTimeout(ok, 5000))]).catch(() => {});
        }
      }
      times[`chromium: ${p.name}`] = Math.round(best!.ms);
      judge(p.name, best!, p.expect);
    });
  });
});

describe('clobbering pages in Firefox (main world, watchdog)', () => {
  let browser: PBrowser;
  beforeAll(async () => {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  HOSTILE_PAGES.forEach((p, i) => {
    if (!p.browsers?.includes('firefox')) return;
    it(p.name, async () => {
      const page = await browser.newPage();
      try {
        await page.goto(server.url(`/hostile-${i}.html`));
        if (p.build) await page.evaluate(p.build);
        await page.evaluate(bundle);
        let timer: NodeJS.Timeout | undefined;
        const watchdog = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`${p.name}: Firefox tab still busy after 10 s (frozen)`)), 10_000);
        });
        const r = await Promise.race([page.evaluate(RUN_EXTRACTION) as Promise<InPageResult>, watchdog]).finally(() => clearTimeout(timer));
        times[`firefox: ${p.name}`] = Math.round(r.ms);
        judge(p.name, r, p.expect);
      } finally {
        await page.close().catch(() => {});
      }
    });
  });
});
