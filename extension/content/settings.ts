import type { UserRule } from '../../src/index';
import { api } from './api';
import { normalizeRules, SETTINGS_KEY } from '../shared/settings';

/**
 * The content script reads only the user's clutter rules, for the pipeline; the reader module
 * reads and saves the full settings itself (through the same bare storage API), so their
 * normalising stays out of content.js and its size budget. Unreadable storage means no rules.
 */
export async function loadRules(): Promise<UserRule[]> {
  try {
    return normalizeRules(((await api.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as { rules?: unknown } | undefined)?.rules);
  } catch {
    return [];
  }
}
