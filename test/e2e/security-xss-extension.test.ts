import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import type { Page } from 'playwright-core';
import { downloadFrom, launchChromium, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { OverlayProbe } from '../../scripts/browser/overlay-probe';
import { checkHtml, checkMarkdown } from '../security/check';
import { loadVectors, SKIP_MESSAGE } from '../security/vectors';

/**
 * Threat 1 through the real extension in Chromium: every corpus vector, planted in article pages
 * (batches of BATCH vectors between real paragraphs, plus vectors that set a script-side flag),
 * is extracted by a real toolbar click. Checked: the popup (no dialog, no flag, rendered DOM passes
 * the sanitizer check), the reader overlay (its closed shadow root's article passes the check),
 * and each export opened as a page — .html as downloaded and again with its CSP meta removed (so
 * the content itself is shown inert, not only walled in), .md rendered by a CommonMark renderer
 * with raw HTML on, .txt as text — with alert/confirm/prompt/print hooked and dialogs watched.
 */
const vectors = loadVectors();
const BATCH = 25;
const PARA = (i: number): string =>
  `<p>Paragraph ${i}: the council met on Tuesday to discuss the delayed bridge, and residents filled the hall to hear the engineers explain why the foundations had settled, what it would cost, and when the deck would open to traffic.</p>`;
const FLAG_VECTORS = [
  '<img src="x" onerror="window.__tidyFlag=(window.__tidyFlag||0)+1">',
  '<svg onload="window.__tidyFlag=(window.__tidyFlag||0)+1"></svg>',
  '<a href="javascript:window.__tidyFlag=1" id="flaglink">flag link</a>',
  '<details open ontoggle="window.__tidyFlag=1"><summary>s</summary>d</details>',
  '<iframe srcdoc="<script>parent.__tidyFlag=1</script>"></iframe>',
  '<script>window.__tidyFlag=1</script>',
  '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="window.__tidyFlag=1">',
  '<video><source onerror="window.__tidyFlag=1"></video>',
  '<body onload="window.__tidyFlag=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__tidyFlag=1">',
];
const HOOKS = `window.__tidyExec = [];
for (const f of ['alert', 'confirm', 'prompt', 'print']) window[f] = function () { window.__tidyExec.push(f); };`;

function batchPage(i: number, payloads: string[]): string {
  const body = payloads.map((p, j) => `${PARA(j)}<div class="vector">${p}</div>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>XSS batch ${i}</title></head><body>
<article><h1>XSS batch ${i}</h1>${PARA(100)}${body}${FLAG_VECTORS.map((f, j) => `${PARA(200 + j)}<div>${f}</div>`).join('\n')}
<div class="share-bar">Share this ${payloads.slice(0, 3).join('')}</div>${PARA(300)}</article></body></html>`;
}

const md = new MarkdownIt({ html: true });
const figures = { vectors: 0, batches: 0, popups: 0, overlays: 0, exportPages: 0, dialogs: 0, hookCalls: 0, flags: 0 };

describe.skipIf(!vectors)('XSS corpus through the real extension (Chromium)', () => {
  if (!vectors) {
    it.skip(SKIP_MESSAGE, () => undefined);
    return;
  }
  let eb: ExtensionBrowser;
  let server: StaticServer;
  const batches: string[][] = [];
  for (let i = 0; i < vectors.length; i += BATCH) batches.push(vectors.slice(i, i + BATCH).map((v) => v.payload));

  beforeAll(async () => {
    // The article pages carry `script-src 'none'` and `frame-src 'none'`: their own live vectors
    // would otherwise alert, steal focus or navigate while the test drives the tab (it is the
    // page's own content; with its frames loading, batch 7's popup closed before it showed the
    // article in 3 runs of 3, on the esbuild build as on the Vite one). What
    // the extension renders is checked in its own contexts (popup, exports) and in the overlay DOM.
    server = await startServer(
      [],
      Object.fromEntries(batches.map((b, i) => [`/xss-${i}.html`, { body: batchPage(i, b), headers: { 'content-security-policy': "script-src 'none'; frame-src 'none'" } }])),
    );
    eb = await launchChromium();
    await eb.context.addInitScript(HOOKS);
  });
  afterAll(async () => {
    console.log('[security] extension XSS run (Chromium):', JSON.stringify(figures));
    await eb?.close();
    await server?.close();
  });

  /** Open `html` as a page of its own on 127.0.0.1 and report what ran. */
  async function openAsPage(path: string, body: string, contentType: string): Promise<string[]> {
    server.route(path, { body, contentType });
    const page = await eb.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.dismiss().catch(() => {});
    });
    try {
      await page.goto(server.url(path), { waitUntil: 'load' });
      // Give handlers queued by the load (onerror, ontoggle, animation) one more task to run.
      await page.evaluate(() => new Promise((ok) => setTimeout(ok, 0)));
      const ran = await page.evaluate(() => {
        const w = window as unknown as { __tidyExec?: string[]; __tidyFlag?: number };
        return [...(w.__tidyExec ?? []), ...(w.__tidyFlag ? ['flag'] : [])];
      });
      figures.exportPages++;
      return [...dialogs.map((d) => `dialog:${d}`), ...ran];
    } finally {
      await page.close();
    }
  }

  batches.forEach((batch, i) => {
    it(`batch ${i + 1}/${batches.length}: ${batch.length} vectors — popup, overlay, exports`, async () => {
      const page: Page = await eb.open(server.url(`/xss-${i}.html`));
      try {
        const popup = await eb.clickAction(page);
        const popupDialogs: string[] = [];
        popup.on('dialog', (d) => {
          popupDialogs.push(d.type());
          void d.dismiss().catch(() => {});
        });
        await popup.waitForSelector('body[data-state="article"], body[data-state="no-article"]');
        if ((await popup.evaluate(() => document.body.dataset.state)) === 'no-article') {
          await popup.getByTestId('try-anyway').click();
          await popup.waitForSelector('body[data-state="article"]');
        }
        figures.popups++;
        // Popup: what it rendered, and whether anything ran there.
        const rendered = await popup.evaluate(() => document.querySelector('[data-testid="article-body"]')!.innerHTML);
        expect(rendered.length).toBeGreaterThan(500);
        expect(checkHtml(rendered)).toEqual([]);
        const popupRan = await popup.evaluate(() => (window as unknown as { __tidyFlag?: number }).__tidyFlag ?? 0);

        // Exports, through the popup's real download path.
        const html = await downloadFrom(popup, () => popup.click('[data-testid="download-html"]'));
        const markdown = await downloadFrom(popup, () => popup.click('[data-testid="download-md"]'));
        const text = await downloadFrom(popup, () => popup.click('[data-testid="download-txt"]'));
        expect(html.content).toContain('Content-Security-Policy');
        expect(checkMarkdown(markdown.content)).toEqual([]);
        // Overlay: the popup's "Open reader view", then read the closed shadow root.
        await popup.getByTestId('open-reader').click();
        await page.waitForFunction(() => document.getElementsByTagName('tidy-reader-overlay').length === 1);
        const probe = await OverlayProbe.find(page);
        expect(probe).not.toBeNull();
        const overlayHtml = await probe!.eval(function () {
          return (this.querySelector('.body') as HTMLElement | null)?.innerHTML ?? '';
        });
        await probe!.detach();
        figures.overlays++;
        expect(overlayHtml.length).toBeGreaterThan(500);
        expect(checkHtml(overlayHtml)).toEqual([]);

        // Last, since focusing another tab closes the action popup.
        const ran = [
          ...(await openAsPage(`/export-${i}.html`, html.content, 'text/html; charset=utf-8')),
          ...(await openAsPage(`/export-${i}-no-csp.html`, html.content.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''), 'text/html; charset=utf-8')),
          ...(await openAsPage(`/export-${i}-md.html`, `<!DOCTYPE html><meta charset="utf-8"><body>${md.render(markdown.content)}</body>`, 'text/html; charset=utf-8')),
          ...(await openAsPage(`/export-${i}.txt`, text.content, 'text/plain; charset=utf-8')),
        ];

        figures.vectors += batch.length;
        figures.batches++;
        figures.dialogs += popupDialogs.length + ran.filter((r) => r.startsWith('dialog:')).length;
        figures.hookCalls += ran.filter((r) => !r.startsWith('dialog:') && r !== 'flag').length;
        figures.flags += popupRan + ran.filter((r) => r === 'flag').length;
        expect(popupDialogs).toEqual([]);
        expect(popupRan).toBe(0);
        expect(ran).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });

  it('the hooks and the flag do catch execution (control)', async () => {
    // Without the pipeline: the raw flag vectors and an alert, opened as a page, are caught.
    const ran = await openAsPage('/control.html', `<!DOCTYPE html><body>${FLAG_VECTORS[0]}<img src=x onerror="alert(1)"></body>`, 'text/html');
    expect(ran).toContain('alert');
    expect(ran).toContain('flag');
  });
});
