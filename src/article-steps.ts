import type { RuleGroup } from './rules/types';
import { RULE_GROUPS } from './rules';
import type { RemovalLog } from './clutter/removal-log';
import { removeArticleClutter } from './steps/remove-clutter';
import { dropAgain, reportDropped } from './steps/report-dropped';
import { removeRepeatedHead, type ArticleHead } from './steps/article-head';
import { removeLabelledLists, removeTeaserCards } from './steps/teaser-cards';
import { removeRepeatedCaptions } from './steps/repeated-captions';
import { removeRepeatedBlocks } from './steps/repeated-blocks';
import { removeCommentThreads, removeCommentThreadsSignedInDropped } from './steps/comment-threads';
import { removeMenus, removeNavigation } from './steps/navigation';
import { removeCallsToAction } from './steps/calls-to-action';
import { pruneTail } from './steps/prune-tail';
import { repairArticleText } from './steps/repair-text';
import { removeTrailingHeadings } from './steps/trailing-headings';

/**
 * The steps on the article Readability kept (after the region check), in the order they run. They
 * read and rewrite only the article (and the removal log), never the page, so they run where the
 * article is finished (finish.ts): in `extract` right after Readability, and for the extension in
 * the popup or the reader once the draft has crossed, so the click in the page pays none of them.
 * Each step is a file in `steps/` whose header says why it runs where it does in this list.
 */

/** What the article's steps know of the page besides the article: its address, the user's rules for it, and its title, byline and date. */
export interface ArticleContext {
  /** The page's address: the tail step tells the site's own links by it (Readability made every link absolute). */
  url: string;
  user: RuleGroup | undefined;
  /** What the reader shows above the text (the article's facts): the head step removes it printed again. */
  head: ArticleHead;
}

export interface ArticleStep {
  /** The name the time budget and `options.trace` report it under. */
  name: string;
  run(article: Element, log: RemovalLog, context: ArticleContext): void;
}

export const ARTICLE_STEPS: readonly ArticleStep[] = [
  { name: 'comment threads, signed by what Readability dropped', run: (a, log) => removeCommentThreadsSignedInDropped(a, log) },
  { name: 'what Readability dropped', run: (a, log, c) => reportDropped(a, RULE_GROUPS, log, c.user, c.url) },
  { name: 'clutter rules on the article', run: (a, log, c) => removeArticleClutter(a, RULE_GROUPS, log, c.user) },
  { name: 'the title repeated', run: (a, log, c) => removeRepeatedHead(a, c.head, log, c.url) },
  { name: 'repeated captions', run: (a, log) => removeRepeatedCaptions(a, log) },
  { name: 'repeated blocks', run: (a, log) => removeRepeatedBlocks(a, log) },
  { name: 'comment threads', run: (a, log) => removeCommentThreads(a, log) },
  { name: 'navigation', run: (a, log, c) => removeNavigation(a, c.url, log) },
  { name: 'menus', run: (a, log, c) => removeMenus(a, c.url, log) },
  { name: 'teaser cards', run: (a, log, c) => removeTeaserCards(a, c.url, log) },
  { name: 'labelled lists', run: (a, log, c) => removeLabelledLists(a, c.url, log) },
  { name: 'what Readability dropped, not taken', run: (a, _log, c) => dropAgain(a, c.url) },
  { name: 'calls to action', run: (a, log) => removeCallsToAction(a, log) },
  { name: 'what follows the story', run: (a, log, c) => pruneTail(a, c.url, log, c.head.byline) },
  { name: 'headings over nothing', run: (a, log) => removeTrailingHeadings(a, log) },
  { name: 'repair text', run: (a) => void repairArticleText(a) },
];

export function runArticleSteps(article: Element, log: RemovalLog, context: ArticleContext, checkTime: (step: string) => void): void {
  for (const step of ARTICLE_STEPS) {
    step.run(article, log, context);
    checkTime(step.name);
  }
}
