import { describe, expect, it } from 'vitest';
import { askThrough, checkReply, INJECTED, type Request } from '../../../extension/shared/protocol';

/** The protocol module beyond its gate (test/security/messages.test.ts): replies and `ask`. */
describe('protocol', () => {
  it('checks replies that come from a page against the table', () => {
    const ok = { result: { ok: true, draft: {} }, url: 'https://a.example/', ms: 3 };
    expect(checkReply('content:extract', ok)).toBe(ok);
    expect(checkReply('content:extract', { result: { ok: false, error: { code: 'no-article', message: 'No.' } }, url: 'x', ms: 0 })).not.toBeNull();
    for (const bad of [null, {}, { ...ok, ms: '3' }, { ...ok, result: { ok: true } }, { ...ok, result: { ok: true, article: {} } }, { ...ok, result: { ok: 'yes', draft: {} } }, { error: 'x' }]) {
      expect(checkReply('content:extract', bad), JSON.stringify(bad)).toBeNull();
    }
    expect(checkReply('content:reader', { open: false })).toEqual({ open: false });
    expect(checkReply('content:reader', { open: 'no' })).toBeNull();
    expect(checkReply('content:ping', { ready: true })).toEqual({ ready: true });
    expect(checkReply('content:ping', { ready: 1 })).toBeNull();
  });

  it('ask sends the request as it is and hands back the reply', async () => {
    const sent: unknown[] = [];
    const ask = askThrough(async (m) => (sent.push(m), { open: true }));
    const req: Request<'reader'> = { type: 'reader', tabId: 4, action: 'open', restored: [1] };
    expect(await ask(req)).toEqual({ open: true });
    expect(sent).toEqual([req]);
  });

  it('names the files the background injects, as the build writes them', () => {
    expect(INJECTED).toEqual({ content: 'content.js', reader: 'content-exports.js', contents: 'content-toc.js', speech: 'content-speech.js', picker: 'content-picker.js' });
  });
});
