import browser from '../shared/browser';
import { askThrough, type Ask, type ArticleReply, type Reply } from '../shared/protocol';
import { finishReply } from '../shared/finish';
import type { Settings } from '../shared/settings';
import { applyAppearance } from '../shared/appearance';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/storage';
import { probeOf, probeRule, siteOf, withRule } from '../shared/learn';
import type { KeepOnSite } from '../shared/ui/removed-list';
import { exportButtons, markDefaultFormat } from '../shared/ui/export-buttons';
import type { RestorableArticle } from '../shared/ui/restorable-article';
import { showArticle } from './article-view';
import { part, showState } from './dom';
import { forbiddenByError, forbiddenByUrl, pdfReason } from './forbidden';

/**
 * The toolbar popup. The loading state is in the static HTML, so it shows at first paint; then the
 * popup asks the background to extract the active tab and shows exactly one of: the article, "no
 * article" (with "Try anyway"), a page the browser forbids, or an error. Never a blank popup.
 */
const ANSWER_TIMEOUT_MS = 20_000;

let settings: Settings;
let tab: { id: number; url?: string } | null = null;
let view: RestorableArticle | null = null;
let reply: ArticleReply | null = null;
let lastForce = false;

/** How long a status toast stays in view (its text stays in the live region for screen readers). */
const TOAST_MS = 4000;
let toastTimer: ReturnType<typeof setTimeout> | undefined;

function status(message: string, bad = false): void {
  const s = part('status');
  s.textContent = message;
  s.classList.toggle('bad', bad);
  s.classList.add('shown');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => s.classList.remove('shown'), TOAST_MS);
}

function showError(message: string): void {
  part('error-message').textContent = message;
  showState('error');
}

function showForbidden(reason: string): void {
  part('forbidden-reason').textContent = reason;
  showState('forbidden');
}

/** The background, asked through the protocol table; a background that does not answer in time is an error. */
const ask: Ask = askThrough(async (msg) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The page took too long to answer.')), ANSWER_TIMEOUT_MS);
  });
  try {
    return await Promise.race([browser.runtime.sendMessage(msg), timeout]);
  } finally {
    clearTimeout(timer);
  }
});

async function run(force: boolean): Promise<void> {
  if (!tab) return;
  lastForce = force;
  showState('loading');
  let res: Reply<'extract'>;
  try {
    res = await ask({ type: 'extract', tabId: tab.id, force });
  } catch (e) {
    res = { error: e instanceof Error ? e.message : String(e) };
  }
  if (!res || typeof res !== 'object') return showError('The extension did not answer.');
  if ('error' in res) {
    const reason = forbiddenByError(res.error, tab.url);
    return reason ? showForbidden(reason) : showError(res.error);
  }
  reply = finishReply(res, document);
  const result = reply.result;
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
  // "Use the page's own article text" shows another article: Copy and Download follow it.
  view = showArticle(result.article, status, (v) => (view = v), keepOn(reply.url));
  status(`Cleaned in ${Math.round(reply.ms)} ms.`);
  showState('article');
}

/**
 * "Always keep this on <site>": the page describes the block as it has it (the popup sees it
 * sanitized); a page that cannot be asked leaves the rule to the block's tag, heading and words.
 */
function keepOn(url: string): KeepOnSite {
  const site = siteOf(url);
  return {
    site,
    keep: async (_, block) => {
      if (!tab) throw new Error('There is no tab.');
      const probe = probeOf(block);
      const res = await ask({ type: 'rules:describe', tabId: tab.id, probe }).catch(() => null);
      const rule = res && 'rule' in res && res.rule ? res.rule : probeRule(probe, site, 'keep');
      await saveSettings({ learned: withRule((await loadSettings()).learned, rule) });
    },
  };
}

/** The reader opened from here shows the page as the popup does: the same restores, "Try anyway" too. */
async function openReader(): Promise<void> {
  if (!tab) return;
  status('Opening the reader view…');
  try {
    const res = await ask({ type: 'reader', tabId: tab.id, action: 'open', force: lastForce, restored: view?.restoredIds() ?? [] });
    if ('error' in res) status(`Could not open the reader view: ${res.error}`, true);
    else window.close();
  } catch (e) {
    status(`Could not open the reader view: ${e instanceof Error ? e.message : e}`, true);
  }
}

function wireActions(): void {
  part('try-anyway').addEventListener('click', () => void run(true));
  part('retry').addEventListener('click', () => void run(lastForce));
  part('open-options').addEventListener('click', () => {
    void browser.runtime.openOptionsPage().then(() => window.close());
  });
  part('open-reader').addEventListener('click', () => void openReader());
  const { copy, download } = exportButtons(document, {
    source: () => view?.current() ?? null,
    url: () => reply?.url ?? tab?.url ?? '',
    includeMetadata: () => settings.includeMetadata,
    parent: document.body,
    say: status,
  });
  part('copy-buttons').append(...copy);
  part('download-buttons').append(...download);
}

function applySettings(s: Settings): void {
  settings = s;
  applyAppearance(document.documentElement, s);
  markDefaultFormat(document, s.exportFormat);
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
