import type { Page } from 'playwright-core';
import type { OverlayProbe } from './overlay-probe';

/**
 * Measurements of what a reader sees, taken in the browser: characters per line of the article's
 * paragraphs (lines told apart by each character's box), and the contrast of control borders.
 */

/** The length of every full line (a paragraph's last line is not full) of the article's longer paragraphs. */
export function charactersPerLine(probe: OverlayProbe): Promise<number[]> {
  return probe.eval(function () {
    const out: number[] = [];
    const paragraphs = [...this.querySelectorAll('.body p')].filter((p) => (p.textContent ?? '').length > 250);
    const range = document.createRange();
    for (const p of paragraphs) {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const rows: number[] = [];
      let top: number | null = null;
      let count = 0;
      for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
        for (let i = 0; i < t.length; i++) {
          range.setStart(t, i);
          range.setEnd(t, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || (rect.width === 0 && /\s/.test(t.data[i]))) continue; // collapsed white space
          if (top === null || Math.abs(rect.top - top) > 2) {
            if (top !== null) rows.push(count);
            top = rect.top;
            count = 0;
          }
          count++;
        }
      }
      out.push(...rows); // the last line (still in `count`) is left out
    }
    return out;
  });
}

export interface BorderContrast {
  what: string;
  ratio: number;
}

/** WCAG contrast of each visible control's border against what is behind the control, in a page. */
export function contrastOfBorders(page: Page, selector: string): Promise<BorderContrast[]> {
  return page.evaluate((sel) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el: Element | null): number[] => {
      for (; el; el = el.parentElement) {
        const c = rgb(getComputedStyle(el).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const out: { what: string; ratio: number }[] = [];
    for (const b of document.querySelectorAll(sel)) {
      const cs = getComputedStyle(b);
      if (!b.getClientRects().length || parseFloat(cs.borderTopWidth) === 0 || cs.borderTopStyle === 'none') continue;
      const a = lum(rgb(cs.borderTopColor));
      const bg = lum(background(b.parentElement));
      out.push({ what: b.textContent ?? '', ratio: (Math.max(a, bg) + 0.05) / (Math.min(a, bg) + 0.05) });
    }
    return out;
  }, selector);
}
