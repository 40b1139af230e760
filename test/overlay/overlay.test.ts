// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract';
import { DEFAULT_SETTINGS, type Settings } from '../../extension/shared/settings';
import type { ExtractReply } from '../../extension/shared/messages';
import { Overlay, HOST_TAG } from '../../extension/content/overlay/overlay';
import { safeFragment, safeHtml } from '../../extension/shared/sink';
import { exportFile } from '../../extension/content/overlay/export-file';
import { normalizeSettings } from '../../extension/content/settings';

/**
 * The overlay's DOM logic in jsdom (no layout, so focus order and styles are the browser tests'
 * job): what it adds to the page and takes away again, key isolation, Tab wrapping, restore,
 * settings and exports. The closed shadow root is reached by recording what attachShadow returns.
 */
const SEED = readFileSync(join(__dirname, '../../samples/seed-article.html'), 'utf8');
let shadows: ShadowRoot[] = [];
const realAttach = Element.prototype.attachShadow;

function loadSeed(): void {
  const doc = new DOMParser().parseFromString(SEED, 'text/html');
  document.documentElement.replaceWith(document.importNode(doc.documentElement, true));
}

function makeOverlay(settings: Partial<Settings> = {}) {
  const saved: Partial<Settings>[] = [];
  let current: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const overlay = new Overlay({
    safeFragment,
    safeHtml,
    extract: async (force) => {
      const result = extract(document, { url: 'https://www.algemeiner.com/x', force });
      return { result, markdown: null, url: 'https://www.algemeiner.com/x', ms: 1 } satisfies ExtractReply;
    },
    settings: async () => current,
    saveSettings: async (patch) => {
      saved.push(patch);
      current = { ...current, ...patch };
      return current;
    },
    openOptions: async () => undefined,
  });
  return { overlay, saved };
}

beforeEach(() => {
  shadows = [];
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    const root = realAttach.call(this, init);
    shadows.push(root);
    return root;
  };
  loadSeed();
});

afterEach(() => {
  Element.prototype.attachShadow = realAttach;
});

describe('reader overlay (jsdom)', () => {
  it('adds one host with a closed shadow root and takes everything away again on close', async () => {
    const input = document.querySelector<HTMLInputElement>('input.search-field')!;
    input.focus();
    const before = document.documentElement.outerHTML;
    const { overlay } = makeOverlay();
    await overlay.open();
    await overlay.open(); // idempotent
    expect(document.getElementsByTagName(HOST_TAG)).toHaveLength(1);
    expect(shadows).toHaveLength(1);
    expect(shadows[0].mode).toBe('closed');
    expect(document.getElementsByTagName(HOST_TAG)[0].parentNode).toBe(document.documentElement);
    expect(shadows[0].querySelector('h1.title')?.textContent).toBe('Defections Challenge Hamas’ Cooperation With ISIS');
    expect(document.activeElement?.localName).toBe(HOST_TAG);
    overlay.close();
    expect(overlay.isOpen).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.activeElement).toBe(input);
  });

  it('keeps keys from the page and closes on Esc', async () => {
    const seen: string[] = [];
    document.addEventListener('keydown', (e) => seen.push(e.key));
    window.addEventListener('keyup', (e) => seen.push(e.key));
    const { overlay } = makeOverlay();
    await overlay.open();
    const shadow = shadows[0];
    const buttons = [...shadow.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
    buttons.at(-1)!.focus();
    buttons.at(-1)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    buttons.at(-1)!.dispatchEvent(new KeyboardEvent('keyup', { key: 'j', bubbles: true, composed: true }));
    expect(seen).toEqual([]);
    buttons.at(-1)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(overlay.isOpen).toBe(false);
    expect(document.getElementsByTagName(HOST_TAG)).toHaveLength(0);
  });

  it('shows the removals, restores one into the article once, and saves toolbar settings', async () => {
    const { overlay, saved } = makeOverlay({ theme: 'sepia' });
    await overlay.open();
    const shadow = shadows[0];
    const root = shadow.querySelector<HTMLElement>('.root')!;
    expect(root.dataset.theme).toBe('sepia');
    expect(shadow.querySelector('.removed summary')?.textContent).toMatch(/^Removed: \d+ /);
    const restore = [...shadow.querySelectorAll<HTMLButtonElement>('[data-restore]')].find((b) => !b.disabled)!;
    restore.click();
    expect(restore.disabled).toBe(true);
    expect(shadow.querySelectorAll('.body [data-restored]')).toHaveLength(1);
    shadow.querySelector<HTMLButtonElement>('[data-set-theme="dark"]')!.click();
    shadow.querySelector<HTMLButtonElement>('[data-action="larger"]')!.click();
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.getPropertyValue('--size')).toBe('20');
    expect(saved).toEqual([{ theme: 'dark' }, { fontSize: 20 }]);
    overlay.close();
  });

  it('renders page strings as text only', async () => {
    const para = '<p>' + 'A sentence of the article that goes on for a while to make a paragraph. '.repeat(8) + '</p>';
    const evil = new DOMParser().parseFromString(
      `<html><head><title>&lt;img src=x onerror=alert(1)&gt; Title</title><meta name="author" content="&lt;b onclick=alert(1)&gt;Bob&lt;/b&gt;"></head><body><article>${para.repeat(6)}</article></body></html>`,
      'text/html',
    );
    document.documentElement.replaceWith(document.importNode(evil.documentElement, true));
    const { overlay } = makeOverlay();
    await overlay.open();
    const shadow = shadows[0];
    expect(shadow.querySelector('h1.title')!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(shadow.querySelector('img[onerror]')).toBeNull();
    // The byline clean-up may trim what follows the name; what is left must still be text.
    expect(shadow.querySelector('.meta .byline')?.textContent).toContain('<b onclick=alert(');
    expect(shadow.querySelectorAll('script, b, iframe, [onerror], [onclick]')).toHaveLength(0);
    overlay.close();
  });
});

describe('overlay exports and settings', () => {
  it('builds the three files with safe names', () => {
    loadSeed();
    const r = extract(document, { url: 'https://www.algemeiner.com/x' });
    if (!r.ok) throw new Error(r.error.message);
    const txt = exportFile(r.article, '# md', 'txt', 'https://www.algemeiner.com/x', true);
    expect(txt.name).toBe('Defections Challenge Hamas’ Cooperation With ISIS.txt');
    expect(txt.text).toMatch(/^Title: Defections/);
    expect(exportFile(r.article, '# md', 'md', 'https://www.algemeiner.com/x', false).text).toBe('# md\n');
    const html = exportFile(r.article, '', 'html', 'https://www.algemeiner.com/x', true);
    expect(html.type).toBe('text/html;charset=utf-8');
    expect(html.text).toContain('Content-Security-Policy');
  });

  it('falls back to defaults for stored values of the wrong shape', () => {
    expect(normalizeSettings({ theme: 'neon', fontSize: 500, lineWidth: '60', font: 'sans', rules: 'x' })).toEqual({ ...DEFAULT_SETTINGS, font: 'sans', fontSize: 32 });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});
