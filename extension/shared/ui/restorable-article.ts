import { renderMarkdown, renderText, restoreRemoval, type Article, type Removal } from '../../../src/index';

/** The sanitized sink of the context (shared/sink.ts; the reader gets it from the content script). */
export type Sink = (html: string, doc: Document) => DocumentFragment;

/**
 * The article as the user has it in front of them: the pipeline's article plus the removed blocks
 * they put back. The body element is the source of truth for copying and downloading, so restored
 * blocks are exported too; the popup and the reader both keep their article here, which is how a
 * restore made in the popup is the same restore in the reader opened from it (by removal id).
 */
export class RestorableArticle {
  private readonly restored = new Map<number, Removal>();

  constructor(
    readonly article: Article,
    /** The element that shows the article's body; filled here. */
    readonly body: HTMLElement,
    private readonly sink: Sink,
    restoredIds: readonly number[] = [],
  ) {
    for (const id of restoredIds) {
      const r = article.removed.find((x) => x.id === id);
      if (r?.html) this.restored.set(id, r);
    }
    this.rebuild();
  }

  isRestored(id: number): boolean {
    return this.restored.has(id);
  }

  /** The ids of the blocks put back, for handing the view to the reader. */
  restoredIds(): number[] {
    return [...this.restored.keys()];
  }

  /** Put the block back, or take it out again. Returns the restored block, or null once removed. */
  toggle(r: Removal): Element | null {
    if (this.restored.has(r.id)) this.restored.delete(r.id);
    else if (r.html) this.restored.set(r.id, r);
    return this.rebuild().get(r.id) ?? null;
  }

  /**
   * The article afresh, plus every block the user restored. A removal's position counts the
   * article's own blocks, so blocks go back from the last position to the first (an insertion
   * never shifts the blocks before it); blocks without a position are appended, in order. Blocks
   * at the same position (the share bar, sign-up box and comment prompt a page ends with) go in by
   * their ids, so the article reads the same whatever order they were restored in.
   */
  private rebuild(): Map<number, Element> {
    const doc = this.body.ownerDocument;
    this.body.replaceChildren(this.sink(this.article.html, doc));
    const order = [...this.restored.values()].sort((a, b) => b.position - a.position || a.id - b.id);
    const wrappers = new Map<number, Element>();
    for (const r of order) {
      // restoreRemoval places an empty wrapper where the block was; the block's HTML crossed a
      // message boundary, so its nodes come from the sink.
      const wrapper = restoreRemoval(this.body, { ...r, html: '' });
      wrapper.append(this.sink(r.html, doc));
      wrappers.set(r.id, wrapper);
    }
    return wrappers;
  }

  /** The article as it now reads (restored blocks included), with its Markdown, for exports. */
  current(): { article: Article; markdown: string } {
    const speaking = this.body.querySelector('[data-speaking]');
    speaking?.removeAttribute('data-speaking');
    const markdown = renderMarkdown(this.body);
    speaking?.setAttribute('data-speaking', '');
    if (this.restored.size === 0) return { article: this.article, markdown };
    const text = renderText(this.body);
    // The body holds only the sink's nodes; the UI's own marks (restored blocks, the paragraph
    // being read aloud) are not exported.
    const copy = this.body.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[data-restored], [data-speaking]')) {
      el.removeAttribute('data-restored');
      el.removeAttribute('data-speaking');
    }
    const html = copy.innerHTML;
    return { article: { ...this.article, html, text, wordCount: text.split(/\s+/).filter(Boolean).length }, markdown };
  }
}
