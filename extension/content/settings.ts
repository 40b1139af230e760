import type { LearnedRule, UserRule } from '../../src/index';
import { api } from './api';
import { normalizeRules, SETTINGS_KEY } from '../shared/settings';

export interface StoredRules {
  rules: UserRule[];
  /** As stored, unchecked: the pipeline skips a rule it cannot read (checking here would cost content.js 1 KB). */
  learned: LearnedRule[];
}

/**
 * The content script reads only the user's clutter rules and learned rules, for the pipeline; the reader module
 * reads and saves the full settings itself (through the same bare storage API), so their
 * normalising stays out of content.js and its size budget. Unreadable storage means no rules.
 */
export async function loadRules(): Promise<StoredRules> {
  try {
    const s = (await api.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as { rules?: unknown; learned?: unknown } | undefined;
    return { rules: normalizeRules(s?.rules), learned: Array.isArray(s?.learned) ? (s.learned as LearnedRule[]) : [] };
  } catch {
    return { rules: [], learned: [] };
  }
}
