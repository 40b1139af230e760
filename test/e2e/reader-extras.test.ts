import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { SAMPLES } from '../../scripts/browser/paths';
import { startServer, type StaticServer } from '../../scripts/browser/server';
import { ExtensionWorld, recordScripts, SPEECH_STUB } from './reader/isolated';
import { openFromPopup } from './reader/open';
import { HEADINGS, HEADINGS_HTML } from '../../scripts/browser/pages';
import type { OverlayProbe } from '../../scripts/browser/overlay-probe';

/**
 * The reader's table of contents and read aloud, in real Chromium with the built extension. Both
 * are separate scripts the background injects on first use: the tests check that they are not run
 * before. Read aloud runs against a stand-in `speechSynthesis` in the extension's world
 * (reader/isolated.ts) whose events the test fires, so the order of events is the test's.
 */
let eb: ExtensionBrowser;
let server: StaticServer;
let n = 0;

beforeAll(async () => {
  server = await startServer([SAMPLES], { '/headings.html': HEADINGS_HTML });
  eb = await launchChromium();
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; probe: OverlayProbe; scripts: string[]; stop: () => Promise<void> }> {
  const page = await eb.open(server.url(`${path}?x=${++n}`));
  const rec = await recordScripts(page, eb.extensionId);
  const probe = await openFromPopup(eb, page);
  return { page, probe, scripts: rec.scripts, stop: rec.stop };
}

describe('table of contents', () => {
  it('shows for articles with three or more headings, loads on first use, jumps, and marks the heading being read', async () => {
    const { page, probe, scripts, stop } = await open('/headings.html');
    expect(await probe.box('[data-action="contents"]')).not.toBeNull();
    expect(scripts).toContain('content-exports.js');
    expect(scripts).not.toContain('content-toc.js');
    await probe.click('[data-action="contents"]');
    await expect.poll(() => probe.box('nav.toc')).not.toBeNull();
    expect(scripts.filter((s) => s === 'content-toc.js')).toHaveLength(1);
    expect(scripts).not.toContain('content-speech.js');
    expect(await probe.attr('[data-action="contents"]', 'aria-expanded')).toBe('true');
    const outline = await probe.eval(function () {
      return [...this.querySelectorAll('nav.toc button')].map((b) => ({ text: b.textContent, depth: b.closest('ul ul') ? 2 : 1 }));
    });
    expect(outline.map((o) => o.text)).toEqual(HEADINGS);
    expect(outline.map((o) => o.depth)).toEqual([1, 2, 1, 1, 1]); // the h3 sits under the h2 before it
    expect(await probe.attr('nav.toc button[data-heading="0"]', 'aria-current')).toBe('location');

    // A jump: the heading comes to the top of the reading area, is marked, and has the focus.
    await probe.click('nav.toc button[data-heading="3"]');
    const placed = await probe.eval(function (name) {
      const s = this.querySelector('.scroller')!.getBoundingClientRect();
      const h = [...this.querySelectorAll('.body h2, .body h3')].find((e) => e.textContent === name)!;
      return { offset: h.getBoundingClientRect().top - s.top, focused: this.activeElement === h };
    }, HEADINGS[3]);
    expect(Math.abs(placed.offset)).toBeLessThan(40);
    expect(placed.focused).toBe(true);
    expect(await probe.attr('nav.toc button[data-heading="3"]', 'aria-current')).toBe('location');

    // Scrolling moves the mark: the end of the article reads "Outlook", the top the first heading.
    await probe.eval(function () {
      const s = this.querySelector('.scroller')!;
      s.scrollTop = s.scrollHeight;
    });
    await expect.poll(() => probe.attr('nav.toc button[data-heading="4"]', 'aria-current')).toBe('location');
    await probe.eval(function () {
      this.querySelector('.scroller')!.scrollTop = 0;
    });
    await expect.poll(() => probe.attr('nav.toc button[data-heading="0"]', 'aria-current')).toBe('location');
    expect(await probe.attr('nav.toc button[data-heading="4"]', 'aria-current')).toBeNull();

    // The button hides the outline again; a heading's focus left no attribute in the article.
    await probe.click('[data-action="contents"]');
    expect(await probe.box('nav.toc')).toBeNull();
    expect(await probe.eval(function () {
      return this.querySelectorAll('.body [tabindex]').length;
    })).toBe(0);
    await page.keyboard.press('Escape');
    await probe.detach();
    await stop();
  });

  it('is not offered for an article with fewer than three headings', async () => {
    const { page, probe, scripts, stop } = await open('/seed-article.html');
    expect(await probe.box('[data-action="contents"]')).toBeNull();
    await page.keyboard.press('Escape');
    expect(scripts).not.toContain('content-toc.js');
    expect(scripts).not.toContain('content-speech.js');
    await probe.detach();
    await stop();
  });
});

describe('read aloud', () => {
  interface Call {
    call: string;
    text?: string;
    rate?: number;
    voice?: string | null;
    lang?: string;
  }

  it('reads block by block with a local voice for the article’s language, highlights and follows, pauses, changes speed, and stops on Esc', async () => {
    const { page, probe, scripts, stop } = await open('/headings.html');
    const world = await ExtensionWorld.of(page, eb.extensionId);
    expect(await world.evaluate(SPEECH_STUB)).toBe(true);
    const log = () => world.evaluate<Call[]>('__tts.log.slice()');
    const fire = (type: string, init: Record<string, unknown> = {}) => world.evaluate<boolean>(`__tts.fire(${JSON.stringify(type)}, ${JSON.stringify(init)})`);
    const speaking = () => probe.eval(function () {
      const el = this.querySelector('[data-speaking]');
      return el ? { text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), count: this.querySelectorAll('[data-speaking]').length } : null;
    });

    expect(scripts).not.toContain('content-speech.js');
    await probe.click('[data-action="read-aloud"]');
    await expect.poll(log, { message: `status: ${await probe.text('.status')}` }).toHaveLength(1);
    expect(scripts.filter((s) => s === 'content-speech.js')).toHaveLength(1);
    expect(await probe.attr('[data-action="read-aloud"]', 'aria-expanded')).toBe('true');
    // Only local voices, those for the article's language (en-US) first: no French, no network voice.
    const voices = await probe.eval(function () {
      return [...this.querySelectorAll('[data-action="speech-voice"] option')].map((o) => o.textContent);
    });
    expect(voices).toEqual(['Test English (en-US)', 'Test English GB (en-GB)']);
    let calls = await log();
    expect(calls[0]).toMatchObject({ call: 'speak', text: 'Defections Challenge Hamas’ Cooperation With ISIS', rate: 1, voice: 'Test English', lang: 'en-US' });
    expect(await speaking()).toEqual({ text: 'Defections Challenge Hamas’ Cooperation With ISIS', count: 1 });

    // Each block's end starts the next, and the highlight moves with it.
    await fire('start');
    await fire('end');
    await expect.poll(log).toHaveLength(2);
    calls = await log();
    expect(calls[1].call).toBe('speak');
    expect((await speaking())?.text).toBe(calls[1].text);
    for (let i = 0; i < 8; i++) {
      const before = (await log()).length;
      await fire('end');
      await expect.poll(async () => (await log()).length).toBe(before + 1);
    }
    calls = await log();
    const current = calls[calls.length - 1].text!;
    expect((await speaking())?.text).toBe(current);
    // Kept in view: the block being read is inside the reading area (scrolling may be smooth).
    await expect.poll(() => probe.eval(function () {
      const s = this.querySelector('.scroller')!.getBoundingClientRect();
      const r = this.querySelector('[data-speaking]')!.getBoundingClientRect();
      return r.top >= s.top && r.bottom <= s.bottom;
    })).toBe(true);
    expect(await probe.eval(function () {
      return this.querySelector('.scroller')!.scrollTop;
    })).toBeGreaterThan(0);

    // Pause after a word boundary, then play: it goes on from that word.
    await fire('boundary', { charIndex: 10, name: 'word' });
    await probe.click('[data-action="speech-play"]');
    expect(await probe.text('[data-action="speech-play"]')).toBe('Play');
    await probe.click('[data-action="speech-play"]');
    await expect.poll(async () => (await log()).length).toBe(calls.length + 2);
    const resumed = (await log()).slice(calls.length);
    expect(resumed.map((c) => c.call)).toEqual(['cancel', 'speak']);
    expect(resumed[1].text).toBe(current.slice(10));
    // The late `end` the stand-in fires for a cancelled utterance moved nothing.
    expect((await speaking())?.text).toBe(current);

    // A new speed goes on from the same place at that speed.
    await probe.eval(function () {
      const select = this.querySelector('[data-action="speech-rate"]') as HTMLSelectElement;
      select.value = '1.5';
      select.dispatchEvent(new Event('change'));
    });
    await expect.poll(async () => (await log()).at(-1)).toMatchObject({ call: 'speak', rate: 1.5, text: current.slice(10) });

    // Esc closes the reader, and the speech stops: a cancel, and nothing spoken after it.
    const before = (await log()).length;
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.getElementsByTagName('tidy-reader-overlay').length === 0);
    const after = (await log()).slice(before);
    expect(after).toEqual([{ call: 'cancel' }]);
    expect(await fire('end')).toBe(false);
    await world.detach();
    await probe.detach();
    await stop();
  });
});
