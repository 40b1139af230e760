import type { ArticleReply, ReaderView } from '../../shared/protocol';
import { h } from '../../shared/ui/element';
import { articleHeader } from '../../shared/ui/facts';
import { removedList, type KeepOnSite } from '../../shared/ui/removed-list';
import { RestorableArticle, type Sink } from '../../shared/ui/restorable-article';
import { warningsBox } from '../../shared/ui/warnings';
import type { Article } from '../../../src/index';
import { headingsOf } from '../lazy';

/** What the overlay shows for one extraction, and what its other parts need of it. */
export interface Rendered {
  reply: ArticleReply;
  view: RestorableArticle | null;
  title: string | null;
  titleEl: HTMLElement | null;
  body: HTMLElement | null;
  /** The article's plain text (for measuring the line width), or the message. */
  text: string;
  lang: string | null;
  headings: number;
}

export interface RenderContext {
  sink: Sink;
  say(message: string): void;
  /** "Try anyway" on a page that does not look like an article. */
  tryAnyway(): void;
  /** Show this article instead ("Use the page's own article text"). */
  replace(article: Article): void;
  /** "Always keep this on <site>" for the Removed list. */
  keepOn?: KeepOnSite;
}

/**
 * The article (header, body, the Removed list) or the message the pipeline gave, into the scroll
 * area. The article keeps its own language and direction; the reader's own words around it are
 * English, left to right.
 */
export function renderReply(scroller: HTMLElement, reply: ArticleReply, view: ReaderView, ctx: RenderContext): Rendered {
  const doc = scroller.ownerDocument;
  scroller.replaceChildren();
  if (!reply.result.ok) {
    const { error } = reply.result;
    const retry = error.code === 'no-article' && !view.force ? h(doc, 'button', { type: 'button', 'data-action': 'try-anyway' }, 'Try anyway') : null;
    retry?.addEventListener('click', ctx.tryAnyway);
    scroller.append(h(doc, 'div', { class: 'message', role: 'alert' }, h(doc, 'p', {}, error.message), retry));
    return { reply, view: null, title: null, titleEl: null, body: null, text: error.message, lang: null, headings: 0 };
  }
  const a = reply.result.article;
  const body = h(doc, 'div', { class: 'body' });
  const article = new RestorableArticle(a, body, ctx.sink, view.restored);
  const header = articleHeader(doc, a, { layout: 'line', facts: ['site', 'date', 'reading'], dateStyle: 'long', locale: a.lang ?? undefined });
  const removed = removedList(doc, article, ctx.say, ctx.sink, ctx.keepOn);
  const warnings = warningsBox(doc, a, { removed, say: ctx.say, replace: ctx.replace });
  scroller.append(h(doc, 'article', { dir: a.dir ?? 'auto', lang: a.lang ?? undefined }, header, warnings, body, removed));
  return {
    reply,
    view: article,
    title: a.title,
    titleEl: header.querySelector<HTMLElement>('h1.title'),
    body,
    text: a.text,
    lang: a.lang ?? null,
    headings: headingsOf(body).length,
  };
}
