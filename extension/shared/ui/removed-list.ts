import type { Removal } from '../../../src/index';
import { h } from './element';
import { removalName, removedSummary } from './removal-names';
import { isEmptyRemoval, previewOf, whySentence } from './removal-words';
import type { RestorableArticle, Sink } from './restorable-article';

/** "Always keep this on <site>": saves a learned keep rule for a removed block (shared/learn.ts). */
export interface KeepOnSite {
  site: string;
  /** Saves the rule for this removal (its block parsed from its HTML); rejects with a reason. */
  keep(r: Removal, block: Element): Promise<void>;
}

/**
 * The "Removed: …" list under an article: each block's kind, a preview, why it went in a sentence
 * (the rule itself under "Details"), and a button that puts it back into the article and takes it
 * out again, named after the block it acts on. Empty blocks are not listed; the list is hidden when
 * nothing is left. Its items are made when it is first opened (most readers never open it, and
 * reading a block's links costs a parse). `say` reports what happened (the popup's and the
 * reader's status). With `keepOn`, each block with something in it also offers "Always keep this on
 * <site>", which saves a learned rule applied from the next extraction.
 */
export function removedList(doc: Document, view: RestorableArticle, say: (message: string) => void, sink: Sink, keepOn?: KeepOnSite): HTMLDetailsElement {
  const blocks = new Map<number, DocumentFragment | null>();
  const block = (r: Removal): DocumentFragment | null => {
    if (!blocks.has(r.id)) blocks.set(r.id, r.html ? sink(r.html, doc) : null);
    return blocks.get(r.id) ?? null;
  };
  // Only a block without text needs a look inside to know whether it is empty.
  const shown = view.article.removed.filter((r) => r.text.trim() || !isEmptyRemoval(r, block(r)));
  const list = h(doc, 'ul', { 'data-testid': 'removed-list' });
  const details = h(
    doc, 'details', { class: 'removed', 'data-testid': 'removed', hidden: shown.length === 0 },
    h(doc, 'summary', { 'data-testid': 'removed-summary' }, removedSummary(shown)),
    list,
  );
  const fill = (): void => {
    if (list.childElementCount || !shown.length) return;
    const names = new Map<string, number>();
    list.append(...shown.map((r) => {
      const short = previewOf(r).length > 48 ? `${previewOf(r).slice(0, 47)}…` : previewOf(r);
      let what = `${removalName(r.kind)} “${short}”`;
      const seen = (names.get(what) ?? 0) + 1;
      names.set(what, seen);
      if (seen > 1) what += ` (${seen})`;
      const li = item(doc, view, r, what, whySentence(r, block(r)), say);
      // The sink hands back its holder div (shared/sink.ts) around the block's own nodes.
      const el = block(r)?.firstElementChild?.firstElementChild;
      if (keepOn?.site && el) li.append(keepButton(doc, keepOn, r, el, what, say));
      return li;
    }));
  };
  // Before the browser opens it (click, Enter or Space on the summary), or when opened otherwise.
  details.firstElementChild?.addEventListener('click', fill);
  details.addEventListener('toggle', fill);
  return details;
}

function keepButton(doc: Document, keepOn: KeepOnSite, r: Removal, el: Element, what: string, say: (message: string) => void): HTMLButtonElement {
  const label = `Always keep this on ${keepOn.site}`;
  const button = h(doc, 'button', { type: 'button', class: 'keep', 'data-testid': 'always-keep', 'aria-label': `${label}: ${what}` }, label);
  button.addEventListener('click', () => {
    button.disabled = true;
    keepOn.keep(r, el).then(
      () => {
        button.textContent = `Kept on ${keepOn.site}`;
        say(`From the next extraction, this ${removalName(r.kind)} is kept on ${keepOn.site}.`);
      },
      (e: unknown) => {
        button.disabled = false;
        say(`Could not save the rule: ${e instanceof Error ? e.message : e}`);
      },
    );
  });
  return button;
}

function item(doc: Document, view: RestorableArticle, r: Removal, what: string, why: string, say: (message: string) => void): HTMLElement {
  const label = (): string => (view.isRestored(r.id) ? 'Remove again' : 'Restore');
  const name = (): string => `${label()}: ${what}`;
  const button = h(doc, 'button', { type: 'button', 'data-testid': 'restore', 'data-restore': String(r.id), 'aria-label': name(), disabled: !r.html, title: r.html ? undefined : 'Nothing in this block to put back' }, label());
  button.addEventListener('click', () => {
    const restored = view.toggle(r);
    button.textContent = label();
    button.setAttribute('aria-label', name());
    restored?.scrollIntoView?.({ block: 'nearest' });
    say(restored ? `Restored the ${removalName(r.kind)} into the article.` : `Removed the ${removalName(r.kind)} again.`);
  });
  return h(
    doc, 'li', { 'data-testid': 'removed-item', 'data-kind': r.kind, 'data-id': String(r.id), 'data-has-text': String(!!r.text) },
    h(
      doc, 'div', {},
      h(doc, 'span', { class: 'kind' }, removalName(r.kind)),
      h(doc, 'span', { class: 'preview', dir: 'auto' }, previewOf(r)),
      h(doc, 'span', { class: 'why', 'data-testid': 'removed-reason' }, why),
      h(doc, 'details', { class: 'rule' }, h(doc, 'summary', {}, 'Details'), h(doc, 'code', { 'data-testid': 'removed-rule' }, `Rule: ${r.reason}`)),
    ),
    button,
  );
}
