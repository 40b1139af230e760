// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../../../src/index';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings, type SettingsStorage } from '../../../../extension/shared/settings';
import type { ArticleReply } from '../../../../extension/shared/protocol';
import { Overlay, HOST_TAG } from '../../../../extension/content/overlay/overlay';
import { safeFragment } from '../../../../extension/shared/sink';
import { exportButtons } from '../../../../extension/shared/ui/export-buttons';
import { RestorableArticle } from '../../../../extension/shared/ui/restorable-article';

/**
 * The overlay's DOM logic in jsdom (no layout, so focus order and styles are the browser tests'
 * job): what it adds to the page and takes away again, key isolation, Tab wrapping, restore,
 * settings and exports. The closed shadow root is reached by recording what attachShadow returns.
 */
const SEED = readFileSync(join(__dirname, '../../../../samples/seed-article.html'), 'utf8');
let shadows: ShadowRoot[] = [];
const realAttach = Element.prototype.attachShadow;

function loadSeed(): void {
  const doc = new DOMParser().parseFromString(SEED, 'text/html');
  document.documentElement.replaceWith(document.importNode(doc.documentElement, true));
}

function makeOverlay(settings: Partial<Settings> = {}) {
  const saved: Partial<Settings>[] = [];
  let stored: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const listeners = new Set<(changes: Record<string, { newValue?: unknown }>, area: string) => void>();
  const storage: SettingsStorage = {
    local: {
      get: async () => ({ [SETTINGS_KEY]: stored }),
      set: async (items) => {
        const next = items[SETTINGS_KEY] as Settings;
        saved.push(Object.fromEntries(Object.entries(next).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(stored[k as keyof Settings]))));
        stored = next;
        for (const l of listeners) l({ [SETTINGS_KEY]: { newValue: next } }, 'local');
      },
    },
    onChanged: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
  };
  const overlay = new Overlay({
    safeFragment,
    extract: async (force) => {
      const result = extract(document, { url: 'https://www.algemeiner.com/x', force });
      return { result, url: 'https://www.algemeiner.com/x', ms: 1 } satisfies ArticleReply;
    },
    storage,
    openOptions: async () => undefined,
    loadModule: async () => undefined,
  });
  /** Another context (options page, another tab) changing the settings. */
  const changeElsewhere = (patch: Partial<Settings>) => void storage.local.set({ [SETTINGS_KEY]: { ...stored, ...patch } });
  return { overlay, saved, listeners, changeElsewhere };
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

  it('shows the removals, restores one into the article and takes it out again, and saves toolbar settings', async () => {
    const { overlay, saved, listeners, changeElsewhere } = makeOverlay({ theme: 'sepia' });
    await overlay.open();
    const shadow = shadows[0];
    const root = shadow.querySelector<HTMLElement>('.root')!;
    expect(root.dataset.theme).toBe('sepia');
    expect(shadow.querySelector('.removed summary')?.textContent).toMatch(/^Removed: \d+ /);
    shadow.querySelector<HTMLElement>('.removed summary')!.click(); // the list's items are made on first open
    const restore = [...shadow.querySelectorAll<HTMLButtonElement>('[data-restore]')].find((b) => !b.disabled)!;
    restore.click();
    // Restored once: the button now undoes it (as in the popup), and the block is in the article.
    expect(restore.textContent).toBe('Remove again');
    expect(shadow.querySelectorAll('.body [data-restored]')).toHaveLength(1);
    expect(shadow.querySelector('.status')?.textContent).toMatch(/^Restored the .+ into the article\.$/);
    restore.click();
    expect(restore.textContent).toBe('Restore');
    expect(shadow.querySelectorAll('.body [data-restored]')).toHaveLength(0);
    shadow.querySelector<HTMLButtonElement>('[data-set-theme="dark"]')!.click();
    shadow.querySelector<HTMLButtonElement>('[data-action="larger"]')!.click();
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.getPropertyValue('--size')).toBe('21');
    await expect.poll(() => saved).toEqual([{ theme: 'dark' }, { fontSize: 21 }]);
    // A change made elsewhere restyles the open reader; once closed, it stops listening.
    changeElsewhere({ font: 'sans' });
    await expect.poll(() => root.dataset.font).toBe('sans');
    overlay.close();
    expect(listeners.size).toBe(0);
  });

  it('opens with the restores and "Try anyway" the popup handed over', async () => {
    const { overlay } = makeOverlay();
    const r = extract(document, { url: 'https://www.algemeiner.com/x' });
    if (!r.ok) throw new Error(r.error.message);
    const ids = r.article.removed.filter((x) => x.html).map((x) => x.id).slice(0, 2);
    expect(ids.length).toBeGreaterThan(0);
    await overlay.open({ restored: [...ids, 9999], force: false });
    const shadow = shadows[0];
    expect([...shadow.querySelectorAll('.body [data-restored]')].map((e) => Number(e.getAttribute('data-restored'))).sort()).toEqual([...ids].sort());
    shadow.querySelector<HTMLElement>('.removed summary')!.click();
    for (const id of ids) expect(shadow.querySelector(`[data-restore="${id}"]`)?.textContent).toBe('Remove again');
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

describe('the reader and the popup behave the same', () => {
  it('Copy text and Copy Markdown copy the same as the popup\'s, restores and header included', async () => {
    const copied: string[] = [];
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    try {
      const r = extract(document, { url: 'https://www.algemeiner.com/x' });
      if (!r.ok) throw new Error(r.error.message);
      const ids = [r.article.removed.find((x) => x.kind === 'related')!.id];
      // The popup's pieces, as popup/index.ts wires them.
      const view = new RestorableArticle(r.article, document.createElement('div'), safeFragment, ids);
      const popup = exportButtons(document, {
        source: () => view.current(), url: () => 'https://www.algemeiner.com/x', includeMetadata: () => true, parent: document.body, say: () => undefined,
      });
      popup.copy[0].click();
      popup.copy[1].click();
      await expect.poll(() => copied.length).toBe(2);
      const fromPopup = copied.splice(0);

      const { overlay } = makeOverlay();
      await overlay.open({ restored: ids });
      const shadow = shadows[0];
      shadow.querySelector<HTMLButtonElement>('[data-action="copy-txt"]')!.click();
      await expect.poll(() => copied.length).toBe(1);
      shadow.querySelector<HTMLButtonElement>('[data-action="copy-md"]')!.click();
      await expect.poll(() => copied.length).toBe(2);
      expect(copied).toEqual(fromPopup);
      expect(copied[0]).toMatch(/^Title: Defections/);
      expect(copied[0]).toContain('The Americans, the Kurds');
      expect(shadow.querySelector('.status')?.textContent).toBe('Copied the Markdown.');
      overlay.close();
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });
});
