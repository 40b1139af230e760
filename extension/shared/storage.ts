import browser from './browser';
import { normalizeSettings, SETTINGS_KEY, settingsStore, type Settings } from './settings';

export { MAX_RULES, normalizeRule, normalizeSettings } from './settings';

/** Reading and writing the settings from the popup and options pages (through the polyfill). */

export const { loadSettings, saveSettings } = settingsStore(() => browser.storage.local);

/** Call `fn` whenever the settings change in any context. Returns a function that stops it. */
export function onSettingsChanged(fn: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && SETTINGS_KEY in changes) fn(normalizeSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
