import type { CDPSession, Page } from 'playwright-core';

/**
 * The extension's isolated world in a page (where its content scripts run), reached from a test
 * through CDP: `Runtime.enable` lists the page's execution contexts, the extension's among them,
 * and `Runtime.evaluate` runs code there. Tests use it to stand in for what the browser provides
 * to the content script (`speechSynthesis`), which the page's own world cannot replace for it.
 */
export class ExtensionWorld {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly contextId: number,
  ) {}

  /** The world of `extensionId` in `page`; its content script must have been injected already. */
  static async of(page: Page, extensionId: string): Promise<ExtensionWorld> {
    const cdp = await page.context().newCDPSession(page);
    const contexts: { id: number; origin: string; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const mine = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId));
    if (!mine) throw new Error(`No isolated world of ${extensionId} in ${page.url()} (contexts: ${contexts.map((c) => `${c.name} ${c.origin}`).join(', ')})`);
    return new ExtensionWorld(cdp, mine.id);
  }

  async evaluate<T>(expression: string): Promise<T> {
    const res = await this.cdp.send('Runtime.evaluate', { expression, contextId: this.contextId, returnByValue: true, awaitPromise: true });
    if (res.exceptionDetails) throw new Error(`in the extension's world: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
    return res.result.value as T;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => {});
  }
}

/** Starts recording the extension scripts `page` runs, by file name (content.js, content-toc.js…). */
export async function recordScripts(page: Page, extensionId: string): Promise<{ scripts: string[]; stop(): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  const scripts: string[] = [];
  const prefix = `chrome-extension://${extensionId}/`;
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith(prefix)) scripts.push(url.slice(prefix.length));
  });
  await cdp.send('Debugger.enable');
  return { scripts, stop: () => cdp.detach().catch(() => {}) };
}

/**
 * A stand-in for `speechSynthesis` (and `SpeechSynthesisUtterance`, which takes only the engine's
 * own voices) in the extension's world: it records every call, and the test fires the events a
 * real engine would (`tts.fire('end')`). `cancel` fires a late `end` on the
 * cancelled utterance, as engines may, which the reader must ignore. Voices: two local English,
 * a local French and a remote (network) English one.
 */
export const SPEECH_STUB = `(() => {
  const log = [];
  let current = null;
  const voices = [
    { name: 'Test English', lang: 'en-US', localService: true, default: true, voiceURI: 'test-en-us' },
    { name: 'Test English GB', lang: 'en-GB', localService: true, default: false, voiceURI: 'test-en-gb' },
    { name: 'Test French', lang: 'fr-FR', localService: true, default: false, voiceURI: 'test-fr' },
    { name: 'Remote English', lang: 'en-US', localService: false, default: false, voiceURI: 'remote-en' },
  ];
  const synth = {
    speaking: false, pending: false, paused: false,
    getVoices: () => voices,
    speak(u) { log.push({ call: 'speak', text: u.text, rate: u.rate, voice: u.voice ? u.voice.name : null, lang: u.lang }); current = u; },
    cancel() {
      log.push({ call: 'cancel' });
      const u = current;
      current = null;
      if (u) setTimeout(() => u.dispatchEvent(event('end', u)), 0);
    },
    pause() { log.push({ call: 'pause' }); },
    resume() { log.push({ call: 'resume' }); },
    addEventListener() {}, removeEventListener() {},
  };
  class Utterance extends EventTarget {
    constructor(text) {
      super();
      Object.assign(this, { text, lang: '', voice: null, rate: 1, pitch: 1, volume: 1 });
    }
  }
  const event = (type, u, init) => Object.assign(new Event(type), { utterance: u, charIndex: 0, ...(init || {}) });
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: Utterance });
  globalThis.__tts = {
    log,
    current: () => current && current.text,
    fire(type, init) {
      const u = current;
      if (!u) return false;
      u.dispatchEvent(event(type, u, init));
      return true;
    },
  };
  return true;
})()`;
