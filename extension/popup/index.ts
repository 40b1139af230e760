import browser from '../shared/browser';
import type { BackgroundRequests, ExtractReply } from '../shared/messages';
import type { ExportFormat, Settings } from '../shared/settings';
import { applyAppearance } from '../shared/appearance';
import { loadSettings, onSettingsChanged } from '../shared/storage';
import { ArticleView } from './article-view';
import { part, showState } from './dom';
import { copy, download, exportContent, type ExportSource } from './exports';
import { forbiddenByError, forbiddenByUrl, pdfReason } from './forbidden';

/**
 * The toolbar popup. The loading state is in the static HTML, so it shows at first paint; then the
 * popup asks the background to extract the active tab and shows exactly one of: the article, "no
 * article" (with "Try anyway"), a page the browser forbids, or an error. Never a blank popup.
 */
const ANSWER_TIMEOUT_MS = 20_000;

let settings: Settings;
let tab: { id: number; url?: string } | null = null;
let view: ArticleView | null = null;
let reply: ExtractReply | null = null;
let lastForce = false;

function status(message: string, bad = false): void {
  const s = part('status');
  s.textContent = message;
  s.classList.toggle('bad', bad);
}

function showError(message: string): void {
  part('error-message').textContent = message;
  showState('error');
}

function showForbidden(reason: string): void {
  part('forbidden-reason').textContent = reason;
  showState('forbidden');
}

async function ask<K extends 'extract' | 'reader'>(req: BackgroundRequests[K]['req']): Promise<BackgroundRequests[K]['res']> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The page took too long to answer.')), ANSWER_TIMEOUT_MS);
  });
  try {
    return (await Promise.race([browser.runtime.sendMessage(req), timeout])) as BackgroundRequests[K]['res'];
  } finally {
    clearTimeout(timer);
  }
}

async function run(force: boolean): Promise<void> {
  if (!tab) return;
  lastForce = force;
  showState('loading');
  let res: BackgroundRequests['extract']['res'];
  try {
    res = await ask<'extract'>({ type: 'extract', tabId: tab.id, force });
  } catch (e) {
    res = { error: e instanceof Error ? e.message : String(e) };
  }
  if (!res || typeof res !== 'object') return showError('The extension did not answer.');
  if ('error' in res) {
    const reason = forbiddenByError(res.error, tab.url);
    return reason ? showForbidden(reason) : showError(res.error);
  }
  reply = res;
  const result = res.result;
  if (!result.ok) {
    if (result.error.code === 'no-article') {
      part('no-article-message').textContent = result.error.message;
      part<HTMLButtonElement>('try-anyway').hidden = force; // already tried
      return showState('no-article');
    }
    // A PDF or a plain-text file: not something to retry, just something we cannot read.
    if (result.error.code === 'not-html') return showForbidden(pdfReason(tab.url) ?? result.error.message);
    return showError(result.error.message);
  }
  view = new ArticleView(result.article, res.markdown, status);
  view.render();
  status(`Cleaned in ${Math.round(res.ms)} ms.`);
  showState('article');
}

function source(): ExportSource | null {
  if (!view || !reply) return null;
  const { article, markdown } = view.current();
  return { article, markdown, url: reply.url, includeMetadata: settings.includeMetadata };
}

function wireActions(): void {
  part('try-anyway').addEventListener('click', () => void run(true));
  part('retry').addEventListener('click', () => void run(lastForce));
  part('open-options').addEventListener('click', () => {
    void browser.runtime.openOptionsPage().then(() => window.close());
  });
  part('open-reader').addEventListener('click', async () => {
    if (!tab) return;
    status('Opening the reader view…');
    try {
      const res = await ask<'reader'>({ type: 'reader', tabId: tab.id, action: 'open' });
      if ('error' in res) status(`Could not open the reader view: ${res.error}`, true);
      else window.close();
    } catch (e) {
      status(`Could not open the reader view: ${e instanceof Error ? e.message : e}`, true);
    }
  });
  const copyAction = (format: 'txt' | 'md', what: string) => async () => {
    const src = source();
    if (!src) return;
    try {
      await copy(exportContent(format, src));
      status(`Copied the ${what}.`);
    } catch (e) {
      status(`Could not copy: ${e instanceof Error ? e.message : e}`, true);
    }
  };
  part('copy-text').addEventListener('click', copyAction('txt', 'text'));
  part('copy-markdown').addEventListener('click', copyAction('md', 'Markdown'));
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
    button.addEventListener('click', () => {
      const src = source();
      if (!src) return;
      try {
        status(`Saved ${download(button.dataset.format as ExportFormat, src)}.`);
      } catch (e) {
        status(`Could not save: ${e instanceof Error ? e.message : e}`, true);
      }
    });
  }
}

function applySettings(s: Settings): void {
  settings = s;
  applyAppearance(document.documentElement, s);
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-format]')) b.classList.toggle('default', b.dataset.format === s.exportFormat);
}

async function main(): Promise<void> {
  wireActions();
  applySettings(await loadSettings());
  onSettingsChanged(applySettings);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!active || typeof active.id !== 'number' || active.id < 0) return showError('There is no tab to read.');
  tab = { id: active.id, url: active.url };
  const reason = forbiddenByUrl(active.url);
  if (reason) return showForbidden(reason);
  await run(false);
}

main().catch((e: unknown) => showError(e instanceof Error ? e.message : String(e)));
