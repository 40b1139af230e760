import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { extract } from '../../../src/extract';

const para = (s: string) => `<p>${s} The council met on Tuesday evening to hear the engineers report on the bridge, and the vote came late.</p>`;
const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Bridge delayed</title></head><body><article><h1>Bridge delayed</h1>${body}</article></body></html>`;

function text(html: string): string {
  const { document, close } = documentFromHtml(html, 'https://example.org/news/bridge');
  try {
    const r = extract(document);
    if (!r.ok) throw new Error(r.error.message);
    return r.article.text;
  } finally {
    close();
  }
}

describe('double-encoded article text is repaired', () => {
  it('turns "isnâ€™t", "Earthâ€™s" and "Â " back into what the writer typed', () => {
    const t = text(page([para('It isnâ€™t over.'), para('The Earthâ€™s crust moved.'), para('1.Â\u00a0Myth: all fat is bad.'), para('A star: â\u00ad\u0090.')].join('')));
    expect(t).toContain('It isn’t over.');
    expect(t).toContain('The Earth’s crust moved.');
    expect(t).toMatch(/1\.\s+Myth: all fat/);
    expect(t).toContain('A star: ⭐.');
    expect(t).not.toMatch(/â|Â/);
  });
  it('leaves real accented text alone', () => {
    const words = ['Café crème', 'Ångström â la carte', 'naïve', 'Señor Ñandú', 'Ã©tÃ© → summer'];
    const t = text(page(words.map(para).join('')));
    for (const w of words) expect(t).toContain(w);
  });
});
