import { api } from './api';
import { DEFAULT_SETTINGS, LIMITS, SETTINGS_KEY, type Settings } from '../shared/settings';

/**
 * The content script's view of the user's settings: whatever is stored, over the defaults, with
 * out-of-range or mistyped values replaced by the default (storage is shared with other contexts
 * and may hold older shapes).
 */
export function normalizeSettings(stored: unknown): Settings {
  const s = stored && typeof stored === 'object' ? (stored as Partial<Settings>) : {};
  const pick = <K extends keyof Settings>(k: K, ok: (v: unknown) => boolean): Settings[K] =>
    ok(s[k]) ? (s[k] as Settings[K]) : DEFAULT_SETTINGS[k];
  const inRange = (r: readonly [number, number]) => (v: unknown) => typeof v === 'number' && v >= r[0] && v <= r[1];
  return {
    theme: pick('theme', (v) => v === 'auto' || v === 'light' || v === 'sepia' || v === 'dark'),
    font: pick('font', (v) => v === 'serif' || v === 'sans'),
    fontSize: pick('fontSize', inRange(LIMITS.fontSize)),
    lineWidth: pick('lineWidth', inRange(LIMITS.lineWidth)),
    exportFormat: pick('exportFormat', (v) => v === 'txt' || v === 'md' || v === 'html'),
    includeMetadata: pick('includeMetadata', (v) => typeof v === 'boolean'),
    rules: pick('rules', (v) => Array.isArray(v)),
  };
}

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await api.storage.local.get(SETTINGS_KEY);
    return normalizeSettings(got[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
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
