import { renderText } from '../../../src/render/text';
import { restoreRemoval } from '../../../src/render/restore';
import { exportsModule, markdownOf } from '../exports-key';
import type { Article, Removal } from '../../../src/types';
import type { ExtractReply } from '../../shared/messages';
import { LIMITS, type ExportFormat, type Settings, type Theme } from '../../shared/settings';
import { copyText, download } from './actions';
import { h } from './dom';
import { removedList } from './removed';
import { OVERLAY_CSS, PAGE_CSS } from './styles';
import { PageGuard } from './page-guard';

export interface OverlayHost {
  /** The pipeline's reply for this page (cached when the popup just extracted). */
  extract(force: boolean): Promise<ExtractReply>;
  settings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Ask the background to open the options page (content scripts cannot open it themselves). */
  openOptions(): Promise<unknown>;
  /**
   * The sink (shared/sink.ts) from the content script: the overlay travels in the reader module,
   * which would otherwise carry a second copy of DOMPurify.
   */
  safeFragment(html: string, doc: Document): DocumentFragment;
  safeHtml(html: string, doc: Document): string;
}

const THEMES: [Theme, string][] = [['auto', 'Auto'], ['light', 'Light'], ['sepia', 'Sepia'], ['dark', 'Dark']];
export const HOST_TAG = 'tidy-reader-overlay';
const NO_EXPORTS = 'Markdown and downloads are not available here: open the reader from the toolbar popup.';

/**
 * The reader overlay: one host element appended to `<html>`, a closed shadow root, and everything
 * inside built from data. Opening changes nothing in the page's DOM besides adding the host; the
 * scroll lock and print rules are a constructed sheet adopted by the document while open. Closing
 * removes both and puts scroll position and focus back.
 */
export class Overlay {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private root: HTMLElement | null = null;
  private guard: PageGuard | null = null;
  private settings: Settings | null = null;
  private current: { reply: ExtractReply; article: Article | null; body: HTMLElement | null } | null = null;
  private opening: Promise<void> | null = null;

  constructor(private readonly app: OverlayHost) {}

  get isOpen(): boolean {
    return this.host !== null;
  }

  async open(): Promise<void> {
    if (this.host) return;
    if (this.opening) return this.opening;
    this.opening = this.doOpen().finally(() => (this.opening = null));
    return this.opening;
  }

  close(): void {
    if (!this.host) return;
    const host = this.host;
    this.host = this.shadow = this.root = null;
    this.current = null;
    host.remove();
    this.guard?.release();
    this.guard = null;
  }

  async toggle(): Promise<void> {
    if (this.host) this.close();
    else await this.open();
  }

  /** Settings changed elsewhere (toolbar of another tab, options page): restyle in place. */
  applySettings(s: Settings): void {
    this.settings = s;
    if (!this.root) return;
    this.root.dataset.theme = s.theme;
    this.root.dataset.font = s.font;
    this.root.style.setProperty('--size', String(s.fontSize));
    this.root.style.setProperty('--width', String(s.lineWidth));
    for (const b of this.root.querySelectorAll<HTMLButtonElement>('[data-set-theme]')) b.setAttribute('aria-pressed', String(b.dataset.setTheme === s.theme));
    for (const b of this.root.querySelectorAll<HTMLButtonElement>('[data-set-font]')) b.setAttribute('aria-pressed', String(b.dataset.setFont === s.font));
  }

  private async doOpen(): Promise<void> {
    const [settings, reply] = await Promise.all([this.app.settings(), this.app.extract(false)]);
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
    root.append(this.toolbar(doc), h(doc, 'div', { class: 'status', role: 'status', 'aria-live': 'polite' }));
    this.applySettings(settings);
    const scroller = h(doc, 'div', { class: 'scroller', tabindex: '-1' });
    root.append(scroller);
    try {
      this.render(reply);
    } catch (e) {
      // Nothing was added to the page yet: forget the half-built overlay so a later open can work.
      this.host = this.shadow = this.root = null;
      this.current = null;
      throw e;
    }

    this.guard = new PageGuard(host, shadow, PAGE_CSS, () => this.close());
    doc.documentElement.append(host);
    this.guard.engage();
    scroller.focus({ preventScroll: true });
  }

  private toolbar(doc: Document): HTMLElement {
    const button = (label: string, attrs: Record<string, string>, onClick: () => void): HTMLButtonElement => {
      const b = h(doc, 'button', { type: 'button', ...attrs }, label);
      b.addEventListener('click', onClick);
      return b;
    };
    const save = (patch: Partial<Settings>): void => {
      if (!this.settings) return;
      this.applySettings({ ...this.settings, ...patch });
      this.app.saveSettings(patch).catch(() => this.say('Could not save the setting.'));
    };
    const step = (key: 'fontSize' | 'lineWidth', by: number): void => {
      if (!this.settings) return;
      const [lo, hi] = LIMITS[key];
      save({ [key]: Math.min(hi, Math.max(lo, this.settings[key] + by)) });
    };
    const themes = h(doc, 'div', { class: 'group', role: 'group', 'aria-label': 'Theme' }, ...THEMES.map(([t, label]) => button(label, { 'data-set-theme': t, 'aria-pressed': 'false' }, () => save({ theme: t }))));
    const fonts = h(
      doc, 'div', { class: 'group', role: 'group', 'aria-label': 'Font' },
      button('Serif', { 'data-set-font': 'serif', 'aria-pressed': 'false' }, () => save({ font: 'serif' })),
      button('Sans', { 'data-set-font': 'sans', 'aria-pressed': 'false' }, () => save({ font: 'sans' })),
    );
    const size = h(
      doc, 'div', { class: 'group', role: 'group', 'aria-label': 'Text size and line width' },
      button('A−', { 'data-action': 'smaller', 'aria-label': 'Smaller text' }, () => step('fontSize', -1)),
      button('A+', { 'data-action': 'larger', 'aria-label': 'Larger text' }, () => step('fontSize', 1)),
      button('↔−', { 'data-action': 'narrower', 'aria-label': 'Narrower lines' }, () => step('lineWidth', -4)),
      button('↔+', { 'data-action': 'wider', 'aria-label': 'Wider lines' }, () => step('lineWidth', 4)),
    );
    const exportButtons = h(
      doc, 'div', { class: 'group', role: 'group', 'aria-label': 'Export' },
      button('Copy text', { 'data-action': 'copy-text' }, () => void this.copy('text')),
      button('Copy Markdown', { 'data-action': 'copy-md' }, () => void this.copy('md')),
      ...(['txt', 'md', 'html'] as ExportFormat[]).map((f) => button('.' + f, { 'data-action': 'download-' + f, 'aria-label': `Download .${f}` }, () => this.download(f))),
      button('Print', { 'data-action': 'print' }, () => window.print()),
    );
    const options = button('Settings', { 'data-action': 'options' }, () => void this.app.openOptions().catch(() => this.say('Could not open the settings.')));
    const close = button('×', { class: 'close', 'data-action': 'close', 'aria-label': 'Close reader view (Esc)' }, () => this.close());
    const sep = () => h(doc, 'span', { class: 'sep', 'aria-hidden': 'true' });
    return h(doc, 'div', { class: 'bar', role: 'toolbar', 'aria-label': 'Reader view' }, themes, sep(), fonts, sep(), size, sep(), exportButtons, h(doc, 'span', { class: 'spacer' }), options, close);
  }

  private render(reply: ExtractReply, forced = false): void {
    const root = this.root;
    if (!root) return;
    const doc = root.ownerDocument;
    const scroller = root.querySelector('.scroller') as HTMLElement;
    scroller.replaceChildren();
    for (const b of root.querySelectorAll<HTMLButtonElement>('[data-action^="copy"], [data-action^="download"], [data-action="print"]')) b.disabled = !reply.result.ok;
    if (!reply.result.ok) {
      const { error } = reply.result;
      const retry = error.code === 'no-article' && !forced ? h(doc, 'button', { type: 'button', 'data-action': 'try-anyway' }, 'Try anyway') : null;
      retry?.addEventListener('click', () => void this.app.extract(true).then((r) => this.render(r, true)));
      scroller.append(h(doc, 'div', { class: 'message', role: 'alert' }, h(doc, 'p', {}, error.message), retry));
      this.current = { reply, article: null, body: null };
      return;
    }
    const a = reply.result.article;
    root.setAttribute('aria-label', `Reader view: ${a.title}`);
    const date = formatDate(a.published, a.lang);
    const meta = h(
      doc, 'p', { class: 'meta' },
      a.byline && h(doc, 'span', { class: 'byline' }, a.byline),
      a.siteName && h(doc, 'span', { class: 'site' }, a.siteName),
      date && h(doc, 'time', { class: 'date', datetime: a.published ?? undefined }, date),
      h(doc, 'span', { class: 'reading' }, `${a.readingMinutes} min read`),
    );
    const body = h(doc, 'div', { class: 'body' });
    body.append(this.app.safeFragment(a.html, doc));
    const article = h(doc, 'article', { dir: a.dir ?? 'auto', lang: a.lang ?? undefined }, h(doc, 'header', {}, h(doc, 'h1', { class: 'title' }, a.title), meta), body);
    if (a.removed.length) article.append(removedList(doc, a.removed, (r) => this.restore(r)));
    scroller.append(article);
    this.current = { reply, article: a, body };
  }

  private restore(r: Removal): void {
    const body = this.current?.body;
    if (!body) return;
    // restoreRemoval places an empty wrapper where the block was; its content goes through the sink.
    const wrapper = restoreRemoval(body, { ...r, html: '' });
    wrapper.append(this.app.safeFragment(r.html, wrapper.ownerDocument));
    this.say('Restored into the article.');
  }

  /** The article as it stands now, restored blocks included. */
  private snapshot(): { article: Article; markdown: string | null } | null {
    const c = this.current;
    if (!c?.article || !c.body) return null;
    // The HTML goes through the sanitizer again: it drops the overlay's own data-restored marks.
    return { article: { ...c.article, text: renderText(c.body), html: this.app.safeHtml(c.body.innerHTML, c.body.ownerDocument) }, markdown: markdownOf(c.body) };
  }

  private async copy(kind: 'text' | 'md'): Promise<void> {
    const snap = this.snapshot();
    if (!snap || !this.shadow) return;
    const text = kind === 'text' ? snap.article.text : snap.markdown;
    if (text === null) return this.say(NO_EXPORTS);
    const ok = await copyText(this.shadow, text);
    this.say(ok ? (kind === 'text' ? 'Text copied.' : 'Markdown copied.') : 'Copying was blocked by the browser.');
  }

  private download(format: ExportFormat): void {
    const snap = this.snapshot();
    if (!snap || !this.shadow || !this.current) return;
    const exports = exportsModule();
    if (!exports || snap.markdown === null) return this.say(NO_EXPORTS);
    const file = exports.exportFile(snap.article, snap.markdown, format, this.current.reply.url, this.settings?.includeMetadata ?? true);
    download(this.shadow, file);
    this.say(`Downloading ${file.name}`);
  }

  private say(text: string): void {
    const s = this.root?.querySelector('.status');
    if (s) s.textContent = text;
  }
}

function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  try {
    return d.toLocaleDateString(lang ?? undefined, { year: 'numeric', month: 'long', day: 'numeric', ...(dateOnly ? { timeZone: 'UTC' } : {}) });
  } catch {
    return d.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  }
}

/**
 * Styles through a constructed sheet (no CSP applies to it); where the browser refuses one from a
 * content script, a `<style>` inside the shadow root.
 */
export function adoptStyles(shadow: ShadowRoot, css: string): void {
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
