import { api } from './api';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_KEY, type Settings } from '../shared/settings';

/** The content script's settings I/O, through its own `api` (no polyfill in the page's bundle). */

export { normalizeSettings };

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await api.storage.local.get(SETTINGS_KEY);
    return normalizeSettings(got[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS, rules: [] };
  }
}

/** Read-modify-write of a few fields, so a change here never drops what other contexts stored. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const got = await api.storage.local.get(SETTINGS_KEY);
  const raw = got[SETTINGS_KEY] && typeof got[SETTINGS_KEY] === 'object' ? (got[SETTINGS_KEY] as object) : {};
  const next = { ...raw, ...patch };
  await api.storage.local.set({ [SETTINGS_KEY]: next });
  return normalizeSettings(next);
}
