// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Removal } from '../../../../src/index';
import { safeFragment } from '../../../../extension/shared/sink';
import { removedList } from '../../../../extension/shared/ui/removed-list';
import { isEmptyRemoval, whySentence } from '../../../../extension/shared/ui/removal-words';
import { RestorableArticle } from '../../../../extension/shared/ui/restorable-article';
import { seedArticle } from './seed';

/** The Removed list of the popup and the reader: what went, why in plain words, and a button to put it back. */
const article = seedArticle();

function opened(list: HTMLDetailsElement): HTMLDetailsElement {
  list.querySelector('summary')!.click(); // items are made on first open
  return list;
}

const removal = (r: Partial<Removal>): Removal => ({ id: 1, kind: 'share', reason: 'share bar (.x)', text: '', html: '', position: -1, ...r });

describe('removedList', () => {
  it('lists every removal with its kind, preview, a sentence for why and the rule under Details, and restores and undoes', () => {
    const view = new RestorableArticle(article, document.createElement('div'), safeFragment);
    const said: string[] = [];
    const list = opened(removedList(document, view, (m) => said.push(m), safeFragment));
    expect(list.hidden).toBe(false);
    const summary = list.querySelector('summary')?.textContent ?? '';
    expect(summary).toMatch(/^Removed: /);
    expect(summary).toMatch(/\b1 share bar\b/);
    expect(summary).toMatch(/\b1 related-coverage block\b/);
    const items = [...list.querySelectorAll('[data-testid="removed-item"]')];
    expect(items).toHaveLength(article.removed.length);
    for (const li of items) {
      expect(li.querySelector('.kind')?.textContent).toMatch(/\S/);
      expect(li.querySelector('[data-testid="removed-reason"]')?.textContent).toMatch(/^Looked like .+\.$/);
      expect(li.querySelector('details.rule [data-testid="removed-rule"]')?.textContent).toMatch(/^Rule: \S/);
    }
    expect(list.querySelector('[data-kind="share"] [data-testid="removed-reason"]')?.textContent).toBe('Looked like a share bar: links to Facebook and X.');
    const related = list.querySelector<HTMLButtonElement>('[data-kind="related"] [data-testid="restore"]')!;
    expect(related.textContent).toBe('Restore');
    expect(related.getAttribute('aria-label')).toMatch(/^Restore: related-coverage block “Related coverage/);
    related.click();
    expect(related.textContent).toBe('Remove again');
    expect(related.getAttribute('aria-label')).toMatch(/^Remove again: related-coverage block “/);
    expect(view.body.querySelectorAll('[data-restored]')).toHaveLength(1);
    related.click();
    expect(related.textContent).toBe('Restore');
    expect(said).toEqual(['Restored the related-coverage block into the article.', 'Removed the related-coverage block again.']);
    const names = [...list.querySelectorAll('[data-testid="restore"]')].map((b) => b.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(names.length);
  });

  it('shows blocks restored elsewhere as restored, and cannot restore a block without HTML', () => {
    const withHtml = article.removed.filter((r) => r.html);
    const view = new RestorableArticle(article, document.createElement('div'), safeFragment, [withHtml[0].id]);
    const list = opened(removedList(document, view, () => undefined, safeFragment));
    expect(list.querySelector(`[data-restore="${withHtml[0].id}"]`)?.textContent).toBe('Remove again');
    const bare = { ...withHtml[0], id: 500, html: '' };
    const one = opened(removedList(document, new RestorableArticle({ ...article, removed: [bare] }, document.createElement('div'), safeFragment), () => undefined, safeFragment));
    expect(one.querySelector<HTMLButtonElement>('[data-restore="500"]')?.disabled).toBe(true);
  });

  it('leaves out empty blocks (no text, no picture), and is hidden when nothing is left', () => {
    const empty = removal({ id: 7, html: '<div class="social-share"><span></span></div>' });
    const picture = removal({ id: 8, kind: 'related', html: '<div><img src="https://example.com/a.jpg" alt=""></div>' });
    const list = opened(removedList(document, new RestorableArticle({ ...article, removed: [empty, picture] }, document.createElement('div'), safeFragment), () => undefined, safeFragment));
    expect([...list.querySelectorAll('[data-testid="removed-item"]')].map((li) => li.getAttribute('data-id'))).toEqual(['8']);
    expect(list.querySelector('summary')?.textContent).toBe('Removed: 1 related-coverage block');
    expect(list.querySelector('.preview')?.textContent).toBe('(pictures or media, no text)');
    const none = removedList(document, new RestorableArticle({ ...article, removed: [empty] }, document.createElement('div'), safeFragment), () => undefined, safeFragment);
    expect(none.hidden).toBe(true);
    expect(none.querySelector('summary')?.textContent).toBe('Nothing was removed');
  });

  it('keeps page strings as text', () => {
    const evil = removal({ reason: '<img src=x onerror=alert(1)>', text: '<b>bold</b>' });
    const list = opened(removedList(document, new RestorableArticle({ ...article, removed: [evil] }, document.createElement('div'), safeFragment), () => undefined, safeFragment));
    expect(list.querySelectorAll('img, b')).toHaveLength(0);
    expect(list.querySelector('.preview')?.textContent).toBe('<b>bold</b>');
  });
});

describe('whySentence', () => {
  const frag = (html: string) => safeFragment(html, document);
  it('says what the block held, in words', () => {
    expect(whySentence(removal({ html: '<a href="https://www.linkedin.com/shareArticle?x">in</a> <a href="mailto:?subject=x">mail</a>' }), frag('<a href="https://www.linkedin.com/shareArticle?x">in</a> <a href="mailto:?subject=x">mail</a>'))).toBe('Looked like a share bar: links to LinkedIn and email.');
    expect(whySentence(removal({ kind: 'newsletter', reason: 'newsletter box (.signup)' }), frag('<p>Sign up</p>'))).toBe('Looked like a newsletter box.');
    expect(whySentence(removal({ kind: 'related', reason: 'related-coverage block (.rel)' }), frag('<a href="https://example.com/a">A</a><a href="https://example.com/b">B</a>'))).toBe('Looked like a related-coverage block: 2 links to other articles.');
    expect(whySentence(removal({ kind: 'comments', reason: 'comment prompt ("Leave a comment")' }), null)).toBe('Looked like a comment prompt: “Leave a comment”.');
    expect(whySentence(removal({ kind: 'chrome', reason: 'a box with a small picture, after the article' }), null)).toBe('Looked like a page furniture block: a box with a small picture, after the article.');
    expect(whySentence(removal({ kind: 'recaptcha', reason: 'reCAPTCHA notice ([class*="recaptcha"])' }), null)).toBe('Looked like a reCAPTCHA notice.');
    expect(whySentence(removal({ kind: 'user', reason: 'your rule (.promo)' }), null)).toBe('It matched one of your own rules.');
  });

  it('counts a block with only a picture as not empty', () => {
    expect(isEmptyRemoval(removal({}), frag('<div> </div>'))).toBe(true);
    expect(isEmptyRemoval(removal({}), frag('<p><img src="https://example.com/x.png" alt=""></p>'))).toBe(false);
    expect(isEmptyRemoval(removal({ text: 'Share' }), null)).toBe(false);
  });

  it('offers "Always keep this on <site>" for blocks with something in them, and says when the rule is saved or not', async () => {
    const view = new RestorableArticle(article, document.createElement('div'), safeFragment);
    const said: string[] = [];
    const kept: [number, string][] = [];
    let fail = false;
    const keepOn = {
      site: 'algemeiner.com',
      keep: async (r: Removal, block: Element) => {
        if (fail) throw new Error('storage is full');
        kept.push([r.id, block.localName]);
      },
    };
    const list = opened(removedList(document, view, (m) => said.push(m), safeFragment, keepOn));
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('[data-testid="always-keep"]')];
    expect(buttons).toHaveLength(article.removed.filter((r) => r.html).length);
    const related = list.querySelector<HTMLButtonElement>('[data-kind="related"] [data-testid="always-keep"]')!;
    expect(related.textContent).toBe('Always keep this on algemeiner.com');
    expect(related.getAttribute('aria-label')).toMatch(/^Always keep this on algemeiner\.com: related-coverage block “Related coverage/);
    related.click();
    expect(related.disabled).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    const related0 = article.removed.find((r) => r.kind === 'related')!;
    expect(kept).toEqual([[related0.id, /^<(\w+)/.exec(related0.html)![1]]]);
    expect(related.textContent).toBe('Kept on algemeiner.com');
    expect(said.at(-1)).toBe('From the next extraction, this related-coverage block is kept on algemeiner.com.');

    fail = true;
    const share = list.querySelector<HTMLButtonElement>('[data-kind="share"] [data-testid="always-keep"]')!;
    share.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(share.disabled).toBe(false);
    expect(said.at(-1)).toBe('Could not save the rule: storage is full');
  });

  it('offers no "Always keep" without a site (a saved file)', () => {
    const view = new RestorableArticle(article, document.createElement('div'), safeFragment);
    const list = opened(removedList(document, view, () => undefined, safeFragment, { site: '', keep: async () => undefined }));
    expect(list.querySelectorAll('[data-testid="always-keep"]')).toHaveLength(0);
  });
});
