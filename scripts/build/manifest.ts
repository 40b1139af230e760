/**
 * One source manifest (`manifest.json` at the root), two outputs. Chrome runs the background as a
 * service worker and rejects Firefox-only keys with warnings; Firefox MV3 ignores
 * `service_worker`, needs `background.scripts` and an add-on id.
 */
export type Target = 'chrome' | 'firefox';

type Json = Record<string, unknown>;

export function manifestFor(source: Json, target: Target, version: string): Json {
  const m: Json = structuredClone(source);
  m.version = version;
  const bg = (m.background ?? {}) as { service_worker?: string; scripts?: string[] };
  if (target === 'chrome') {
    m.background = { service_worker: bg.service_worker };
    delete m.browser_specific_settings;
  } else {
    m.background = { scripts: bg.scripts };
    delete m.minimum_chrome_version;
  }
  return m;
}
