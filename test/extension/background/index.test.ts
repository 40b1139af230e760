import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';

/**
 * The background's rules, with the browser API replaced by a recorder: only known message types
 * of the right shape, only from the right senders; the tab-targeting requests, the keyboard
 * command and the context menu all inject the content script into that tab and ask it.
 */
const EXT_ID = 'ownextensionid';
const ORIGIN = `chrome-extension://${EXT_ID}/`;

type Listener = (...args: any[]) => unknown;
const listeners: Record<string, Listener> = {};
const calls: { api: string; args: unknown[] }[] = [];
let injected = new Set<number>();

const fake = {
  runtime: {
    id: EXT_ID,
    getURL: (p: string) => ORIGIN + p,
    onMessage: { addListener: (l: Listener) => (listeners.message = l) },
    onInstalled: { addListener: (l: Listener) => (listeners.installed = l) },
    openOptionsPage: async () => void calls.push({ api: 'openOptionsPage', args: [] }),
  },
  commands: { onCommand: { addListener: (l: Listener) => (listeners.command = l) } },
  contextMenus: {
    onClicked: { addListener: (l: Listener) => (listeners.menu = l) },
    removeAll: async () => void calls.push({ api: 'menus.removeAll', args: [] }),
    create: (props: unknown) => void calls.push({ api: 'menus.create', args: [props] }),
  },
  scripting: {
    executeScript: async (opts: { target: { tabId: number }; files: string[] }) => {
      calls.push({ api: 'executeScript', args: [opts] });
      if (opts.target.tabId === 666) throw new Error('Cannot access a chrome:// URL');
      if (opts.files.includes('content.js')) injected.add(opts.target.tabId);
      return [];
    },
  },
  tabs: {
    sendMessage: async (tabId: number, msg: { type: string; action?: string; force?: boolean }) => {
      calls.push({ api: 'sendMessage', args: [tabId, msg] });
      if (!injected.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (msg.type === 'content:ping') return { ready: true };
      if (tabId === 13) return { something: 'else' }; // a tab whose answers do not fit the protocol
      if (tabId === 14) return { error: 'The reader could not be loaded on this page.' }; // a handler that failed
      if (msg.type === 'content:reader') return { open: msg.action !== 'close', extra: 'dropped' };
      if (msg.type === 'content:extract') return { result: { ok: false, error: { code: 'no-article', message: 'No.' } }, url: 'https://example.com/', ms: 1 };
      return undefined;
    },
  },
};

vi.mock('../../../extension/shared/browser', () => ({ default: fake }));

let dispatch: (m: unknown, s: any) => Promise<unknown>;

beforeAll(async () => {
  ({ dispatch } = await import('../../../extension/background/index'));
});

beforeEach(() => {
  calls.length = 0;
  injected = new Set();
});

const popup = { id: EXT_ID, url: ORIGIN + 'popup.html' };
const contentScript = { id: EXT_ID, url: 'https://example.com/article', tab: { id: 7 } };
const flush = () => new Promise((r) => setImmediate(r));

describe('messages', () => {
  test('the popup can extract a tab: the content script is injected once, then asked', async () => {
    const res = await dispatch({ type: 'extract', tabId: 7, force: false }, popup);
    expect(res).toMatchObject({ result: { ok: false, error: { code: 'no-article' } }, url: 'https://example.com/' });
    expect(calls.filter((c) => c.api === 'executeScript')).toEqual([{ api: 'executeScript', args: [{ target: { tabId: 7, frameIds: [0] }, files: ['content.js'] }] }]);
    expect(calls.at(-1)).toEqual({ api: 'sendMessage', args: [7, { type: 'content:extract', force: false }] });

    calls.length = 0;
    await dispatch({ type: 'extract', tabId: 7, force: true }, popup);
    expect(calls.some((c) => c.api === 'executeScript')).toBe(false); // already there: the ping answered
  });

  test('a page the browser forbids comes back as an error, not a throw', async () => {
    expect(await dispatch({ type: 'extract', tabId: 666, force: false }, popup)).toEqual({ error: 'Cannot access a chrome:// URL' });
  });

  test.each([
    ['unknown type', { type: 'delete-everything' }],
    ['not an object', 'extract'],
    ['null', null],
    ['an array', [{ type: 'extract' }]],
    ['missing tab id', { type: 'extract', force: false }],
    ['negative tab id', { type: 'extract', tabId: -1, force: false }],
    ['fractional tab id', { type: 'extract', tabId: 1.5, force: false }],
    ['string tab id', { type: 'extract', tabId: '7', force: false }],
    ['force not boolean', { type: 'extract', tabId: 7, force: 'yes' }],
    ['extra field', { type: 'extract', tabId: 7, force: false, code: 'alert(1)' }],
    ['bad reader action', { type: 'reader', tabId: 7, action: 'explode' }],
    ['restored not a list', { type: 'reader', tabId: 7, action: 'open', restored: '1,2' }],
    ['restored with a negative id', { type: 'reader', tabId: 7, action: 'open', restored: [1, -2] }],
    ['restored with a string id', { type: 'reader', tabId: 7, action: 'open', restored: ['1'] }],
    ['force not boolean on reader', { type: 'reader', tabId: 7, action: 'open', force: 1 }],
    ['a content-script message sent to the background', { type: 'content:reader', action: 'open' }],
    ['inherited type', Object.create({ type: 'extract', tabId: 7, force: false })],
    ['prototype key as type', { type: '__proto__' }],
  ])('rejects a malformed message: %s', async (_, msg) => {
    expect(await dispatch(msg, popup)).toEqual({ error: 'Unknown or malformed message.' });
    expect(calls).toEqual([]);
  });

  test.each([
    ['another extension', { id: 'someoneelse', url: 'chrome-extension://someoneelse/popup.html' }],
    ['a web page posing with our id', { id: 'someoneelse', url: ORIGIN + 'popup.html', tab: { id: 3 } }],
    ['our content script', contentScript],
    ['no sender at all', {}],
  ])('tab-targeting requests from %s are refused', async (_, sender) => {
    for (const msg of [{ type: 'extract', tabId: 7, force: false }, { type: 'reader', tabId: 7, action: 'open' }]) {
      expect(await dispatch(msg, sender)).toEqual({ error: 'This sender may not send that message.' });
    }
    expect(calls).toEqual([]);
  });

  test('only a content script may ask to open the options page', async () => {
    expect(await dispatch({ type: 'options:open' }, contentScript)).toEqual({ ok: true });
    expect(calls).toEqual([{ api: 'openOptionsPage', args: [] }]);
    calls.length = 0;
    expect(await dispatch({ type: 'options:open' }, { id: 'other', url: 'https://evil.example/', tab: { id: 1 } })).toEqual({ error: 'This sender may not send that message.' });
    expect(calls).toEqual([]);
  });

  test('the popup can open and close the reader', async () => {
    expect(await dispatch({ type: 'reader', tabId: 9, action: 'open' }, popup)).toEqual({ open: true });
    expect(calls.at(-1)).toEqual({ api: 'sendMessage', args: [9, { type: 'content:reader', action: 'open' }] });
    expect(await dispatch({ type: 'reader', tabId: 9, action: 'close' }, popup)).toEqual({ open: false });
  });

  test('the reader opened from the popup gets the popup\'s restores and "Try anyway"', async () => {
    expect(await dispatch({ type: 'reader', tabId: 9, action: 'open', force: true, restored: [3, 0, 12] }, popup)).toEqual({ open: true });
    // The reader module first (it carries the overlay), then the content script, then the request.
    expect(calls.filter((c) => c.api === 'executeScript').map((c) => (c.args[0] as { files: string[] }).files)).toEqual([['content-exports.js'], ['content.js']]);
    expect(calls.at(-1)).toEqual({ api: 'sendMessage', args: [9, { type: 'content:reader', action: 'open', force: true, restored: [3, 0, 12] }] });
  });

  test('a tab answering something the protocol does not allow gets an error, not a pass-through', async () => {
    expect(await dispatch({ type: 'extract', tabId: 13, force: false }, popup)).toEqual({ error: 'The page sent back something unexpected.' });
    expect(await dispatch({ type: 'reader', tabId: 13, action: 'open' }, popup)).toEqual({ error: 'The page sent back something unexpected.' });
    // A content-script handler that failed says why, and the popup shows it.
    expect(await dispatch({ type: 'reader', tabId: 14, action: 'open' }, popup)).toEqual({ error: 'The reader could not be loaded on this page.' });
  });
});

describe('keyboard command and context menu', () => {
  test('the command toggles the reader in the tab it was pressed in', async () => {
    listeners.command('toggle-reader', { id: 11 });
    await flush();
    await flush();
    expect(calls.filter((c) => c.api === 'sendMessage').at(-1)).toEqual({ api: 'sendMessage', args: [11, { type: 'content:reader', action: 'toggle' }] });
  });

  test('other commands and tab-less commands do nothing', async () => {
    listeners.command('something-else', { id: 11 });
    listeners.command('toggle-reader', undefined);
    await flush();
    expect(calls).toEqual([]);
  });

  test('the menu is created on install and toggles the reader in the clicked tab', async () => {
    listeners.installed({ reason: 'install' });
    await flush();
    const created = calls.find((c) => c.api === 'menus.create')?.args[0] as { id: string; contexts: string[] };
    expect(created.id).toBe('tidy-reader-toggle');
    expect(created.contexts).toContain('page');
    calls.length = 0;
    listeners.menu({ menuItemId: 'tidy-reader-toggle' }, { id: 12 });
    await flush();
    await flush();
    expect(calls.filter((c) => c.api === 'sendMessage').at(-1)).toEqual({ api: 'sendMessage', args: [12, { type: 'content:reader', action: 'toggle' }] });
    calls.length = 0;
    listeners.menu({ menuItemId: 'someone-elses-item' }, { id: 12 });
    await flush();
    expect(calls).toEqual([]);
  });

  test('the message listener is the validated dispatcher', async () => {
    expect(await listeners.message({ type: 'nope' }, popup)).toEqual({ error: 'Unknown or malformed message.' });
  });
});
