import { LIMITS, type Settings, type Theme } from '../../shared/settings';
import { h } from '../../shared/ui/element';
import { exportButtons, type ExportContext } from '../../shared/ui/export-buttons';
import { Menus } from './menu';

/**
 * The reader's toolbar, one row down to a phone's width: "Aa" (theme, font, text size, line
 * width: saved as settings), Contents and Read aloud (shown when the article has headings and the
 * browser can speak), then Export (the shared Copy and Download buttons, Print), Settings and
 * close. Firefox's Reader View keeps the same few controls in view, the rest behind "Aa".
 */
export interface ToolbarActions {
  settings(): Settings | null;
  /** Apply a settings change at once and save it. */
  change(patch: Partial<Settings>): void;
  exports: ExportContext;
  contents(): void;
  readAloud(): void;
  /** The block picker: remove a block on this site from the next extraction on. */
  pick(): void;
  openOptions(): void;
  close(): void;
}

export interface Toolbar {
  bar: HTMLElement;
  menus: Menus;
  /** Shown only for articles with enough headings. */
  contents: HTMLButtonElement;
  /** Shown only where the browser has speech synthesis. */
  readAloud: HTMLButtonElement;
  /** Shown when there is an article to pick blocks of. */
  pick: HTMLButtonElement;
  /** Show the settings' values (pressed theme and font, size, width). */
  show(s: Settings): void;
}

const THEMES: [Theme, string][] = [['auto', 'Auto'], ['light', 'Light'], ['sepia', 'Sepia'], ['dark', 'Dark']];

export function toolbar(doc: Document, act: ToolbarActions): Toolbar {
  const menus = new Menus(doc);
  const button = (label: string, attrs: Record<string, string | boolean | undefined>, onClick: () => void): HTMLButtonElement => {
    const b = h(doc, 'button', { type: 'button', ...attrs }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  const step = (key: 'fontSize' | 'lineWidth', by: number): void => {
    const s = act.settings();
    if (!s) return;
    const [lo, hi] = LIMITS[key];
    act.change({ [key]: Math.min(hi, Math.max(lo, s[key] + by)) });
  };
  const label = (text: string) => h(doc, 'span', { class: 'label' }, text);
  const row = (name: string, ...children: Node[]) => h(doc, 'div', { class: 'row', role: 'group', 'aria-label': name }, label(name), ...children);
  const sizeValue = h(doc, 'span', { class: 'value', 'data-testid': 'size-value' });
  const widthValue = h(doc, 'span', { class: 'value', 'data-testid': 'width-value' });
  const type = menus.make(
    { id: 'tr-type', label: 'Aa', name: 'Text and theme', action: 'menu-type' },
    row('Theme', ...THEMES.map(([t, name]) => button(name, { 'data-set-theme': t, 'aria-pressed': 'false' }, () => act.change({ theme: t })))),
    row('Font', button('Serif', { 'data-set-font': 'serif', 'aria-pressed': 'false' }, () => act.change({ font: 'serif' })), button('Sans', { 'data-set-font': 'sans', 'aria-pressed': 'false' }, () => act.change({ font: 'sans' }))),
    row('Text size', button('−', { 'data-action': 'smaller', 'aria-label': 'Smaller text' }, () => step('fontSize', -1)), sizeValue, button('+', { 'data-action': 'larger', 'aria-label': 'Larger text' }, () => step('fontSize', 1))),
    row('Line width', button('−', { 'data-action': 'narrower', 'aria-label': 'Narrower lines' }, () => step('lineWidth', -4)), widthValue, button('+', { 'data-action': 'wider', 'aria-label': 'Wider lines' }, () => step('lineWidth', 4))),
  );
  const { copy, download } = exportButtons(doc, act.exports);
  const done = (): void => void menus.closeAll();
  for (const b of [...copy, ...download]) b.addEventListener('click', done);
  const exportMenu = menus.make(
    { id: 'tr-export', label: 'Export', name: 'Export', end: true, action: 'menu-export' },
    h(doc, 'div', { class: 'row', role: 'group', 'aria-label': 'Copy' }, label('Copy'), ...copy),
    h(doc, 'div', { class: 'row', role: 'group', 'aria-label': 'Download' }, label('Download'), ...download),
    h(doc, 'div', { class: 'row' }, button('Print', { 'data-action': 'print' }, () => {
      done();
      window.print();
    })),
  );
  const contents = button('Contents', { 'data-action': 'contents', 'aria-expanded': 'false', hidden: true }, act.contents);
  const readAloud = button('Read aloud', { 'data-action': 'read-aloud', 'aria-expanded': 'false', hidden: true }, act.readAloud);
  const pick = button('Pick', { 'data-action': 'pick', 'aria-pressed': 'false', title: 'Pick a block to remove it on this site', hidden: true }, act.pick);
  const options = button('Settings', { 'data-action': 'options' }, act.openOptions);
  const close = button('×', { class: 'close', 'data-action': 'close', 'aria-label': 'Close reader view (Esc)' }, act.close);
  const bar = h(doc, 'div', { class: 'bar', role: 'toolbar', 'aria-label': 'Reader view' }, type.wrap, contents, readAloud, pick, h(doc, 'span', { class: 'spacer' }), exportMenu.wrap, options, close);
  return {
    bar,
    menus,
    contents,
    readAloud,
    pick,
    show(s) {
      for (const b of bar.querySelectorAll<HTMLButtonElement>('[data-set-theme]')) b.setAttribute('aria-pressed', String(b.dataset.setTheme === s.theme));
      for (const b of bar.querySelectorAll<HTMLButtonElement>('[data-set-font]')) b.setAttribute('aria-pressed', String(b.dataset.setFont === s.font));
      sizeValue.textContent = `${s.fontSize} px`;
      widthValue.textContent = `${s.lineWidth} characters`;
    },
  };
}
