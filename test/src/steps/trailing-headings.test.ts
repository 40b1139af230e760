import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { removeTrailingHeadings } from '../../../src/steps/trailing-headings';
import { RemovalLog } from '../../../src/clutter/removal-log';
import { PAGE_H1_ATTR } from '../../../src/steps/readability';
import { PARAGRAPHS, fold, runArticle } from '../rules/fixtures';

/**
 * steps/trailing-headings.ts: a heading that ends the article heads nothing, whatever its words,
 * tag or nesting; a closing question, a heading over a picture or table, the page's title line and
 * a heading over the story's last paragraph stay.
 */

const story = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

function run(html: string): { text: string; log: RemovalLog } {
  const { document, close } = documentFromHtml(`<!doctype html><html><body><div id="root">${html}</div></body></html>`, 'https://example.com/a');
  try {
    const root = document.getElementById('root')!;
    const log = new RemovalLog();
    removeTrailingHeadings(root, log);
    return { text: fold(root.textContent ?? '').replaceAll('\u2060', ''), log };
  } finally {
    close();
  }
}

describe('headings over nothing at the end of the article', () => {
  it('goes, in any language and however deep, with one chrome entry each', () => {
    for (const label of ['More to explore', 'Mehr zum Thema', 'Lire aussi', 'Más noticias']) {
      const r = run(`${story}<section><article><div><h4>${label}</h4></div><div><span></span></div></article></section>`);
      expect(r.text).not.toContain(label);
      expect(r.text).toContain(PARAGRAPHS.at(-1)!);
      expect(r.log.pending.map((p) => p.kind)).toEqual(['chrome']);
    }
  });

  it('two labels one under another both go; the story\'s last section heading over its paragraph stays', () => {
    const r = run(`${story.replace('</p><p>', '</p><h2>What happens next</h2><p>')}<h3>Related</h3><h4>More from the Post</h4>`);
    expect(r.text).not.toContain('Related');
    expect(r.text).not.toContain('More from the Post');
    expect(r.text).toContain('What happens next');
    expect(r.log.pending).toHaveLength(2);
  });

  it('a closing question, a heading over a picture or a table, and a page title stay', () => {
    expect(run(`${story}<h3>What do you think about the bridge?</h3>`).text).toContain('What do you think');
    expect(run(`${story}<h3>The new deck</h3><figure><img src="deck.jpg" alt=""></figure>`).text).toContain('The new deck');
    expect(run(`${story}<h3>Votes</h3><table><tr><td></td></tr></table>`).text).toContain('Votes');
    expect(run(`${story}<h2 ${PAGE_H1_ATTR}>Bridge delayed again</h2>`).text).toContain('Bridge delayed again');
    // Nothing else of substance in the article: the heading is no label left behind.
    expect(run('<p>Short note.</p><h3>Contact</h3>').text).toContain('Contact');
  });

  it('in the pipeline: the label of a widget the saved page never filled is in Removed, not in the text', () => {
    const a = runArticle(`<!DOCTYPE html><html lang="en"><head><title>Bridge delayed again</title></head><body><main><article><h1>Bridge delayed again</h1>
<div class="b7">${story}<section class="x9"><h3>Keep reading</h3><div class="k2" data-widget="more"></div></section></div></article></main></body></html>`);
    expect(fold(a.text)).not.toContain('Keep reading');
    expect(fold(a.text)).toContain(PARAGRAPHS.at(-1)!);
    expect(a.removed.filter((r) => /Keep reading/.test(r.text)).map((r) => r.kind)).toEqual(['chrome']);
  });
});
