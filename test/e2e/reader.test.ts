import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { SAMPLES } from '../../scripts/browser/paths';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { OverlayProbe } from '../../scripts/browser/overlay-probe';
import { openFromPopup, openOverlay, readerAction, tabIdOf } from './reader/open';
import { HOSTILE_HTML, NO_ARTICLE_HTML, RTL_HTML, SEED_HTML, SEED_SENTENCE, SHORT_NOTE_SENTENCE, withHead } from '../../scripts/browser/pages';

/**
 * The reader overlay in real Chromium with the built extension (dist/chrome): opened through a
 * real toolbar click and the popup's "Open reader view", or through the background's path
 * (inject content.js, send `content:reader`) once the click has granted activeTab.
 */

let eb: ExtensionBrowser;
let server: StaticServer;
let n = 0;

/** Every tab gets its own URL: the harness finds a tab's target by URL. */
const unique = (path: string): string => server.url(`${path}?t=${++n}`);

declare const chrome: any;

async function settings(): Promise<Record<string, unknown>> {
  return eb.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? {});
}

/**
 * A download started by `action`, read from disk. Playwright's download event is not used: once the
 * harness has connected its second CDP client (for the popup), Chromium saves page downloads into
 * that client's folder. Setting the behaviour from our browser session puts them where we look.
 */
async function download(action: () => Promise<unknown>): Promise<{ name: string; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'tidy-dl-'));
  try {
    await eb.cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir, eventsEnabled: true });
    let guid = '';
    let name = '';
    const done = new Promise<void>((resolve, reject) => {
      const begin = (e: { guid: string; suggestedFilename: string }): void => {
        guid = e.guid;
        name = e.suggestedFilename;
      };
      const progress = (e: { guid: string; state: string }): void => {
        if (e.guid !== guid) return;
        if (e.state === 'completed' || e.state === 'canceled') {
          eb.cdp.off('Browser.downloadWillBegin', begin);
          eb.cdp.off('Browser.downloadProgress', progress);
          if (e.state === 'completed') resolve();
          else reject(new Error('download canceled'));
        }
      };
      eb.cdp.on('Browser.downloadWillBegin', begin);
      eb.cdp.on('Browser.downloadProgress', progress);
    });
    await action();
    await done;
    return { name, text: readFileSync(join(dir, name), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Everything about the page a user could notice: markup, scroll, focus, adopted sheets, styles. */
function pageState(page: Page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    return {
      html: document.documentElement.outerHTML,
      scroll: [window.scrollX, window.scrollY],
      focus: a ? `${a.localName}#${a.id}.${a.className}` : null,
      sheets: document.adoptedStyleSheets.length,
      overflow: getComputedStyle(document.documentElement).overflow,
    };
  });
}

beforeAll(async () => {
  server = await startServer([SAMPLES], {
    '/strict-csp.html': { body: SEED_HTML, headers: { 'content-security-policy': "default-src 'none'" } },
    '/hostile.html': HOSTILE_HTML,
    '/long.html': withHead(SEED_HTML, '<style>body { min-height: 4000px }</style>'),
    '/rtl.html': RTL_HTML,
    '/no-article.html': NO_ARTICLE_HTML,
  });
  // Nothing but 127.0.0.1 resolves: the seed page's remote scripts, styles and images fail fast.
  eb = await launchChromium({ args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

describe('reader overlay (Chromium)', () => {
  it('opens from the popup, shows the article in a closed shadow root, closes on Esc and leaves the page exactly as it was', async () => {
    const page = await eb.open(unique('/long.html'));
    await page.evaluate(() => {
      window.scrollTo(0, 300);
      (document.querySelector('input.search-field') as HTMLInputElement).focus({ preventScroll: true });
      const w = window as unknown as { __mutations: string[] };
      w.__mutations = [];
      new MutationObserver((records) => {
        for (const r of records) {
          const onlyHost = r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((x) => x.nodeName === 'TIDY-READER-OVERLAY');
          // The page behind the open overlay is made inert, and given back on close (checked below).
          const inert = r.type === 'attributes' && r.attributeName === 'inert' && r.target.parentNode === document.documentElement;
          if (!onlyHost && !inert) w.__mutations.push(`${r.type} ${r.target.nodeName} ${r.attributeName ?? ''}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const before = await pageState(page);
    expect(before.scroll[1]).toBe(300);
    expect(before.focus).toContain('input');

    const probe = await openFromPopup(eb, page);
    expect(probe.shadowRootType).toBe('closed');
    expect(await probe.text('h1.title')).toBe('Defections Challenge Hamas’ Cooperation With ISIS');
    expect(await probe.text('.meta .byline')).toBe('Steven Emerson');
    expect(await probe.text('.meta .site')).toBe('The Algemeiner');
    expect(await probe.text('.meta .date')).toBe('February 9, 2017');
    expect(await probe.text('.meta .reading')).toMatch(/^\d+ min read$/);
    const body = ((await probe.text('.body')) ?? '').replace(/\s+/g, ' ');
    expect(body).toContain(SEED_SENTENCE);
    expect(body).not.toContain('protected by reCAPTCHA');
    expect(body).not.toContain('Share this Story');
    expect(await probe.text('.removed summary')).toMatch(/^Removed: \d+ /);

    // Open: focus is inside, the page cannot scroll, the page's page-level state is only the lock.
    expect(await probe.focused()).toBe('div.scroller');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('tidy-reader-overlay');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
    await page.mouse.move(600, 500);
    await page.mouse.wheel(0, 2000);
    await page.keyboard.press('End');
    expect(await page.evaluate(() => window.scrollY)).toBe(300);
    // The wheel and End scrolled the article instead (End may animate: poll).
    await expect.poll(() => probe.eval(function () {
      return (this.querySelector('.scroller') as HTMLElement).scrollTop;
    })).toBeGreaterThan(0);

    await page.keyboard.press('Escape');
    expect(await OverlayProbe.count(page)).toBe(0);
    const after = await pageState(page);
    expect(after).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations)).toEqual([]);
    await probe.detach();
  });

  it('is injected idempotently: repeated injections give one listener and one overlay; toggle opens and closes', async () => {
    const page = await eb.open(unique('/seed-article.html'));
    const popup = await eb.clickAction(page); // grants activeTab; the popup injects once
    await popup.getByTestId('open-reader').waitFor({ state: 'visible' });
    await popup.close();
    expect(await readerAction(eb, page, 'toggle', 3)).toEqual({ open: true });
    expect(await OverlayProbe.count(page)).toBe(1);
    expect(await readerAction(eb, page, 'open', 2)).toEqual({ open: true });
    expect(await OverlayProbe.count(page)).toBe(1);
    expect(await readerAction(eb, page, 'toggle')).toEqual({ open: false });
    expect(await OverlayProbe.count(page)).toBe(0);
    expect(await readerAction(eb, page, 'close')).toEqual({ open: false });
    // One listener: a ping gets exactly one answer (a second listener would make the reply racy but
    // still one); the overlay count above is what two listeners would break (two hosts).
    const id = await tabIdOf(eb, page);
    expect(await eb.worker.evaluate((t: number) => chrome.tabs.sendMessage(t, { type: 'content:ping' }), id)).toEqual({ ready: true });
    // Unknown or malformed messages get no answer and change nothing.
    expect(await eb.worker.evaluate((t: number) => chrome.tabs.sendMessage(t, { type: 'content:reader', action: 'explode' }), id)).toBeUndefined();
    expect(await eb.worker.evaluate((t: number) => chrome.tabs.sendMessage(t, { type: 'content:extract', force: 'yes' }), id)).toBeUndefined();
    expect(await OverlayProbe.count(page)).toBe(0);
  });

  it('keeps keys and Tab inside the overlay: page listeners see nothing, focus wraps, Esc returns focus', async () => {
    const page = await eb.open(unique('/seed-article.html'));
    await page.evaluate(() => {
      const w = window as unknown as { __keys: string[] };
      w.__keys = [];
      document.addEventListener('keydown', (e) => w.__keys.push('document:' + e.key));
      window.addEventListener('keydown', (e) => w.__keys.push('window:' + e.key));
      document.body.addEventListener('keyup', (e) => w.__keys.push('body:' + e.key));
      (document.querySelector('a.subscribe-link') as HTMLElement).focus();
    });
    await page.keyboard.press('j');
    expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys.length)).toBeGreaterThan(0); // the listeners work
    await page.evaluate(() => ((window as unknown as { __keys: string[] }).__keys = []));
    const popup = await eb.clickAction(page);
    await popup.getByTestId('open-reader').waitFor({ state: 'visible' });
    await popup.close();
    const probe = await openOverlay(eb, page);
    const seen = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
      const f = await probe.focused();
      expect(f).not.toBeNull();
      seen.add(f!);
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('tidy-reader-overlay');
    }
    expect(seen.size).toBeGreaterThan(5);
    // Keys typed in the reader (from its scroll area: Enter on an article link would follow it).
    await probe.eval(function () {
      (this.querySelector('.scroller') as HTMLElement).focus();
    });
    for (const k of ['j', 'k', 'ArrowDown', 'Space', 'Enter', 'a']) await page.keyboard.press(k);
    expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await OverlayProbe.count(page)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('subscribe-link');
    await probe.detach();
  });

  it('renders with its own styles on a page with Content-Security-Policy: default-src \'none\'', async () => {
    const page = await eb.open(unique('/strict-csp.html'));
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text()) && /style/i.test(m.text())) violations.push(m.text());
    });
    await page.evaluate(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(e.effectiveDirective));
    });
    const probe = await openFromPopup(eb, page);
    expect(await probe.text('h1.title')).toBe('Defections Challenge Hamas’ Cooperation With ISIS');
    expect(await probe.style(':host', 'position')).toBe('fixed');
    expect(await probe.style('.bar', 'display')).toBe('flex');
    expect(Number.parseFloat((await probe.style('h1.title', 'font-size')) ?? '0')).toBeGreaterThan(25);
    expect(await probe.style('.root', 'background-color')).not.toBe('rgba(0, 0, 0, 0)');
    const v = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    expect(v.filter((d) => d.startsWith('style'))).toEqual([]);
    expect(violations).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await OverlayProbe.count(page)).toBe(0);
    await probe.detach();
  });

  it('renders correctly on a page whose CSS tries to hide or restyle it', async () => {
    const page = await eb.open(unique('/hostile.html'));
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('none'); // the page's CSS is live
    const popup = await eb.clickAction(page);
    await popup.getByTestId('open-reader').waitFor({ state: 'visible' });
    await popup.close();
    const probe = await openOverlay(eb, page);
    expect(await probe.style(':host', 'display')).toBe('block');
    expect(await probe.style(':host', 'opacity')).toBe('1');
    expect(await probe.style(':host', 'visibility')).toBe('visible');
    expect(await probe.style(':host', 'transform')).toBe('none');
    expect(await probe.style('h1.title', 'color')).not.toBe('rgba(0, 0, 0, 0)');
    expect(await probe.style('h1.title', 'visibility')).toBe('visible');
    expect(Number.parseFloat((await probe.style('article', 'font-size')) ?? '0')).toBe(20);
    const box = await probe.box('h1.title');
    expect(box && box.width > 200 && box.height > 20).toBe(true);
    // What is on screen at the title's centre is the overlay, and inside it the title.
    const onTop = await probe.eval(function (x: number, y: number) {
      return document.elementFromPoint(x, y) === this.host && this.elementFromPoint(x, y)?.localName === 'h1';
    }, box!.x + box!.width / 2, box!.y + box!.height / 2);
    expect(onTop).toBe(true);
    expect((await probe.text('.body'))?.replace(/\s+/g, ' ')).toContain(SEED_SENTENCE);
    await page.keyboard.press('Escape');
    await probe.detach();
  });

  it('remembers theme, font, size and width (set in the "Aa" menu) in storage.local', async () => {
    const page = await eb.open(unique('/seed-article.html'));
    const popup = await eb.clickAction(page);
    await popup.getByTestId('open-reader').waitFor({ state: 'visible' });
    await popup.close();
    let probe = await openOverlay(eb, page);
    expect(await probe.attr('.root', 'data-theme')).toBe('auto');
    expect(await probe.attr('[data-set-theme="auto"]', 'aria-pressed')).toBe('true');
    expect(await probe.box('[data-set-theme="dark"]')).toBeNull(); // behind "Aa"
    await probe.use('[data-set-theme="dark"]');
    expect(await probe.attr('[data-action="menu-type"]', 'aria-expanded')).toBe('true');
    await probe.use('[data-set-font="sans"]');
    await probe.use('[data-action="larger"]');
    await probe.use('[data-action="larger"]');
    await probe.use('[data-action="narrower"]');
    expect(await probe.text('[data-testid="size-value"]')).toBe('22 px');
    expect(await probe.text('[data-testid="width-value"]')).toBe('66 characters');
    await expect.poll(settings).toMatchObject({ theme: 'dark', font: 'sans', fontSize: 22, lineWidth: 66 });
    // Esc closes the menu first, then the reader.
    await page.keyboard.press('Escape');
    expect(await probe.attr('[data-action="menu-type"]', 'aria-expanded')).toBe('false');
    expect(await OverlayProbe.count(page)).toBe(1);
    await page.keyboard.press('Escape');
    expect(await OverlayProbe.count(page)).toBe(0);
    await probe.detach();

    probe = await openOverlay(eb, page);
    expect(await probe.attr('.root', 'data-theme')).toBe('dark');
    expect(await probe.attr('[data-set-theme="dark"]', 'aria-pressed')).toBe('true');
    expect(await probe.style('.root', 'background-color')).toBe('rgb(27, 28, 31)');
    expect(await probe.style('article', 'font-family')).toMatch(/sans/);
    expect(await probe.style('article', 'font-size')).toBe('22px');
    await probe.use('[data-action="smaller"]');
    await probe.use('[data-action="smaller"]');
    await probe.use('[data-action="wider"]');
    await probe.use('[data-set-font="serif"]');
    await expect.poll(settings).toMatchObject({ font: 'serif', fontSize: 20, lineWidth: 70 });
    await probe.use('[data-set-theme="light"]');
    expect(await probe.style('.root', 'background-color')).toBe('rgb(251, 251, 248)');
    await probe.use('[data-set-theme="sepia"]');
    expect(await probe.style('.root', 'background-color')).toBe('rgb(244, 236, 216)');
    await probe.use('[data-set-theme="auto"]');
    await expect.poll(settings).toMatchObject({ theme: 'auto' });
    // "auto" follows the system: the dark palette under prefers-color-scheme: dark.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await probe.style('.root', 'background-color')).toBe('rgb(27, 28, 31)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await probe.style('.root', 'background-color')).toBe('rgb(251, 251, 248)');
    // A click elsewhere in the reader closes the menu.
    await probe.click('h1.title');
    expect(await probe.attr('[data-action="menu-type"]', 'aria-expanded')).toBe('false');
    await probe.click('[data-action="close"]');
    expect(await OverlayProbe.count(page)).toBe(0);
    await probe.detach();
  });

  it('opens the options page from its Settings button (through the background)', async () => {
    const page = await eb.open(unique('/seed-article.html'));
    const probe = await openFromPopup(eb, page);
    const [options] = await Promise.all([eb.context.waitForEvent('page'), probe.click('[data-action="options"]')]);
    expect(options.url()).toBe(eb.extensionUrl('options.html'));
    await options.close();
    await page.bringToFront();
    await probe.click('[data-action="close"]');
    expect(await OverlayProbe.count(page)).toBe(0);
    await probe.detach();
  });

  it('prints only the article', async () => {
    const page = await eb.open(unique('/seed-article.html'));
    const probe = await openFromPopup(eb, page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
    expect(await probe.style(':host', 'position')).toBe('static');
    expect(await probe.style('.bar', 'display')).toBe('none');
    expect(await probe.style('.removed', 'display')).toBe('none');
    expect(await probe.box('.body')).not.toBeNull();
    const pdf = await page.pdf();
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
    await probe.detach();
  });

  it('restores a removed block and exports .txt, .md and .html with what is shown', async () => {
    const page = await eb.open(unique('/seed-article.html'));
    const probe = await openFromPopup(eb, page);
    await probe.click('.removed summary');
    const count = await probe.eval(function () {
      return this.querySelectorAll('[data-restore]:not([disabled])').length;
    });
    expect(count).toBeGreaterThan(0);
    const related = await probe.eval(function () {
      const li = [...this.querySelectorAll('.removed li')].find((l) => /related/i.test(l.textContent ?? '') && !l.querySelector('button')?.disabled);
      return li?.querySelector('button')?.getAttribute('data-restore') ?? null;
    });
    expect(related).not.toBeNull();
    await probe.click(`[data-restore="${related}"]`);
    expect(await probe.text(`[data-restore="${related}"]`)).toBe('Remove again'); // as in the popup: restore, then undo
    const restored = (await probe.text('.body [data-restored]')) ?? '';
    expect(restored.length).toBeGreaterThan(10);

    const files: Record<string, string> = {};
    for (const ext of ['txt', 'md', 'html']) {
      const dl = await download(() => probe.use(`[data-action="download-${ext}"]`));
      expect(dl.name).toBe(`Defections Challenge Hamas’ Cooperation With ISIS.${ext}`);
      files[ext] = dl.text;
    }
    expect(files.txt).toMatch(/^Title: Defections Challenge Hamas’ Cooperation With ISIS\nAuthor: Steven Emerson\nSite: The Algemeiner\n/);
    const flat = (t: string): string => t.replace(/\s+/g, ' ');
    expect(flat(files.txt)).toContain(SEED_SENTENCE);
    expect(flat(files.txt)).toContain(flat(restored.split('\n')[0]));
    expect(files.md).toMatch(/^---\ntitle: "Defections Challenge Hamas’ Cooperation With ISIS"\n/);
    expect(flat(files.md)).toContain(SEED_SENTENCE);
    expect(files.html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: data:; style-src 'unsafe-inline'">`);
    expect(flat(files.html.replace(/&nbsp;/g, ' '))).toContain(SEED_SENTENCE);
    expect(files.html).toContain('Related coverage'); // the restored block is exported too
    expect(files.html).not.toMatch(/<script|data-restored|\son\w+=/i);

    await probe.use('[data-action="copy-txt"]');
    await expect.poll(() => probe.text('.status')).toMatch(/^(Copied the text\.|Copying was blocked by the browser\.)$/);
    await page.keyboard.press('Escape');
    await probe.detach();
  });

  it('renders a right-to-left article right to left', async () => {
    const page = await eb.open(unique('/rtl.html'));
    const probe = await openFromPopup(eb, page);
    expect(await probe.attr('article', 'dir')).toBe('rtl');
    expect(await probe.attr('article', 'lang')).toBe('ar');
    expect(await probe.style('.body p', 'direction')).toBe('rtl');
    const title = await probe.box('h1.title');
    const article = await probe.box('article');
    // Right-aligned: the title ends at the article's right edge (minus padding), not its left.
    expect(article!.x + article!.width - (title!.x + title!.width)).toBeLessThan(30);
    await page.keyboard.press('Escape');
    await probe.detach();
  });

  it('says clearly when there is no article, and "Try anyway" works', async () => {
    const page = await eb.open(unique('/no-article.html'));
    const popup = await eb.clickAction(page);
    await popup.getByTestId('no-article').waitFor({ state: 'visible' });
    await popup.close();
    const probe = await openOverlay(eb, page);
    expect(await probe.text('.message p')).toBe("This page doesn't look like an article.");
    expect(await probe.eval(function () {
      return (this.querySelector('[data-action="copy-txt"]') as HTMLButtonElement).disabled;
    })).toBe(true);
    await probe.click('[data-action="try-anyway"]');
    await expect.poll(() => probe.text('.body')).toContain(SHORT_NOTE_SENTENCE);
    expect(await probe.text('h1.title')).toBe('Notice');
    await page.keyboard.press('Escape');
    await probe.detach();
  });

  it('registers the keyboard command that toggles the reader', async () => {
    // page.keyboard.press cannot fire extension commands; the command's handler is the same
    // background toggleReader the popup button used above.
    const commands = await eb.worker.evaluate(() => chrome.commands.getAll());
    const toggle = commands.find((c: { name: string }) => c.name === 'toggle-reader');
    expect(toggle).toMatchObject({ name: 'toggle-reader', description: 'Open or close the reader view' });
    // Chromium assigns the suggested key unless it uses it itself (it silently dropped Alt+Shift+R).
    expect(toggle.shortcut).toBe('Alt+Shift+U');
    const manifest = await eb.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.commands['toggle-reader'].suggested_key.default).toBe('Alt+Shift+U');
  });
});
