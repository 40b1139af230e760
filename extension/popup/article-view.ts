import type { Article } from '../../src/index';
import { safeFragment } from '../shared/sink';
import { articleHeader } from '../shared/ui/facts';
import { removedList, type KeepOnSite } from '../shared/ui/removed-list';
import { RestorableArticle } from '../shared/ui/restorable-article';
import { part } from './dom';
import { addSources, chooseAlternative } from './provenance';
import { warningsBox } from '../shared/ui/warnings';

/**
 * The popup's article state, made of the UI pieces the reader uses too: the header with every
 * fact, the clean text, and the Removed list whose restores go into the article (and into the
 * reader opened from here).
 */
export function showArticle(article: Article, say: (message: string) => void, onReplace: (view: RestorableArticle) => void = () => {}, keepOn?: KeepOnSite): RestorableArticle {
  const body = part('article-body');
  body.lang = article.lang ?? '';
  body.dir = article.dir ?? 'auto';
  const view = new RestorableArticle(article, body, safeFragment);
  showHeader(view, say);
  const removed = removedList(document, view, say, safeFragment, keepOn);
  part('removed').replaceWith(removed);
  document.querySelector('[data-testid="warnings"]')?.remove();
  const warnings = warningsBox(document, article, { removed, say, replace: (a) => onReplace(showArticle(a, say, onReplace, keepOn)) });
  if (warnings) body.before(warnings);
  return view;
}

/** The header, each fact with its source; choosing another source's value redraws it (and exports use it). */
function showHeader(view: RestorableArticle, say: (message: string) => void): void {
  const header = articleHeader(document, view.article, { layout: 'chips', facts: ['site', 'date', 'reading', 'words', 'lang'], dateStyle: 'medium' });
  addSources(header, view.article, (fact, alt) => {
    Object.assign(view.article, chooseAlternative(view.article, fact, alt));
    showHeader(view, say);
    say(`Now using “${alt.value}” from ${alt.source}.`);
    part(`source-${fact}`)?.closest<HTMLElement>('[data-fact]')?.focus();
  });
  part('head').replaceWith(header);
}
