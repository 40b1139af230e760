/**
 * The one module that imports webextension-polyfill (retired upstream; keeping it behind one
 * import means replacing it later touches one file). Everything else imports `browser` from here.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime } from 'webextension-polyfill';
