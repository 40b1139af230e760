import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Script } from 'node:vm';
import { CONTENT_BUDGET_BYTES, SCRIPTS } from '../../scripts/build/bundles';
import { sharedBuild, type BuildRun } from './vite-build';

/**
 * What `vite build` writes. The built manifests pin the security model: exactly the permissions
 * the features need, no host access of any kind, nothing injected or exposed to pages by default,
 * a strict extension-page CSP. The extension is built into a temporary folder so this never races
 * the browser tests' dist/: the build the build tests share in a run (test/build/vite-build.ts).
 */
const PERMISSIONS = ['activeTab', 'clipboardWrite', 'contextMenus', 'scripting', 'storage'];
const REQUIRED_CSP = ["default-src 'none'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"];

let out: string;
let run: BuildRun;
const manifest = (target: 'chrome' | 'firefox') => JSON.parse(readFileSync(join(out, target, 'manifest.json'), 'utf8'));

beforeAll(async () => {
  const build = await sharedBuild();
  out = build.outDir;
  run = build;
  if (run.code !== 0) throw new Error(`vite build failed (${run.code}):\n${run.stderr}`);
}, 180_000);

describe.each(['chrome', 'firefox'] as const)('%s build', (target) => {
  test('is MV3 with exactly the needed permissions and no host access', () => {
    const m = manifest(target);
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(PERMISSIONS);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    expect(m.optional_permissions).toBeUndefined();
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/|https?:\/\/\*/);
  });

  test('injects nothing by default and exposes nothing to pages', () => {
    const m = manifest(target);
    expect(m.content_scripts).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
  });

  test('extension pages get a strict CSP: own scripts only, no eval, no remote code', () => {
    const csp: string = manifest(target).content_security_policy.extension_pages;
    for (const d of REQUIRED_CSP) expect(csp).toContain(d);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:\/\/[^\s;]*\.|\*/);
    const scriptSrc = csp.split(';').map((s) => s.trim()).find((s) => s.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
  });

  test('has a keyboard command to toggle the reader, and every file it names exists', () => {
    const m = manifest(target);
    expect(m.commands['toggle-reader'].suggested_key.default).toMatch(/^(Alt|Ctrl|Command|MacCtrl)\+/);
    const named = [
      ...Object.values(m.icons as Record<string, string>),
      ...Object.values(m.action.default_icon as Record<string, string>),
      m.action.default_popup,
      m.options_ui.page,
      ...(m.background.scripts ?? [m.background.service_worker]),
    ];
    for (const f of named) expect(existsSync(join(out, target, f)), f).toBe(true);
  });

  test('extension pages load no remote script and no inline script', () => {
    for (const page of ['popup.html', 'options.html']) {
      const html = readFileSync(join(out, target, page), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect(attrs).toMatch(/src="\/?[a-z-]+\.js"/);
        expect(body.trim()).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+=|style=|https?:\/\//i);
    }
  });

  test('the content script is within its budget, and the build says so', () => {
    expect(statSync(join(out, target, 'content.js')).size).toBeLessThanOrEqual(CONTENT_BUDGET_BYTES);
    const section = run.stdout.slice(run.stdout.indexOf(`${target} (v`));
    expect(section).toMatch(/content\.js +\d+\.\d KB minified +\d+\.\d KB gzip\n/);
    expect(section).toContain(`tidy-reader-${target}.zip`);
  });

  test.each(Object.keys(SCRIPTS))('%s.js is one classic script: no import, no export, no code loaded at run time', (name) => {
    const js = readFileSync(join(out, target, `${name}.js`), 'utf8');
    // A classic script with an import or export statement does not even compile.
    expect(() => new Script(js, { filename: `${name}.js` })).not.toThrow();
    expect(js).not.toMatch(/\bimport\s*\(|\bimportScripts\b|\bimport\.meta\b/);
  });

  test('Readability is in the content script without its debug messages (src/vendor/readability.ts)', () => {
    const js = readFileSync(join(out, target, 'content.js'), 'utf8');
    expect(js).toContain('maxElemsToParse');
    expect(js).not.toContain('grabArticle ****');
    expect(js).not.toContain('No body found in document');
    // The methods its options never reach (UNREACHED_METHODS): JSON-LD's @context check is gone with _getJSONLD.
    expect(js).toContain('is compiled out of this build');
    expect(js).not.toMatch(/schema\\?\.org/);
  });

  test("the content script carries the clutter rules' selectors, not their text patterns (rules/page.ts)", () => {
    const js = readFileSync(join(out, target, 'content.js'), 'utf8');
    const popup = readFileSync(join(out, target, 'popup.js'), 'utf8');
    // A share widget's selector (the page's pass) and two patterns (the article's steps, where the draft is finished).
    for (const where of [js, popup]) expect(where).toContain('addtoany_share_save_container');
    for (const pattern of ['kommentar (schreiben', 'registered investment advis']) {
      expect(js).not.toContain(pattern);
      expect(popup).toContain(pattern);
    }
  });
});

test('Chrome runs a service worker, Firefox background scripts with an add-on id', () => {
  const chrome = manifest('chrome');
  const firefox = manifest('firefox');
  expect(chrome.background).toEqual({ service_worker: 'background.js' });
  expect(chrome.browser_specific_settings).toBeUndefined();
  expect(firefox.background).toEqual({ scripts: ['background.js'] });
  expect(firefox.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  expect(chrome.version).toBe(version);
  expect(firefox.version).toBe(version);
});

test('the popup shows its loading state before any script runs', () => {
  const html = readFileSync(join(out, 'chrome', 'popup.html'), 'utf8');
  const loading = html.match(/<section[^>]*data-state="loading"[^>]*>/)?.[0] ?? '';
  expect(loading).not.toBe('');
  expect(loading).not.toMatch(/\shidden\b/);
  for (const other of html.match(/<section[^>]*data-state="(?!loading)[^"]+"[^>]*>/g) ?? []) expect(other).toMatch(/\shidden\b/);
  // A module script is deferred, so the loading state is painted from the HTML alone.
  expect(html).toMatch(/<script type="module"[^>]* src="\/?popup\.js"><\/script>/);
});

test('the build writes only what the manifests need, and a zip of each browser', () => {
  for (const target of ['chrome', 'firefox']) {
    const files = readdirSync(join(out, target)).sort();
    expect(files).toEqual(['background.js', 'content-exports.js', 'content-picker.js', 'content-speech.js', 'content-toc.js', 'content.js', 'icons', 'manifest.json', 'options.css', 'options.html', 'options.js', 'popup.css', 'popup.html', 'popup.js']);
    expect(readdirSync(join(out, target, 'icons')).sort()).toEqual(readdirSync('extension/icons').sort());
  }
  expect(readdirSync(out).sort()).toEqual(['chrome', 'firefox', 'tidy-reader-chrome.zip', 'tidy-reader-firefox.zip']);
});

test('web-ext lint finds no errors in the Firefox build', async () => {
  // The add-on store's own linter, as `npm run lint:firefox` runs it; JSON so the result is read, not eyeballed.
  const bin = join('node_modules', '.bin', 'web-ext');
  const { stdout } = await promisify(execFile)(bin, ['lint', '--source-dir', join(out, 'firefox'), '--output', 'json', '--boring'], { maxBuffer: 32 << 20 }).catch(
    (e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }),
  );
  const result = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { summary: { errors: number }; errors: { code: string; message: string }[] };
  expect(result.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  expect(result.summary.errors).toBe(0);
}, 60_000);
