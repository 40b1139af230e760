import browser from './browser';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_KEY, type Settings } from './settings';

export { MAX_RULES, normalizeRule, normalizeSettings } from './settings';

/** Reading and writing the settings from the popup and options pages (through the polyfill). */

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    return normalizeSettings(got[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS, rules: [] };
  }
}

/** Merge `patch` into the stored settings and return what was saved. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Call `fn` whenever the settings change in any context. Returns a function that stops it. */
export function onSettingsChanged(fn: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && SETTINGS_KEY in changes) fn(normalizeSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
