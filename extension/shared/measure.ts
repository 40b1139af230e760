
/**
 * The line width setting counts characters, and this makes it true: the average advance of the
 * article's own text in the article's font, measured once per font and size on a canvas (no
 * layout, nothing added to the page), times the number of characters. CSS `ch` (the width of
 * "0") is not that: 68ch set about 80 characters of English serif text per line.
 * A line's last word wraps whole, so a paragraph's lines run a few characters under the setting.
 */
const SAMPLE_CHARS = 600;

/**
 * The article's font stacks, in the reader, the popup and the settings' sample alike: generic
 * families only (the overlay's styles say why).
 */
export const ARTICLE_FONTS = { serif: 'serif', sans: 'system-ui, sans-serif' } as const;

/** An English pangram-ish sentence, for an article with too little text of its own. */
const FALLBACK = 'The quick brown fox jumps over the lazy dog, then reads a long article in a quiet room.';

export function averageCharWidth(doc: Document, text: string, font: keyof typeof ARTICLE_FONTS, sizePx: number): number | null {
  const sample = text.replace(/\s+/g, ' ').trim().slice(0, SAMPLE_CHARS);
  const chars = sample.length >= 80 ? sample : FALLBACK;
  // No canvas (a DOM without one, such as jsdom): the caller's fallback width applies.
  if (typeof CanvasRenderingContext2D === 'undefined') return null;
  const ctx = doc.createElement('canvas').getContext('2d');
  if (!ctx) return null;
  ctx.font = `${sizePx}px ${ARTICLE_FONTS[font]}`;
  const width = ctx.measureText(chars).width;
  return width > 0 ? width / [...chars].length : null;
}

/** The column's width in CSS pixels for `characters` per line (a fallback of 0.5em a character). */
export function measurePx(avg: number | null, characters: number, sizePx: number): number {
  return Math.round(characters * (avg ?? sizePx * 0.5));
}
