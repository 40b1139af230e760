import type { ArticleReply, ReaderView } from '../../shared/protocol';
import { settingsStore, type Settings, type SettingsStore } from '../../shared/settings';
import { h } from '../../shared/ui/element';
import { markDefaultFormat } from '../../shared/ui/export-buttons';
import { addStyles } from '../lazy';
import type { OverlayHost, ReaderOverlay } from '../reader-module';
import { Extras } from './extras';
import { averageCharWidth, measurePx } from '../../shared/measure';
import { PageGuard } from './page-guard';
import { renderReply, type Rendered } from './render';
import { OVERLAY_CSS, PAGE_CSS } from './styles';
import { toolbar, type Toolbar } from './toolbar';
import type { LearnedRule } from '../../../src/index';
import { liveRule, probeOf, siteOf, withRule } from '../../shared/learn';

export const HOST_TAG = 'tidy-reader-overlay';

/** How long a status message stays in view (it stays in the live region's text for screen readers). */
const TOAST_MS = 4000;

interface Open {
  host: HTMLElement;
  shadow: ShadowRoot;
  root: HTMLElement;
  bar: Toolbar;
  main: HTMLElement;
  scroller: HTMLElement;
  progress: HTMLElement;
  status: HTMLElement;
  guard: PageGuard | null;
  extras: Extras;
  rendered: Rendered | null;
}

/**
 * The reader overlay: one host element appended to `<html>`, a closed shadow root, and everything
 * inside built from data, with the UI pieces the popup uses too (shared/ui/). Opening changes
 * nothing in the page's DOM besides adding the host and making the rest of the page inert; the
 * scroll lock and print rules are a constructed sheet adopted by the document while open. Closing
 * removes all of it and puts scroll position and focus back.
 */
export class Overlay implements ReaderOverlay {
  private o: Open | null = null;
  private settings: Settings | null = null;
  private opening: Promise<void> | null = null;
  private readonly store: SettingsStore;
  private unfollow: (() => void) | null = null;
  /** Saves of our own still under way: their echoes from storage would briefly undo later clicks. */
  private saving = 0;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  private charWidths = new Map<string, number | null>();

  constructor(private readonly app: OverlayHost) {
    this.store = settingsStore(() => app.storage);
  }

  get isOpen(): boolean {
    return this.o !== null;
  }

  async open(view: ReaderView = {}): Promise<void> {
    if (this.o) return;
    if (this.opening) return this.opening;
    this.opening = this.doOpen(view).finally(() => (this.opening = null));
    return this.opening;
  }

  close(): void {
    const o = this.o;
    if (!o) return;
    this.o = null;
    clearTimeout(this.toastTimer);
    o.extras.destroy();
    o.host.remove();
    this.unfollow?.();
    this.unfollow = null;
    o.guard?.release();
  }

  async toggle(): Promise<void> {
    if (this.o) this.close();
    else await this.open();
  }

  /** Settings changed here or elsewhere (another tab, the options page): restyle in place. */
  private applySettings(s: Settings): void {
    this.settings = s;
    const o = this.o;
    if (!o) return;
    o.root.dataset.theme = s.theme;
    o.root.dataset.font = s.font;
    o.root.style.setProperty('--size', String(s.fontSize));
    const key = `${s.font} ${s.fontSize}`;
    if (!this.charWidths.has(key)) this.charWidths.set(key, averageCharWidth(o.root.ownerDocument, o.rendered?.text ?? '', s.font, s.fontSize));
    o.root.style.setProperty('--measure', `${measurePx(this.charWidths.get(key) ?? null, s.lineWidth, s.fontSize)}px`);
    o.bar.show(s);
    markDefaultFormat(o.root, s.exportFormat);
  }

  private async doOpen(view: ReaderView): Promise<void> {
    const [settings, reply] = await Promise.all([this.store.loadSettings(), this.app.extract(view.force ?? false)]);
    if (this.o) return;
    const doc = document;
    const host = doc.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    addStyles(shadow, OVERLAY_CSS);
    const root = h(doc, 'div', { class: 'root', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Reader view', dir: 'ltr', lang: 'en' });
    const bar = toolbar(doc, {
      settings: () => this.settings,
      change: (patch) => this.change(patch),
      exports: {
        source: () => this.o?.rendered?.view?.current() ?? null,
        url: () => this.o?.rendered?.reply.url ?? location.href,
        includeMetadata: () => this.settings?.includeMetadata ?? true,
        parent: shadow,
        say: (m, bad) => this.say(m, bad),
      },
      contents: () => void this.o?.extras.use('contents'),
      readAloud: () => void this.o?.extras.use('speech'),
      pick: () => void this.o?.extras.use('picker'),
      openOptions: () => void this.app.openOptions().catch(() => this.say('Could not open the settings.')),
      close: () => this.close(),
    });
    const progress = h(doc, 'div', { class: 'progress', role: 'progressbar', 'aria-label': 'Reading progress', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0' }, h(doc, 'div', {}));
    const scroller = h(doc, 'div', { class: 'scroller', tabindex: '-1' });
    const main = h(doc, 'div', { class: 'main' }, scroller);
    const status = h(doc, 'div', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-testid': 'status' });
    root.append(bar.bar, progress, main, status);
    shadow.append(root);
    const o: Open = { host, shadow, root, bar, main, scroller, progress, status, guard: null, extras: new Extras(this.app.loadModule, (m, bad) => this.say(m, bad)), rendered: null };
    this.o = o;
    try {
      this.render(reply, view);
    } catch (e) {
      // Nothing was added to the page yet: forget the half-built overlay so a later open can work.
      this.o = null;
      throw e;
    }
    this.applySettings(settings);
    this.followScroll(o);
    root.addEventListener('click', (e) => o.bar.menus.outside(e.target));

    // Settings changed in another tab or on the options page: restyle in place while open.
    this.unfollow = this.store.onSettingsChanged((s) => {
      if (!this.saving) this.applySettings(s);
    });
    o.guard = new PageGuard(host, shadow, PAGE_CSS, () => {
      if (!o.bar.menus.closeAll() && !o.extras.escape()) this.close();
    });
    doc.documentElement.append(host);
    o.guard.engage();
    scroller.focus({ preventScroll: true });
  }

  private change(patch: Partial<Settings>): void {
    if (!this.settings) return;
    this.applySettings({ ...this.settings, ...patch });
    this.saving++;
    this.store
      .saveSettings(patch)
      .catch(() => this.say('Could not save the setting.'))
      .finally(() => this.saving--);
  }

  private render(reply: ArticleReply, view: ReaderView): void {
    const o = this.o;
    if (!o) return;
    o.extras.destroy();
    o.rendered = renderReply(o.scroller, reply, view, {
      sink: this.app.safeFragment,
      say: (m) => this.say(m),
      tryAnyway: () => void this.retry(),
      replace: (article) => this.render({ ...reply, result: { ok: true, article } }, view),
      keepOn: { site: siteOf(reply.url), keep: (_, block) => this.saveRule(liveRule(document, probeOf(block), siteOf(reply.url), 'keep')) },
    });
    for (const b of o.root.querySelectorAll<HTMLButtonElement>('[data-action^="copy"], [data-action^="download"], [data-action="print"]')) b.disabled = !reply.result.ok;
    const r = o.rendered;
    o.root.setAttribute('aria-label', r.title ? `Reader view: ${r.title}` : 'Reader view');
    o.bar.contents.hidden = r.headings < 3;
    o.bar.readAloud.hidden = !r.body || typeof speechSynthesis === 'undefined';
    o.bar.pick.hidden = !r.body;
    const site = siteOf(reply.url);
    if (r.body && r.titleEl) o.extras.attach({ doc: o.root.ownerDocument, shadow: o.shadow, root: o.root, main: o.main, scroller: o.scroller, title: r.titleEl, body: r.body, lang: r.lang, say: (m, bad) => this.say(m, bad), site, saveRule: (rule) => this.saveRule(rule) }, { contents: o.bar.contents, speech: o.bar.readAloud, picker: o.bar.pick });
    this.charWidths.clear();
    if (this.settings) this.applySettings(this.settings);
  }

  /** A learned rule, added to the stored ones (the next extraction applies it). */
  private async saveRule(rule: LearnedRule): Promise<void> {
    await this.store.saveSettings({ learned: withRule((await this.store.loadSettings()).learned, rule) });
  }

  private async retry(): Promise<void> {
    try {
      this.render(await this.app.extract(true), { force: true });
    } catch (e) {
      this.say(e instanceof Error ? e.message : String(e), true);
    }
  }

  /** The progress bar follows the article's scroll position, once a frame at most. */
  private followScroll(o: Open): void {
    let queued = false;
    const fill = o.progress.firstElementChild as HTMLElement;
    const update = (): void => {
      queued = false;
      const max = o.scroller.scrollHeight - o.scroller.clientHeight;
      const p = max > 0 ? Math.min(1, Math.max(0, o.scroller.scrollTop / max)) : 1;
      fill.style.transform = `scaleX(${p})`;
      o.progress.setAttribute('aria-valuenow', String(Math.round(p * 100)));
    };
    o.scroller.addEventListener('scroll', () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(update);
    }, { passive: true });
  }

  /** A toast: over the article, moving nothing, gone after a few seconds (its text stays for screen readers). */
  private say(text: string, bad = false): void {
    const s = this.o?.status;
    if (!s) return;
    s.textContent = text;
    s.classList.toggle('bad', bad);
    s.classList.add('shown');
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => s.classList.remove('shown'), TOAST_MS);
  }
}
