import { EXPORT_FORMAT_IDS, normalizeLearned, type ExportFormatId, type LearnedRule, type UserRule } from '../../src/index';

/** The user's preferences, kept in `storage.local` under one key and read by every context. */
export type Theme = 'auto' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'serif' | 'sans';

export interface Settings {
  theme: Theme;
  font: FontFamily;
  /** Font size in CSS px. */
  fontSize: number;
  /** Line width in characters of the article's text (measured in its font: shared/measure.ts). */
  lineWidth: number;
  /** The export format the popup and the reader mark as the default (an id of the export registry). */
  exportFormat: ExportFormatId;
  /** Whether exports start with the metadata header / front matter. */
  includeMetadata: boolean;
  /** The user's own clutter rules (global or per site), applied by the pipeline. */
  rules: UserRule[];
  /** Rules learned from the reader: keep or remove a block on a site (src/rules/learned.ts). */
  learned: LearnedRule[];
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  theme: 'auto',
  font: 'serif',
  // 20 px with a 1.6 line height (the reader's styles) and a 70-character column: see the README's
  // "Reader view" for why, and the figures measured in the browser.
  fontSize: 20,
  lineWidth: 70,
  exportFormat: 'md',
  includeMetadata: true,
  rules: [],
  learned: [],
};

export const LIMITS = { fontSize: [12, 32], lineWidth: [40, 100] } as const;

/*
 * Normalising what storage holds. Storage is shared by every context and can hold anything an
 * older version (or a bug) wrote, so every read is normalised field by field against the defaults:
 * a bad value falls back to its default instead of breaking the popup or the overlay. It lives here,
 * not in storage.ts, so the content script (which reads only the rules) and the reader module can
 * use it without the polyfill import.
 */

const THEMES = ['auto', 'light', 'sepia', 'dark'] as const;
const FONTS = ['serif', 'sans'] as const;
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

export function normalizeRules(v: unknown): UserRule[] {
  return Array.isArray(v) ? v.slice(0, MAX_RULES).map(normalizeRule).filter((r): r is UserRule => !!r) : [];
}

export function normalizeSettings(v: unknown): Settings {
  const s = v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  return {
    theme: oneOf(s.theme, THEMES, DEFAULT_SETTINGS.theme),
    font: oneOf(s.font, FONTS, DEFAULT_SETTINGS.font),
    fontSize: inRange(s.fontSize, LIMITS.fontSize, DEFAULT_SETTINGS.fontSize),
    lineWidth: inRange(s.lineWidth, LIMITS.lineWidth, DEFAULT_SETTINGS.lineWidth),
    exportFormat: oneOf(s.exportFormat, EXPORT_FORMAT_IDS, DEFAULT_SETTINGS.exportFormat),
    includeMetadata: typeof s.includeMetadata === 'boolean' ? s.includeMetadata : DEFAULT_SETTINGS.includeMetadata,
    rules: normalizeRules(s.rules),
    learned: normalizeLearned(s.learned),
  };
}

/** The part of `storage` the settings need; both the polyfill and the content script's bare API fit. */
export interface SettingsStorage {
  local: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  onChanged: {
    addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

export interface SettingsStore {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Call `fn` whenever the settings change in any context. Returns a function that stops it. */
  onSettingsChanged(fn: (s: Settings) => void): () => void;
}

/**
 * Loading, saving and following the settings through a given storage. A read that fails (storage
 * unavailable) gives the defaults rather than breaking the page; a save merges into what is stored
 * and keeps it normalised, so a partial patch never drops what another context wrote.
 */
export function settingsStore(storage: () => SettingsStorage): SettingsStore {
  const loadSettings = async (): Promise<Settings> => {
    try {
      return normalizeSettings((await storage().local.get(SETTINGS_KEY))[SETTINGS_KEY]);
    } catch {
      return { ...DEFAULT_SETTINGS, rules: [], learned: [] };
    }
  };
  // Saves run one after another: two quick clicks (theme, then size) would otherwise both read the
  // old settings, and the second write would undo the first.
  let queue: Promise<unknown> = Promise.resolve();
  const saveSettings = (patch: Partial<Settings>): Promise<Settings> => {
    const run = queue.then(async () => {
      const next = normalizeSettings({ ...(await loadSettings()), ...patch });
      await storage().local.set({ [SETTINGS_KEY]: next });
      return next;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const onSettingsChanged = (fn: (s: Settings) => void): (() => void) => {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      if (area === 'local' && Object.prototype.hasOwnProperty.call(changes, SETTINGS_KEY)) fn(normalizeSettings(changes[SETTINGS_KEY].newValue));
    };
    storage().onChanged.addListener(listener);
    return () => storage().onChanged.removeListener(listener);
  };
  return { loadSettings, saveSettings, onSettingsChanged };
}
