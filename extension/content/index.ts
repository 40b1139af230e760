import type { Runtime } from 'webextension-polyfill';
import { api, onRequest } from './api';
import type { BackgroundRequest, ContentRequest, ContentRequests, ReaderAction } from '../shared/messages';
import { SETTINGS_KEY } from '../shared/settings';
import { extractPage } from './extraction';
import { exportsModule } from './exports-key';
import { safeFragment, safeHtml } from '../shared/sink';
import type { Overlay } from './overlay/overlay';
import { loadSettings, normalizeSettings, saveSettings } from './settings';

/**
 * The content script, injected on demand (activeTab + scripting) into the tab the user acts on.
 * The background may inject it again into the same tab; the isolated world keeps its globals, so
 * one guard makes every later injection a no-op: one overlay, one message listener.
 * It answers only messages from its own extension, through a map of typed handlers, and listens
 * to nothing the page can send (no window `message` listener).
 */
const GUARD = Symbol.for('tidy-reader.content-script');
const scope = globalThis as typeof globalThis & { [GUARD]?: true };

type Handlers = { [K in keyof ContentRequests]: (req: ContentRequests[K]['req']) => Promise<ContentRequests[K]['res']> };

const READER_ACTIONS: ReaderAction[] = ['open', 'close', 'toggle'];

function isRequest(msg: unknown): msg is ContentRequest {
  if (!msg || typeof msg !== 'object') return false;
  const m = msg as Record<string, unknown>;
  switch (m.type) {
    case 'content:ping':
      return true;
    case 'content:extract':
      return typeof m.force === 'boolean';
    case 'content:reader':
      return READER_ACTIONS.includes(m.action as ReaderAction);
    default:
      return false;
  }
}

function install(): void {
  // The overlay comes with the reader module, which the background injects before any reader
  // action that can open it; made once, on the first such action.
  let overlay: Overlay | null = null;
  const reader = (): Overlay => {
    if (overlay) return overlay;
    const m = exportsModule();
    if (!m) throw new Error('The reader could not be loaded on this page.');
    overlay = m.createOverlay({
      extract: async (force) => extractPage((await loadSettings()).rules, force, !force),
      settings: loadSettings,
      saveSettings,
      openOptions: () => api.runtime.sendMessage({ type: 'options:open' } satisfies BackgroundRequest),
      safeFragment,
      safeHtml,
    });
    return overlay;
  };

  const handlers: Handlers = {
    'content:ping': async () => ({ ready: true }),
    'content:extract': async (req) => extractPage((await loadSettings()).rules, req.force, false),
    'content:reader': async (req) => {
      if (req.action === 'close') {
        overlay?.close();
        return { open: overlay?.isOpen ?? false };
      }
      const o = reader();
      if (req.action === 'open') await o.open();
      else await o.toggle();
      return { open: o.isOpen };
    },
  };

  onRequest((msg: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== api.runtime.id || !isRequest(msg)) return undefined;
    const handler = handlers[msg.type] as (req: ContentRequest) => Promise<unknown>;
    return handler(msg);
  });

  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SETTINGS_KEY] && overlay?.isOpen) overlay.applySettings(normalizeSettings(changes[SETTINGS_KEY].newValue));
  });
}

if (!scope[GUARD]) {
  scope[GUARD] = true;
  install();
}
