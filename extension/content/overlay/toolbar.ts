import { LIMITS, type Settings, type Theme } from '../../shared/settings';
import { h } from '../../shared/ui/element';
import { exportButtons, type ExportContext } from '../../shared/ui/export-buttons';

/**
 * The reader's toolbar: theme, font, size and width (saved as settings), the shared Copy and
 * Download buttons, Print, Settings and close.
 */
export interface ToolbarActions {
  settings(): Settings | null;
  /** Apply a settings change at once and save it. */
  change(patch: Partial<Settings>): void;
  exports: ExportContext;
  openOptions(): void;
  close(): void;
}

const THEMES: [Theme, string][] = [['auto', 'Auto'], ['light', 'Light'], ['sepia', 'Sepia'], ['dark', 'Dark']];

export function toolbar(doc: Document, act: ToolbarActions): HTMLElement {
  const button = (label: string, attrs: Record<string, string>, onClick: () => void): HTMLButtonElement => {
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
  const group = (label: string, ...children: Node[]) => h(doc, 'div', { class: 'group', role: 'group', 'aria-label': label }, ...children);
  const themes = group('Theme', ...THEMES.map(([t, label]) => button(label, { 'data-set-theme': t, 'aria-pressed': 'false' }, () => act.change({ theme: t }))));
  const fonts = group(
    'Font',
    button('Serif', { 'data-set-font': 'serif', 'aria-pressed': 'false' }, () => act.change({ font: 'serif' })),
    button('Sans', { 'data-set-font': 'sans', 'aria-pressed': 'false' }, () => act.change({ font: 'sans' })),
  );
  const size = group(
    'Text size and line width',
    button('A−', { 'data-action': 'smaller', 'aria-label': 'Smaller text' }, () => step('fontSize', -1)),
    button('A+', { 'data-action': 'larger', 'aria-label': 'Larger text' }, () => step('fontSize', 1)),
    button('↔−', { 'data-action': 'narrower', 'aria-label': 'Narrower lines' }, () => step('lineWidth', -4)),
    button('↔+', { 'data-action': 'wider', 'aria-label': 'Wider lines' }, () => step('lineWidth', 4)),
  );
  const { copy, download } = exportButtons(doc, act.exports);
  const exports = group('Export', ...copy, ...download, button('Print', { 'data-action': 'print' }, () => window.print()));
  const options = button('Settings', { 'data-action': 'options' }, act.openOptions);
  const close = button('×', { class: 'close', 'data-action': 'close', 'aria-label': 'Close reader view (Esc)' }, act.close);
  const sep = () => h(doc, 'span', { class: 'sep', 'aria-hidden': 'true' });
  return h(doc, 'div', { class: 'bar', role: 'toolbar', 'aria-label': 'Reader view' }, themes, sep(), fonts, sep(), size, sep(), exports, h(doc, 'span', { class: 'spacer' }), options, close);
}
