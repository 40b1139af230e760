// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../src/index';
import { safeFragment } from '../../../../extension/shared/sink';
import { RestorableArticle } from '../../../../extension/shared/ui/restorable-article';
import { seedArticle } from './seed';

/** The article with the blocks the user put back: the popup's and the reader's source for exports. */
const article = seedArticle();
const restorable = article.removed.filter((r) => r.html);
const flat = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');

function make(ids: number[] = []) {
  return new RestorableArticle(article, document.createElement('div'), safeFragment, ids);
}

describe('RestorableArticle', () => {
  it('shows the article; with nothing restored, exports are the pipeline\'s own', () => {
    expect(restorable.length).toBeGreaterThan(1);
    const a = make();
    expect(flat(a.body.textContent)).toContain('Hamas continues to want it both ways');
    expect(a.body.querySelectorAll('[data-restored]')).toHaveLength(0);
    const cur = a.current();
    expect(cur.article).toBe(article);
    expect(cur.markdown).toBe(renderMarkdown(a.body));
  });

  it('puts a block back and takes it out again', () => {
    const a = make();
    const r = restorable[0];
    const block = a.toggle(r);
    expect(block?.getAttribute('data-restored')).toBe(String(r.id));
    expect(a.isRestored(r.id)).toBe(true);
    expect(a.restoredIds()).toEqual([r.id]);
    expect(a.toggle(r)).toBeNull();
    expect(a.isRestored(r.id)).toBe(false);
    expect(a.body.querySelectorAll('[data-restored]')).toHaveLength(0);
  });

  it('starts from ids handed over (the popup\'s restores), ignoring ids it does not know or cannot restore', () => {
    const empty = article.removed.find((r) => !r.html);
    const ids = [...restorable.map((r) => r.id), 99999, ...(empty ? [empty.id] : [])];
    const a = make(ids);
    expect(a.restoredIds().sort()).toEqual(restorable.map((r) => r.id).sort());
    expect(a.body.querySelectorAll('[data-restored]')).toHaveLength(restorable.length);
  });

  it('gives the same article whatever order the blocks were restored in', () => {
    const forward = make();
    for (const r of restorable) forward.toggle(r);
    const backward = make();
    for (const r of [...restorable].reverse()) backward.toggle(r);
    expect(backward.body.innerHTML).toBe(forward.body.innerHTML);
    expect(make(restorable.map((r) => r.id)).body.innerHTML).toBe(forward.body.innerHTML);
  });

  it('exports what is shown: restored text in text, Markdown and HTML, without the UI\'s marks', () => {
    const related = article.removed.find((r) => r.kind === 'related' && r.html)!;
    const a = make([related.id]);
    const { article: now, markdown } = a.current();
    expect(now).not.toBe(article);
    expect(now.text).toContain('The Americans, the Kurds');
    expect(markdown).toContain('The Americans, the Kurds');
    expect(now.html).toContain('Related coverage');
    expect(now.html).not.toContain('data-restored');
    expect(now.wordCount).toBeGreaterThan(article.wordCount);
    // It went back where it stood, between two paragraphs of the article.
    const t = now.text;
    expect(t.indexOf('also reportedly joined Wilayat Sinai')).toBeLessThan(t.indexOf('The Americans, the Kurds'));
    expect(t.indexOf('The Americans, the Kurds')).toBeLessThan(t.indexOf('The ISIS affiliate has caused'));
  });
});
