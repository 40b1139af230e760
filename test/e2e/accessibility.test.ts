import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { SAMPLES } from '../../scripts/browser/paths';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { axeOverlay, axePage, describeReport, severe, type AxeReport } from './a11y/axe';
import { OverlayProbe } from '../../scripts/browser/overlay-probe';

/**
 * axe-core over the popup, the reader overlay in each theme and the options page, in real
 * Chromium with the built extension: no violation of serious or critical impact. Each report is
 * printed (counts by impact), so a run shows what is left of lesser impact too.
 */
let eb: ExtensionBrowser;
let server: StaticServer;
let n = 0;

beforeAll(async () => {
  server = await startServer([SAMPLES]);
  eb = await launchChromium();
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

function check(where: string, r: AxeReport): void {
  console.log(describeReport(where, r));
  expect(severe(r).map((v) => `${v.id} (${v.nodes.length})`), where).toEqual([]);
}

async function seedPopup(): Promise<{ page: Page; popup: Page }> {
  const page = await eb.open(server.url(`/seed-article.html?a11y=${++n}`));
  const popup = await eb.clickAction(page);
  await popup.waitForSelector('body[data-state="article"]');
  return { page, popup };
}

describe('accessibility (axe-core, Chromium)', () => {
  it('the popup on an article, with the Removed list open', async () => {
    const { page, popup } = await seedPopup();
    await popup.click('[data-testid="removed-summary"]');
    check('the popup', await axePage(popup));
    await popup.close();
    await page.close();
  });

  it('the options page', async () => {
    const options = await eb.open(eb.extensionUrl('options.html'));
    await options.waitForSelector('[data-testid="rule-form"]');
    check('the options page', await axePage(options));
    await options.close();
  });

  for (const theme of ['light', 'sepia', 'dark'] as const) {
    it(`the reader overlay, ${theme} theme`, async () => {
      await eb.setStorage({ settings: { theme } });
      try {
        const { page, popup } = await seedPopup();
        await popup.click('[data-testid="open-reader"]');
        await page.waitForFunction(() => document.getElementsByTagName('tidy-reader-overlay').length === 1);
        const probe = (await OverlayProbe.find(page))!;
        expect(await probe.attr('.root', 'data-theme')).toBe(theme);
        await probe.eval(function () {
          (this.querySelector('.removed') as HTMLDetailsElement | null)?.setAttribute('open', '');
        });
        check(`the overlay (${theme})`, await axeOverlay(probe));
        await page.keyboard.press('Escape');
        await probe.detach();
        await page.close();
      } finally {
        await eb.setStorage({ settings: {} });
      }
    });
  }
});
