// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { safeFragment } from '../../../../extension/shared/sink';
import { removedList } from '../../../../extension/shared/ui/removed-list';
import { RestorableArticle } from '../../../../extension/shared/ui/restorable-article';
import { seedArticle } from './seed';

/** The Removed list of the popup and the reader: what went, why, and a button to put it back. */
const article = seedArticle();

describe('removedList', () => {
  it('lists every removal with its kind, preview and reason, and restores and undoes', () => {
    const view = new RestorableArticle(article, document.createElement('div'), safeFragment);
    const said: string[] = [];
    const list = removedList(document, view, (m) => said.push(m));
    expect(list.hidden).toBe(false);
    const summary = list.querySelector('summary')?.textContent ?? '';
    expect(summary).toMatch(/^Removed: /);
    expect(summary).toMatch(/\b1 share bar\b/);
    expect(summary).toMatch(/\b1 related-coverage block\b/);
    const items = [...list.querySelectorAll('[data-testid="removed-item"]')];
    expect(items).toHaveLength(article.removed.length);
    for (const li of items) {
      expect(li.querySelector('.kind')?.textContent).toMatch(/\S/);
      expect(li.querySelector('[data-testid="removed-reason"]')?.textContent).toMatch(/^Why: \S/);
    }
    const related = list.querySelector<HTMLButtonElement>('[data-kind="related"] [data-testid="restore"]')!;
    expect(related.textContent).toBe('Restore');
    related.click();
    expect(related.textContent).toBe('Remove again');
    expect(view.body.querySelectorAll('[data-restored]')).toHaveLength(1);
    related.click();
    expect(related.textContent).toBe('Restore');
    expect(said).toEqual(['Restored the related-coverage block into the article.', 'Removed the related-coverage block again.']);
  });

  it('shows blocks restored elsewhere as restored, and cannot restore an empty block', () => {
    const withHtml = article.removed.filter((r) => r.html);
    const view = new RestorableArticle(article, document.createElement('div'), safeFragment, [withHtml[0].id]);
    const list = removedList(document, view, () => undefined);
    expect(list.querySelector(`[data-restore="${withHtml[0].id}"]`)?.textContent).toBe('Remove again');
    const empty = { ...withHtml[0], id: 500, html: '' };
    const bare = removedList(document, new RestorableArticle({ ...article, removed: [empty] }, document.createElement('div'), safeFragment), () => undefined);
    expect(bare.querySelector<HTMLButtonElement>('[data-restore="500"]')?.disabled).toBe(true);
  });

  it('is hidden when nothing was removed, and page strings stay text', () => {
    const none = removedList(document, new RestorableArticle({ ...article, removed: [] }, document.createElement('div'), safeFragment), () => undefined);
    expect(none.hidden).toBe(true);
    expect(none.querySelector('summary')?.textContent).toBe('Nothing was removed');
    const evil = { id: 1, kind: 'share' as const, reason: '<img src=x onerror=alert(1)>', text: '<b>bold</b>', html: '', position: -1 };
    const list = removedList(document, new RestorableArticle({ ...article, removed: [evil] }, document.createElement('div'), safeFragment), () => undefined);
    expect(list.querySelectorAll('img, b')).toHaveLength(0);
    expect(list.querySelector('.preview')?.textContent).toBe('<b>bold</b>');
  });
});
