import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/**
 * Project paths that the browser tests, the browser benchmark and the dev reloader share. DIST paths
 * are absolute and comma-free (Chromium's flags).
 */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST_CHROME = resolve(process.env.TIDY_DIST_CHROME ?? resolve(ROOT, 'dist/chrome'));
export const DIST_FIREFOX = resolve(process.env.TIDY_DIST_FIREFOX ?? resolve(ROOT, 'dist/firefox'));
export const SAMPLES = resolve(ROOT, 'samples');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox build's add-on id (manifest.json → browser_specific_settings.gecko.id). */
export const GECKO_ID = 'tidy-reader@tidy-reader.dev';
