import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, normalizeRules, normalizeSettings, settingsStore, SETTINGS_KEY, type SettingsStorage } from '../../../extension/shared/settings';
import { EXPORT_FORMAT_IDS } from '../../../src/index';

/** What every context reads from storage: normalised field by field, never a broken page. */
describe('stored settings', () => {
  test('anything unusable falls back to the default, field by field', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('junk')).toEqual(DEFAULT_SETTINGS);
    const s = normalizeSettings({ theme: 'neon', font: 'sans', fontSize: 500, lineWidth: Number.NaN, exportFormat: 'pdf', includeMetadata: 'yes', rules: 'no' });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, font: 'sans', fontSize: 32 });
  });

  test('rules keep only well-formed entries', () => {
    const s = normalizeSettings({
      rules: [{ selector: '.a' }, { pattern: 'x', site: 'Example.COM' }, { selector: '.a', pattern: 'both' }, {}, null, 'str', { selector: '   ' }, { selector: 'y'.repeat(2000) }],
    });
    expect(s.rules).toEqual([{ selector: '.a' }, { pattern: 'x', site: 'example.com' }]);
  });
});

describe('stored settings (from the reader overlay tests)', () => {
  test('falls back to defaults for stored values of the wrong shape', () => {
    expect(normalizeSettings({ theme: 'neon', fontSize: 500, lineWidth: '60', font: 'sans', rules: 'x' })).toEqual({ ...DEFAULT_SETTINGS, font: 'sans', fontSize: 32 });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  test('the export format is any id of the export registry, nothing else', () => {
    for (const id of EXPORT_FORMAT_IDS) expect(normalizeSettings({ exportFormat: id }).exportFormat).toBe(id);
    expect(normalizeSettings({ exportFormat: 'markdown' }).exportFormat).toBe(DEFAULT_SETTINGS.exportFormat);
  });

  test('the content script reads the rules alone, with the same normalising', () => {
    expect(normalizeRules([{ selector: '.a' }, { selector: '.a', pattern: 'both' }, 7])).toEqual([{ selector: '.a' }]);
    expect(normalizeRules(undefined)).toEqual([]);
  });
});

describe('settingsStore', () => {
  function fakeStorage(initial: Record<string, unknown> = {}) {
    const data: Record<string, unknown> = { ...initial };
    const listeners = new Set<(changes: Record<string, { newValue?: unknown }>, area: string) => void>();
    const storage: SettingsStorage = {
      local: {
        get: async (key) => (key in data ? { [key]: data[key] } : {}),
        set: async (items) => {
          Object.assign(data, items);
          for (const l of listeners) l(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), 'local');
        },
      },
      onChanged: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
    };
    return { storage, data, listeners };
  }

  test('saving merges a patch into what is stored, normalised', async () => {
    const { storage, data } = fakeStorage({ [SETTINGS_KEY]: { theme: 'dark', rules: [{ selector: '.x' }] } });
    const store = settingsStore(() => storage);
    expect(await store.saveSettings({ fontSize: 999 })).toMatchObject({ theme: 'dark', fontSize: 32, rules: [{ selector: '.x' }] });
    expect(data[SETTINGS_KEY]).toMatchObject({ theme: 'dark', fontSize: 32 });
  });

  test('unreadable storage gives the defaults', async () => {
    const storage = { ...fakeStorage().storage, local: { get: () => Promise.reject(new Error('gone')), set: async () => undefined } };
    expect(await settingsStore(() => storage).loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('follows changes to the settings key in storage.local, until stopped', async () => {
    const { storage, listeners } = fakeStorage();
    const store = settingsStore(() => storage);
    const seen: string[] = [];
    const stop = store.onSettingsChanged((s) => seen.push(s.theme));
    await store.saveSettings({ theme: 'sepia' });
    for (const l of listeners) l({ other: { newValue: 1 } }, 'local');
    for (const l of listeners) l({ [SETTINGS_KEY]: { newValue: { theme: 'dark' } } }, 'sync');
    stop();
    await store.saveSettings({ theme: 'light' });
    expect(seen).toEqual(['sepia']);
    expect(listeners.size).toBe(0);
  });
});

describe('settingsStore saves', () => {
  test('two saves in quick succession both land (the second does not undo the first)', async () => {
    let data: Record<string, unknown> = {};
    const slow = () => new Promise((r) => setTimeout(r, 5));
    const storage: SettingsStorage = {
      local: {
        get: async (key) => (await slow(), key in data ? { [key]: data[key] } : {}),
        set: async (items) => void (await slow(), (data = { ...data, ...items })),
      },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    };
    const store = settingsStore(() => storage);
    await Promise.all([store.saveSettings({ theme: 'dark' }), store.saveSettings({ fontSize: 20 })]);
    expect(await store.loadSettings()).toMatchObject({ theme: 'dark', fontSize: 20 });
  });
});

describe('learned rules in the settings', () => {
  const good = { site: 'citynews.example', action: 'remove', block: { tag: 'section', anchor: { tag: 'article', attr: null }, path: [], attrs: [], label: 'corrections' }, fingerprint: ['corrections'], created: '2026-01-02T03:04:05.000Z', enabled: true };

  test('keeps the good ones and drops what this version cannot read', () => {
    expect(normalizeSettings({ learned: [good, { ...good, action: 'hide' }, 'junk', { ...good, site: 'no host' }] }).learned).toEqual([good]);
    expect(normalizeSettings({ learned: 'x' }).learned).toEqual([]);
  });
});
