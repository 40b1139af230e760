import { averageCharWidth, measurePx } from './measure';
import type { Settings } from './settings';

/**
 * Applies the reading settings to an extension page: theme and font as data attributes the
 * stylesheet keys on, size and width as CSS custom properties (set through the CSSOM, which the
 * pages' `style-src 'self'` CSP allows, unlike a `style` attribute). The width is the setting's
 * number of characters of `sample` text in that font, measured as the reader measures it.
 */
export function applyAppearance(root: HTMLElement, s: Pick<Settings, 'theme' | 'font' | 'fontSize' | 'lineWidth'>, sample = ''): void {
  root.dataset.theme = s.theme;
  root.dataset.font = s.font;
  root.style.setProperty('--reader-size', `${s.fontSize}px`);
  root.style.setProperty('--reader-width', `${measurePx(averageCharWidth(root.ownerDocument, sample, s.font, s.fontSize), s.lineWidth, s.fontSize)}px`);
}
