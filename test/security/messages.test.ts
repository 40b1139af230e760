import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { mayRequest, parseMessage, PROTOCOL, type MessageType } from '../../extension/shared/protocol';
import { senderKind } from '../../extension/shared/senders';

/**
 * Threat 5: the gates of the background and the content script, both the protocol table
 * (extension/shared/protocol.ts). The check accepts exactly the known shapes (nothing extra,
 * nothing inherited, nothing coerced); the sender check trusts only this extension's own pages for
 * tab-targeting requests. And the content script has no window "message" listener a page could
 * talk to (checked in the sources and in the bundle the build ships).
 */
const parseRequest = (msg: unknown) => parseMessage(msg, 'background');
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${OWN}/`;

describe('parseRequest', () => {
  it('accepts exactly the three known shapes', () => {
    expect(parseRequest({ type: 'extract', tabId: 3, force: false })).toEqual({ type: 'extract', tabId: 3, force: false });
    expect(parseRequest({ type: 'reader', tabId: 0, action: 'toggle' })).not.toBeNull();
    expect(parseRequest({ type: 'options:open' })).not.toBeNull();
    // The reader's optional view: the popup's restores and "Try anyway".
    expect(parseRequest({ type: 'reader', tabId: 0, action: 'open', force: true, restored: [0, 4] })).not.toBeNull();
    expect(parseRequest({ type: 'reader', tabId: 0, action: 'open', restored: [] })).not.toBeNull();
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
    ['restored not an array', { type: 'reader', tabId: 1, action: 'open', restored: { 0: 1, length: 1 } }],
    ['restored with a fraction', { type: 'reader', tabId: 1, action: 'open', restored: [1.5] }],
    ['restored too long', { type: 'reader', tabId: 1, action: 'open', restored: Array.from({ length: 10_001 }, (_, i) => i) }],
    ['a string force on reader', { type: 'reader', tabId: 1, action: 'open', force: 'true' }],
    ['an inherited type', Object.create({ type: 'options:open' })],
    ['a JSON __proto__ key', JSON.parse('{"type":"options:open","__proto__":{"x":1}}')],
    ['a probe without words', { type: 'rules:describe', tabId: 1, probe: { tag: 'p', label: '' } }],
    ['a probe with a word that is not a string', { type: 'rules:describe', tabId: 1, probe: { tag: 'p', label: '', fingerprint: [{}] } }],
    ['a probe that is a string', { type: 'rules:describe', tabId: 1, probe: 'p' }],
  ];

  it('accepts "Always keep"\'s probe from its own pages only', () => {
    const msg = { type: 'rules:describe', tabId: 2, probe: { tag: 'section', label: 'about the author', fingerprint: ['jane', 'roe'] } };
    expect(parseRequest(msg)).toEqual(msg);
    expect(mayRequest('rules:describe', 'extension-page')).toBe(true);
    expect(mayRequest('rules:describe', 'content-script')).toBe(false);
  });
  for (const [name, msg] of bad) it(`rejects ${name}`, () => expect(parseRequest(msg)).toBeNull());

  it('passes a handler only the own fields: an inherited one never arrives', () => {
    const msg = Object.assign(Object.create({ restored: [1], force: true }), { type: 'reader', tabId: 1, action: 'open' });
    const req = parseRequest(msg) as Record<string, unknown>;
    expect(req).toEqual({ type: 'reader', tabId: 1, action: 'open' });
    expect(Object.getPrototypeOf(req)).toBe(Object.prototype);
    expect('restored' in req).toBe(false);
  });

  it('rejects every random object that is not exactly a known shape (1,000 runs)', () => {
    const known = new Set(['extract', 'reader', 'options:open']);
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }), (v) => {
        const r = parseRequest(v);
        if (r === null) return true;
        // Anything accepted must really be one of the shapes.
        const m = r as Record<string, unknown>;
        return known.has(m.type as string) && Object.keys(m).every((k) => ['type', 'tabId', 'force', 'action', 'restored'].includes(k));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the content script\'s gate (the same table)', () => {
  it('accepts its three shapes and nothing meant for the background', () => {
    expect(parseMessage({ type: 'content:ping' }, 'content')).not.toBeNull();
    expect(parseMessage({ type: 'content:extract', force: true }, 'content')).not.toBeNull();
    expect(parseMessage({ type: 'content:reader', action: 'open', restored: [2] }, 'content')).not.toBeNull();
    for (const m of [
      { type: 'extract', tabId: 1, force: false },
      { type: 'options:open' },
      { type: 'content:reader', action: 'explode' },
      { type: 'content:extract', force: 'yes' },
      { type: 'content:ping', extra: 1 },
    ]) expect(parseMessage(m, 'content'), JSON.stringify(m)).toBeNull();
  });

  it('every message names its receiver and at least one sender; replies from pages are checked', () => {
    for (const [type, rule] of Object.entries(PROTOCOL) as [MessageType, (typeof PROTOCOL)[MessageType]][]) {
      expect(rule.from.length, type).toBeGreaterThan(0);
      expect(rule.from, type).not.toContain('foreign');
      if (rule.to === 'content') expect(typeof rule.reply, type).toBe('function');
    }
    expect(mayRequest('extract', 'content-script')).toBe(false);
    expect(mayRequest('options:open', 'extension-page')).toBe(false);
    expect(mayRequest('content:reader', 'content-script')).toBe(false);
    expect(mayRequest('content:reader', 'extension-page')).toBe(true);
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
  it('the content-script sources (and the UI pieces the reader module carries) register no message listener and post no window messages', () => {
    const sources = [...files(join(ROOT, 'extension/content')), ...files(join(ROOT, 'extension/shared'))].filter((f) => f.endsWith('.ts'));
    expect(sources.length).toBeGreaterThan(3);
    for (const f of sources) {
      const s = readFileSync(f, 'utf8');
      expect(s, f).not.toMatch(LISTENER);
      expect(s, f).not.toMatch(/\bpostMessage\s*\(/);
    }
  });
  for (const entry of ['extension/content/index.ts', 'extension/content/exports.ts']) {
    it(`nor does the bundle of ${entry}, dependencies included`, async () => {
      const r = await build({ entryPoints: [join(ROOT, entry)], bundle: true, write: false, format: 'iife', minify: false, logLevel: 'silent' });
      const code = r.outputFiles[0].text;
      expect(code.length).toBeGreaterThan(10_000);
      expect(code).not.toMatch(LISTENER);
      expect(code).not.toMatch(/window\.postMessage|\bparent\.postMessage|\btop\.postMessage/);
    });
  }
});
