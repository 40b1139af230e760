import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parseRequest } from '../../extension/background/validate';
import { senderKind } from '../../extension/background/senders';

/**
 * Threat 5: the background's gate. The validator accepts exactly the known shapes (nothing extra,
 * nothing inherited, nothing coerced); the sender check trusts only this extension's own pages for
 * tab-targeting requests. And the content script has no window "message" listener a page could
 * talk to (checked in the sources and in the bundle the build ships).
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${OWN}/`;

describe('parseRequest', () => {
  it('accepts exactly the three known shapes', () => {
    expect(parseRequest({ type: 'extract', tabId: 3, force: false })).toEqual({ type: 'extract', tabId: 3, force: false });
    expect(parseRequest({ type: 'reader', tabId: 0, action: 'toggle' })).not.toBeNull();
    expect(parseRequest({ type: 'options:open' })).not.toBeNull();
  });
  const bad: [string, unknown][] = [
    ['null', null],
    ['a string', 'extract'],
    ['an array', [{ type: 'extract', tabId: 1, force: false }]],
    ['an unknown type', { type: 'content:extract', force: false }],
    ['a prototype key as type', { type: 'constructor' }],
    ['__proto__ as type', { type: '__proto__' }],
    ['toString as type', { type: 'toString' }],
    ['an extra field', { type: 'options:open', url: 'https://evil.example/' }],
    ['a missing field', { type: 'extract', tabId: 1 }],
    ['a string tab id', { type: 'extract', tabId: '1', force: false }],
    ['a negative tab id', { type: 'extract', tabId: -1, force: false }],
    ['a fractional tab id', { type: 'extract', tabId: 1.5, force: false }],
    ['NaN', { type: 'extract', tabId: NaN, force: false }],
    ['Infinity', { type: 'extract', tabId: Infinity, force: false }],
    ['an unsafe integer', { type: 'extract', tabId: 2 ** 60, force: false }],
    ['a truthy non-boolean force', { type: 'extract', tabId: 1, force: 'yes' }],
    ['an unknown action', { type: 'reader', tabId: 1, action: 'eval' }],
    ['an inherited type', Object.create({ type: 'options:open' })],
    ['a JSON __proto__ key', JSON.parse('{"type":"options:open","__proto__":{"x":1}}')],
  ];
  for (const [name, msg] of bad) it(`rejects ${name}`, () => expect(parseRequest(msg)).toBeNull());

  it('rejects every random object that is not exactly a known shape (1,000 runs)', () => {
    const known = new Set(['extract', 'reader', 'options:open']);
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }), (v) => {
        const r = parseRequest(v);
        if (r === null) return true;
        // Anything accepted must really be one of the shapes.
        const m = r as Record<string, unknown>;
        return known.has(m.type as string) && Object.keys(m).every((k) => ['type', 'tabId', 'force', 'action'].includes(k));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('senderKind', () => {
  it('trusts its own pages, treats its own content scripts as such, and nothing else', () => {
    expect(senderKind({ id: OWN, url: BASE + 'popup.html' }, OWN, BASE)).toBe('extension-page');
    expect(senderKind({ id: OWN, url: 'https://news.example/a', tab: { id: 4 } }, OWN, BASE)).toBe('content-script');
    const foreign = [
      { id: 'otherextension', url: `chrome-extension://otherextension/popup.html` },
      { id: OWN + 'x', url: BASE + 'popup.html' },
      { url: BASE + 'popup.html' },
      { id: OWN, url: `chrome-extension://${OWN}.evil.example/popup.html` },
      { id: OWN, url: `https://evil.example/${BASE}` },
      { id: OWN },
      { id: OWN, url: 'https://news.example/a' },
      { id: OWN, url: 'https://news.example/a', tab: {} },
    ];
    for (const s of foreign) expect(senderKind(s, OWN, BASE), JSON.stringify(s)).toBe('foreign');
    expect(senderKind({ id: OWN, url: `chrome-extension://${OWN}.evil.example/`, tab: { id: 1 } }, OWN, BASE)).toBe('content-script');
  });
});

describe('no window message channel into the content script', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  const LISTENER = /addEventListener\(\s*['"`]message['"`]|\bonmessage\s*=|\.onmessage\b|addEventListener\(\s*['"`]messageerror/;
  it('the content-script sources register no message listener and post no window messages', () => {
    const sources = files(join(ROOT, 'extension/content')).filter((f) => f.endsWith('.ts'));
    expect(sources.length).toBeGreaterThan(3);
    for (const f of sources) {
      const s = readFileSync(f, 'utf8');
      expect(s, f).not.toMatch(LISTENER);
      expect(s, f).not.toMatch(/\bpostMessage\s*\(/);
    }
  });
  it('nor does the content-script bundle, dependencies included', async () => {
    const r = await build({ entryPoints: [join(ROOT, 'extension/content/index.ts')], bundle: true, write: false, format: 'iife', minify: false, logLevel: 'silent' });
    const code = r.outputFiles[0].text;
    expect(code.length).toBeGreaterThan(10_000);
    expect(code).not.toMatch(LISTENER);
    expect(code).not.toMatch(/window\.postMessage|\bparent\.postMessage|\btop\.postMessage/);
  });
});
