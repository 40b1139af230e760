import browser from './browser';
import { DEFAULT_SETTINGS, LIMITS, SETTINGS_KEY, type Settings } from './settings';
import type { UserRule } from '../../src/types';

/**
 * Reading and writing the settings. Storage is shared by every context and can hold anything an
 * older version (or a bug) wrote, so every read is normalised field by field against the defaults:
 * a bad value falls back to its default instead of breaking the popup or the overlay.
 */

const THEMES = ['auto', 'light', 'sepia', 'dark'] as const;
const FONTS = ['serif', 'sans'] as const;
const FORMATS = ['txt', 'md', 'html'] as const;
export const MAX_RULES = 500;
const MAX_RULE_CHARS = 1000;

function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

function inRange(v: unknown, [lo, hi]: readonly [number, number], fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : fallback;
}

function shortString(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() && v.length <= MAX_RULE_CHARS ? v.trim() : undefined;
}

export function normalizeRule(v: unknown): UserRule | null {
  if (!v || typeof v !== 'object') return null;
  const r = v as Record<string, unknown>;
  const selector = shortString(r.selector);
  const pattern = shortString(r.pattern);
  if (!selector === !pattern) return null; // exactly one of the two
  const site = shortString(r.site);
  const rule: UserRule = selector ? { selector } : { pattern };
  if (site) rule.site = site.toLowerCase();
  return rule;
}

export function normalizeSettings(v: unknown): Settings {
  const s = v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  return {
    theme: oneOf(s.theme, THEMES, DEFAULT_SETTINGS.theme),
    font: oneOf(s.font, FONTS, DEFAULT_SETTINGS.font),
    fontSize: inRange(s.fontSize, LIMITS.fontSize, DEFAULT_SETTINGS.fontSize),
    lineWidth: inRange(s.lineWidth, LIMITS.lineWidth, DEFAULT_SETTINGS.lineWidth),
    exportFormat: oneOf(s.exportFormat, FORMATS, DEFAULT_SETTINGS.exportFormat),
    includeMetadata: typeof s.includeMetadata === 'boolean' ? s.includeMetadata : DEFAULT_SETTINGS.includeMetadata,
    rules: Array.isArray(s.rules) ? s.rules.slice(0, MAX_RULES).map(normalizeRule).filter((r): r is UserRule => !!r) : [],
  };
}

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
