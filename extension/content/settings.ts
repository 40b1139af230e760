import { api } from './api';
import { normalizeSettings, settingsStore } from '../shared/settings';

/** The content script's settings I/O, through its own `api` (no polyfill in the page's bundle). */
export { normalizeSettings };
export const { loadSettings, saveSettings } = settingsStore(() => api.storage.local);
