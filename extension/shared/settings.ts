import type { UserRule } from '../../src/types';

/** The user's preferences, kept in `storage.local` under one key and read by every context. */
export type Theme = 'auto' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'serif' | 'sans';
export type ExportFormat = 'txt' | 'md' | 'html';

export interface Settings {
  theme: Theme;
  font: FontFamily;
  /** Font size in CSS px. */
  fontSize: number;
  /** Line width in `ch`. */
  lineWidth: number;
  exportFormat: ExportFormat;
  /** Whether exports start with the metadata header / front matter. */
  includeMetadata: boolean;
  /** The user's own clutter rules (global or per site), applied by the pipeline. */
  rules: UserRule[];
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  theme: 'auto',
  font: 'serif',
  fontSize: 19,
  lineWidth: 68,
  exportFormat: 'md',
  includeMetadata: true,
  rules: [],
};

export const LIMITS = { fontSize: [12, 32], lineWidth: [40, 100] } as const;
