import { restoreRemoval, renderText, renderMarkdown } from '../../src/index';
import type { Article, Removal } from '../../src/types';
import { safeFragment, safeHtml } from '../shared/sink';
import { removalName, removedSummary } from '../shared/removal-names';
import { el, part } from './dom';
import { languageName, publishedDate, readingTime, wordCount } from './facts';

/**
 * The article state of the popup: facts, the "Removed" list and the clean text. The article body
 * is the source of truth for exports, so blocks the user restores are exported too.
 */
export class ArticleView {
  private readonly body = part('article-body');
  private readonly restored = new Map<number, Removal>();

  constructor(
    private readonly article: Article,
    private readonly markdown: string | null,
    private readonly onStatus: (message: string) => void,
  ) {}

  render(): void {
    const a = this.article;
    part('title').textContent = a.title || 'Untitled article';
    part('byline').textContent = a.byline ?? '';
    this.fact('site', 'site', a.siteName);
    const date = part<HTMLTimeElement>('date');
    this.fact('date', 'date', a.published ? publishedDate(a.published) : null);
    if (a.published) date.dateTime = a.published;
    this.fact('reading', 'reading-time', readingTime(a.readingMinutes));
    this.fact('words', 'word-count', wordCount(a.wordCount));
    this.fact('lang', 'language', a.lang ? languageName(a.lang) : null);

    this.body.lang = a.lang ?? '';
    this.body.dir = a.dir ?? 'auto';
    this.body.replaceChildren(safeFragment(a.html));
    this.renderRemoved();
  }

  private fact(name: string, testId: string, value: string | null): void {
    const holder = document.querySelector<HTMLElement>(`[data-fact="${name}"]`);
    part(testId).textContent = value ?? '';
    if (holder) holder.hidden = !value;
  }

  private renderRemoved(): void {
    const removed = this.article.removed;
    const details = part<HTMLDetailsElement>('removed');
    details.hidden = removed.length === 0;
    part('removed-summary').textContent = removedSummary(removed);
    part('removed-list').replaceChildren(...removed.map((r) => this.removedItem(r)));
  }

  private removedItem(r: Removal): HTMLLIElement {
    const button = el('button', { type: 'button', 'data-testid': 'restore' }, 'Restore');
    if (!r.html) {
      button.disabled = true;
      button.title = 'Nothing in this block to put back';
    }
    button.addEventListener('click', () => this.toggle(r, button));
    return el(
      'li',
      { 'data-testid': 'removed-item', 'data-kind': r.kind, 'data-id': String(r.id), 'data-has-text': String(!!r.text) },
      el(
        'div',
        {},
        el('span', { class: 'kind' }, removalName(r.kind)),
        el('span', { class: 'preview' }, r.text || '(no text)'),
        el('span', { class: 'why', 'data-testid': 'removed-reason' }, `Why: ${r.reason}`),
      ),
      button,
    );
  }

  private toggle(r: Removal, button: HTMLButtonElement): void {
    const restoring = !this.restored.has(r.id);
    if (restoring) this.restored.set(r.id, r);
    else this.restored.delete(r.id);
    const wrappers = this.rebuild();
    button.textContent = restoring ? 'Remove again' : 'Restore';
    if (restoring) wrappers.get(r.id)?.scrollIntoView({ block: 'nearest' });
    this.onStatus(restoring ? `Restored the ${removalName(r.kind)} into the article.` : `Removed the ${removalName(r.kind)} again.`);
  }

  /**
   * The article afresh, plus every block the user restored. A removal's position counts the
   * article's own blocks, so blocks go back from the last position to the first (an insertion
   * never shifts the blocks before it); blocks without a position are appended, in order.
   */
  private rebuild(): Map<number, Element> {
    this.body.replaceChildren(safeFragment(this.article.html));
    const order = [...this.restored.values()].sort((a, b) => (a.position < 0 || b.position < 0 ? b.position - a.position || a.id - b.id : b.position - a.position));
    const wrappers = new Map<number, Element>();
    for (const r of order) {
      // The removal's HTML crossed a message boundary: sanitize it again before it becomes nodes.
      wrappers.set(r.id, restoreRemoval(this.body, { ...r, html: safeHtml(r.html) }));
    }
    return wrappers;
  }

  /** The article as it now reads (with restored blocks), for copying and downloading. */
  current(): { article: Article; markdown: string } {
    if (this.restored.size === 0) return { article: this.article, markdown: this.markdown ?? renderMarkdown(this.body) };
    const text = renderText(this.body);
    return {
      article: { ...this.article, html: this.body.getHTML(), text, wordCount: text.split(/\s+/).filter(Boolean).length },
      markdown: renderMarkdown(this.body),
    };
  }
}
