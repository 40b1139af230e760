import browser from './browser';
import { settingsStore } from './settings';

/** The settings of the popup and options pages, through the polyfill. */
export const { loadSettings, saveSettings, onSettingsChanged } = settingsStore(() => browser.storage);
