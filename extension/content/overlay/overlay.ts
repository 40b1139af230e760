import type { ExtractReply, ReaderView } from '../../shared/protocol';
import { settingsStore, type Settings, type SettingsStore } from '../../shared/settings';
import { h } from '../../shared/ui/element';
import { markDefaultFormat } from '../../shared/ui/export-buttons';
import { articleHeader } from '../../shared/ui/facts';
import { removedList } from '../../shared/ui/removed-list';
import { RestorableArticle } from '../../shared/ui/restorable-article';
import type { OverlayHost, ReaderOverlay } from '../reader-module';
import { PageGuard } from './page-guard';
import { OVERLAY_CSS, PAGE_CSS } from './styles';
import { toolbar } from './toolbar';

export const HOST_TAG = 'tidy-reader-overlay';

/**
 * The reader overlay: one host element appended to `<html>`, a closed shadow root, and everything
 * inside built from data, with the UI pieces the popup uses too (shared/ui/). Opening changes
 * nothing in the page's DOM besides adding the host; the scroll lock and print rules are a
 * constructed sheet adopted by the document while open. Closing removes both and puts scroll
 * position and focus back.
 */
export class Overlay implements ReaderOverlay {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private root: HTMLElement | null = null;
  private guard: PageGuard | null = null;
  private settings: Settings | null = null;
  private current: { reply: ExtractReply; view: RestorableArticle | null } | null = null;
  private opening: Promise<void> | null = null;
  private readonly store: SettingsStore;
  private unfollow: (() => void) | null = null;
  /** Saves of our own still under way: their echoes from storage would briefly undo later clicks. */
  private saving = 0;

  constructor(private readonly app: OverlayHost) {
    this.store = settingsStore(() => app.storage);
  }

  get isOpen(): boolean {
    return this.host !== null;
  }

  async open(view: ReaderView = {}): Promise<void> {
    if (this.host) return;
    if (this.opening) return this.opening;
    this.opening = this.doOpen(view).finally(() => (this.opening = null));
    return this.opening;
  }

  close(): void {
    if (!this.host) return;
    const host = this.host;
    this.host = this.shadow = this.root = null;
    this.current = null;
    host.remove();
    this.unfollow?.();
    this.unfollow = null;
    this.guard?.release();
    this.guard = null;
  }

  async toggle(): Promise<void> {
    if (this.host) this.close();
    else await this.open();
  }

  /** Settings changed here or elsewhere (another tab, the options page): restyle in place. */
  private applySettings(s: Settings): void {
    this.settings = s;
    if (!this.root) return;
    this.root.dataset.theme = s.theme;
    this.root.dataset.font = s.font;
    this.root.style.setProperty('--size', String(s.fontSize));
    this.root.style.setProperty('--width', String(s.lineWidth));
    for (const b of this.root.querySelectorAll<HTMLButtonElement>('[data-set-theme]')) b.setAttribute('aria-pressed', String(b.dataset.setTheme === s.theme));
    for (const b of this.root.querySelectorAll<HTMLButtonElement>('[data-set-font]')) b.setAttribute('aria-pressed', String(b.dataset.setFont === s.font));
    markDefaultFormat(this.root, s.exportFormat);
  }

  private async doOpen(view: ReaderView): Promise<void> {
    const [settings, reply] = await Promise.all([this.store.loadSettings(), this.app.extract(view.force ?? false)]);
    if (this.host) return;
    const doc = document;
    const host = doc.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptStyles(shadow, OVERLAY_CSS);
    const root = h(doc, 'div', { class: 'root', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Reader view' });
    shadow.append(root);
    this.host = host;
    this.shadow = shadow;
    this.root = root;
    const bar = toolbar(doc, {
      settings: () => this.settings,
      change: (patch) => {
        if (!this.settings) return;
        this.applySettings({ ...this.settings, ...patch });
        this.saving++;
        this.store
          .saveSettings(patch)
          .catch(() => this.say('Could not save the setting.'))
          .finally(() => this.saving--);
      },
      exports: {
        source: () => this.current?.view?.current() ?? null,
        url: () => this.current?.reply.url ?? location.href,
        includeMetadata: () => this.settings?.includeMetadata ?? true,
        parent: shadow,
        say: (m, bad) => this.say(m, bad),
      },
      openOptions: () => void this.app.openOptions().catch(() => this.say('Could not open the settings.')),
      close: () => this.close(),
    });
    root.append(bar, h(doc, 'div', { class: 'status', role: 'status', 'aria-live': 'polite' }));
    this.applySettings(settings);
    const scroller = h(doc, 'div', { class: 'scroller', tabindex: '-1' });
    root.append(scroller);
    try {
      this.render(reply, view);
    } catch (e) {
      // Nothing was added to the page yet: forget the half-built overlay so a later open can work.
      this.host = this.shadow = this.root = null;
      this.current = null;
      throw e;
    }

    // Settings changed in another tab or on the options page: restyle in place while open.
    this.unfollow = this.store.onSettingsChanged((s) => {
      if (!this.saving) this.applySettings(s);
    });
    this.guard = new PageGuard(host, shadow, PAGE_CSS, () => this.close());
    doc.documentElement.append(host);
    this.guard.engage();
    scroller.focus({ preventScroll: true });
  }

  private render(reply: ExtractReply, view: ReaderView): void {
    const root = this.root;
    if (!root) return;
    const doc = root.ownerDocument;
    const scroller = root.querySelector('.scroller') as HTMLElement;
    scroller.replaceChildren();
    for (const b of root.querySelectorAll<HTMLButtonElement>('[data-action^="copy"], [data-action^="download"], [data-action="print"]')) b.disabled = !reply.result.ok;
    if (!reply.result.ok) {
      const { error } = reply.result;
      const retry = error.code === 'no-article' && !view.force ? h(doc, 'button', { type: 'button', 'data-action': 'try-anyway' }, 'Try anyway') : null;
      retry?.addEventListener('click', () => void this.app.extract(true).then((r) => this.render(r, { force: true })));
      scroller.append(h(doc, 'div', { class: 'message', role: 'alert' }, h(doc, 'p', {}, error.message), retry));
      this.current = { reply, view: null };
      return;
    }
    const a = reply.result.article;
    root.setAttribute('aria-label', `Reader view: ${a.title}`);
    const body = h(doc, 'div', { class: 'body' });
    const article = new RestorableArticle(a, body, this.app.safeFragment, view.restored);
    const header = articleHeader(doc, a, { layout: 'line', facts: ['site', 'date', 'reading'], dateStyle: 'long', locale: a.lang ?? undefined });
    scroller.append(h(doc, 'article', { dir: a.dir ?? 'auto', lang: a.lang ?? undefined }, header, body, removedList(doc, article, (m) => this.say(m))));
    this.current = { reply, view: article };
  }

  private say(text: string, bad = false): void {
    const s = this.root?.querySelector('.status');
    if (!s) return;
    s.textContent = text;
    s.classList.toggle('bad', bad);
  }
}

/**
 * Styles through a constructed sheet (no CSP applies to it); where the browser refuses one from a
 * content script, a `<style>` inside the shadow root.
 */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    /* fall back below */
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
