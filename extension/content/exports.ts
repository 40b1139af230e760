import type { Reply, Request } from '../shared/protocol';
import { api } from './api';
import { finishReply } from '../shared/finish';
import { safeFragment } from '../shared/sink';
import type { LazyName } from './lazy';
import { Overlay } from './overlay/overlay';
import { READER_KEY, type ContentHost, type ReaderModule } from './reader-module';
import { liveRule, siteOf } from '../shared/learn';

/**
 * `content-exports.js`, the reader module: the overlay with its UI pieces and styles, DOMPurify
 * (which finishes the content script's draft and sanitizes before inserting), turndown with its GFM
 * plugin and the export builders, kept out of `content.js`, whose 90 KB budget the pipeline needs
 * (the popup's extraction injects content.js alone). The background injects it
 * next to `content.js` only when the reader opens. Injecting it again is harmless. What only the
 * reader needs of the extension's APIs (settings, the options page, its lazy parts) is asked from
 * here, so content.js carries none of it.
 */
async function loadModule(name: LazyName): Promise<void> {
  const reply = (await api.runtime.sendMessage({ type: 'reader:module', name } satisfies Request<'reader:module'>)) as Reply<'reader:module'> | undefined;
  if (!reply || 'error' in reply) throw new Error(reply?.error ?? 'the extension did not answer');
}

const scope = globalThis as Record<symbol, unknown>;
scope[READER_KEY] ??= {
  createOverlay: (host: ContentHost) =>
    new Overlay({
      extract: async (force) => finishReply(await host.extract(force), document),
      safeFragment,
      storage: api.storage,
      openOptions: () => api.runtime.sendMessage({ type: 'options:open' } satisfies Request<'options:open'>),
      loadModule,
    }),
  describe: (probe) => liveRule(document, probe, siteOf(location.href), 'keep'),
} satisfies ReaderModule;
