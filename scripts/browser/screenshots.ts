/**
 * `npm run screenshots [-- --out DIR] [--no-build]`: the README's pictures, from real runs of the
 * built extension in Chromium (a real toolbar click, the real popup, the real overlay): the popup,
 * the reader in the light and dark themes, with its table of contents, and a right-to-left article.
 * Written to docs/screenshots/ (DIR overrides it); nothing else writes there, `npm test` included.
 * It also prints the reader's typography as measured in the browser (the README quotes it).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { buildExtension } from './build';
import { launchChromium, type ExtensionBrowser } from './chromium';
import { charactersPerLine } from './measure';
import { OverlayProbe } from './overlay-probe';
import { HEADINGS_HTML, RTL_HTML } from './pages';
import { ROOT, SAMPLES } from './paths';
import { startServer, type StaticServer } from './server';

interface Options {
  out: string;
  build: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { out: resolve(ROOT, 'docs/screenshots'), build: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' && argv[i + 1]) o.out = resolve(argv[++i]);
    else if (argv[i] === '--no-build') o.build = false;
    else throw new Error(`unknown option ${argv[i]} (use --out DIR, --no-build)`);
  }
  return o;
}

let n = 0;

/** A real toolbar click on a fresh tab of `path`; the popup once it shows its result. */
async function popupFor(eb: ExtensionBrowser, server: StaticServer, path: string): Promise<{ page: Page; popup: Page }> {
  const page = await eb.open(server.url(`${path}?shot=${++n}`));
  const popup = await eb.clickAction(page);
  await popup.waitForSelector('body[data-state]:not([data-state="loading"])');
  return { page, popup };
}

/** "Open reader view" in the popup; the overlay once it is in the page and its fonts are ready. */
async function readerFor(eb: ExtensionBrowser, server: StaticServer, path: string): Promise<{ page: Page; probe: OverlayProbe }> {
  const { page, popup } = await popupFor(eb, server, path);
  await popup.click('[data-testid="open-reader"]');
  await page.waitForFunction(() => document.getElementsByTagName('tidy-reader-overlay').length === 1);
  await page.evaluate(() => document.fonts.ready);
  const probe = await OverlayProbe.find(page);
  if (!probe) throw new Error('The overlay did not open');
  return { page, probe };
}

/** Waits, a frame at a time, until `check` holds in the overlay (at most about ten seconds of frames). */
async function until(page: Page, probe: OverlayProbe, check: (this: ShadowRoot) => boolean): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await probe.eval(check)) return;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  throw new Error(`The overlay never got to: ${check}`);
}

async function close(page: Page, probe: OverlayProbe): Promise<void> {
  await probe.detach();
  await page.close();
}

/** Characters per full line, the font size and line height, and the font the system gave for "serif". */
async function typography(page: Page, probe: OverlayProbe): Promise<string> {
  const full = await charactersPerLine(probe);
  const m = await probe.eval(function () {
    const cs = getComputedStyle(this.querySelector('.body p')!);
    return { size: cs.fontSize, lineHeight: cs.lineHeight, family: cs.fontFamily, width: this.querySelector('.body')!.getBoundingClientRect().width };
  });
  // The font actually drawn: Chromium's own answer for the first paragraph.
  const cdp = await page.context().newCDPSession(page);
  let drawn = '?';
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const find = (node: { nodeId: number; nodeName: string; attributes?: string[]; children?: unknown[]; shadowRoots?: unknown[] }, inBody: boolean): number | null => {
      const isBody = node.attributes?.includes('body') && node.attributes[node.attributes.indexOf('class') + 1] === 'body';
      if (inBody && node.nodeName === 'P') return node.nodeId;
      for (const c of [...((node.shadowRoots ?? []) as typeof node[]), ...((node.children ?? []) as typeof node[])]) {
        const hit = find(c, inBody || !!isBody);
        if (hit) return hit;
      }
      return null;
    };
    const p = find(root as Parameters<typeof find>[0], false);
    if (p) drawn = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId: p })).fonts.map((f) => f.familyName).join(', ');
  } finally {
    await cdp.detach().catch(() => {});
  }
  const mean = full.reduce((a, b) => a + b, 0) / full.length;
  const sorted = [...full].sort((a, b) => a - b);
  return `Typography at the defaults (1200 px window, seed article): ${mean.toFixed(1)} characters per full line (median ${sorted[Math.floor(sorted.length / 2)]}, ${full.length} lines, ${Math.min(...full)}–${Math.max(...full)}), column ${Math.round(m.width)} px, font size ${m.size}, line height ${m.lineHeight}, font-family ${m.family} drawn as ${drawn}`;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.build) buildExtension({ quiet: true });
  mkdirSync(o.out, { recursive: true });
  const server = await startServer([SAMPLES], { '/headings.html': HEADINGS_HTML, '/rtl.html': RTL_HTML });
  // Only 127.0.0.1 resolves: the sample's remote images and scripts fail at once, as in the tests.
  const eb = await launchChromium();
  const shot = (name: string) => join(o.out, `${name}.png`);
  try {
    await eb.setStorage({ settings: { theme: 'light' } });
    // The popup: a real one sizes itself to its content (480×580); headless gives every popup the
    // same window and no way to resize it, so the document's own box is captured.
    const { page, popup } = await popupFor(eb, server, '/seed-article.html');
    // Without the "Cleaned in … ms" toast (it fades by itself a few seconds later).
    await popup.evaluate(() => {
      const toast = document.querySelector<HTMLElement>('[data-testid="status"]');
      toast?.style.setProperty('transition', 'none');
      toast?.classList.remove('shown');
    });
    await popup.screenshot({ path: shot('popup'), clip: { x: 0, y: 0, width: 480, height: 580 } });
    await page.close();

    let r = await readerFor(eb, server, '/seed-article.html');
    console.log(await typography(r.page, r.probe));
    await r.page.screenshot({ path: shot('overlay-light') });
    await eb.setStorage({ settings: { theme: 'dark' } });
    await until(r.page, r.probe, function () {
      return (this.querySelector('.root') as HTMLElement).dataset.theme === 'dark';
    });
    await r.page.screenshot({ path: shot('overlay-dark') });
    await close(r.page, r.probe);

    await eb.setStorage({ settings: { theme: 'sepia' } });
    r = await readerFor(eb, server, '/headings.html');
    await r.probe.click('[data-action="contents"]');
    await until(r.page, r.probe, function () {
      return this.querySelector('nav.toc button') !== null;
    });
    await r.probe.click('nav.toc button[data-heading="2"]');
    await r.page.screenshot({ path: shot('contents') });
    await close(r.page, r.probe);

    await eb.setStorage({ settings: { theme: 'light' } });
    r = await readerFor(eb, server, '/rtl.html');
    await r.page.screenshot({ path: shot('rtl') });
    await close(r.page, r.probe);
    console.log(`Screenshots: ${['popup', 'overlay-light', 'overlay-dark', 'contents', 'rtl'].map(shot).join(', ')}`);
  } finally {
    await eb.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
