import type { ArticleFacts, ExtractOptions, ExtractResult, Failure, UserRule } from './types';
import { MIN_WORDS } from './limits';
import { failure } from './failure';
import { elementFromNodes } from './dom/parse';
import { nodeListOf, type TreeNode } from './dom/node-list';
import { countWords } from './dom/text';
import { renderText } from './render/text';
import { compileUserRules } from './rules/user';
import { PLACEHOLDER_ATTR, type RemovalLog, type DraftRemoval } from './clutter/removal-log';
import { reportedRemovals, resumeLog } from './clutter/removal-report';
import { purifierFor, sanitizeAllToStrings, sanitizeInPlace, type Purifier } from './steps/sanitize';
import { locateRemovals } from './steps/locate-removals';
import { tidySeparators } from './steps/separators';
import { isLinkList } from './steps/link-list';
import { assembleArticle } from './assemble';
import { runArticleSteps, type ArticleContext } from './article-steps';
import { guarded, type Check } from './guard';
import { KEEP_ATTR, notePageMark } from './dom/kept';
import { holdsAttr } from './dom/elements';

/**
 * Where the article is finished: the steps on the article Readability kept (article-steps.ts), then
 * DOMPurify, then what is read from the sanitized article (the places of the removals, the text,
 * its words), then the article as data. `extract` runs them on the article where the pipeline left
 * it. The extension's content script stops before them and sends a draft (`draftOf`); the popup or
 * the reader, which load DOMPurify anyway to sanitize again before inserting, finish it
 * (`finishDraft`) with these same steps, so the content script, injected on every click, carries no
 * sanitizer (31.8 KB of its 117 KB) and spends nothing on the article's own clean-up.
 */
export function finishArticle(
  purifier: Purifier,
  facts: ArticleFacts,
  article: Element,
  log: RemovalLog,
  context: ArticleContext,
  force: boolean,
  checkTime: Check = () => {},
): ExtractResult {
  runArticleSteps(article, log, context, checkTime);
  // In place (the article is in an inert document of ours): a copy of the article cost half the step.
  const clean = sanitizeInPlace(purifier, article, [PLACEHOLDER_ATTR]);
  checkTime('sanitize');
  tidySeparators(clean);
  const positions = locateRemovals(clean);
  const text = renderText(clean);
  checkTime('text');
  const wordCount = countWords(text);
  if (!force && wordCount < MIN_WORDS) return failure('no-article');
  if (!force && isLinkList(clean)) return failure('no-article', 'It is a list of links to other pages.');
  const removed = reportedRemovals(log, (els) => sanitizeAllToStrings(purifier, els), positions);
  checkTime('removal previews');
  return { ok: true, article: assembleArticle({ facts, clean, text, wordCount, removed }) };
}

/**
 * The article as the extension's content script sends it (`extractDraft`): the page's steps done,
 * the article's steps, the sanitizing and what is read from the sanitized article not. Its nodes
 * are the page's own, unsanitized, with all their attributes (the article's clutter rules match
 * classes, ids and any attribute a user's selector names): `finishDraft` builds them in an inert
 * document, where nothing loads or runs, and sanitizes them after the article's steps, before
 * anything is shown or serialized.
 */
export interface ArticleDraft {
  facts: ArticleFacts;
  /** The article, placeholders of its removals included, as data (dom/node-list.ts). */
  nodes: TreeNode[];
  removed: DraftRemoval[];
  /** How many removals the page's steps logged: those of the article's steps are numbered after them. */
  removals: number;
  /** The page's address and the user's rules, as the page's steps had them (ArticleContext). */
  url: string;
  rules: UserRule[];
  /** "Try anyway": no word floor. */
  force: boolean;
}

export type DraftResult = { ok: true; draft: ArticleDraft } | { ok: false; error: Failure };

export function draftOf(facts: ArticleFacts, article: Element, log: RemovalLog, page: { url: string; rules: UserRule[]; force: boolean }): ArticleDraft {
  return { facts, nodes: nodeListOf(article), removed: log.drafts(article), removals: log.pending.length, ...page };
}

/**
 * A draft finished where it is shown: its nodes built in an inert document and sanitized before
 * anything reads them, then the steps above. Gives what `extract` gives for the same page (checked
 * on the corpora: `npm run snapshot -- --draft`).
 */
export function finishDraft(draft: ArticleDraft, doc: Document, options: Pick<ExtractOptions, 'now' | 'timeBudgetMs' | 'trace'> = {}): ExtractResult {
  return guarded(options, (checkTime) => {
    const purifier = purifierFor(doc.defaultView as (Window & typeof globalThis) | null);
    if (!purifier) return failure('no-dom');
    const article = isDraft(draft) ? elementFromNodes(draft.nodes, doc) : null;
    const removed = article ? draft.removed.map((r) => elementFromNodes(r.nodes, doc)) : [];
    if (!article || !removed.every((r) => r)) return failure('parse-error', '(The page answered with something that is not an article.)');
    // The blocks the user keeps carry the page's mark: the removals ask for it only in a document noted to hold one (dom/kept.ts).
    // Each is built in a fresh document of its own (dom/parse.ts), and a removal put back into a box joins the article's.
    const built = [article, ...removed] as Element[];
    if (built.some((e) => e.hasAttribute(KEEP_ATTR) || holdsAttr(e, KEEP_ATTR))) for (const e of built) notePageMark(e.ownerDocument);
    const kept = draft.removed.map(({ id, kind, reason, inArticle }, i) => ({ id, kind, reason, inArticle, element: removed[i]! }));
    const log = resumeLog(kept, draft.removals);
    checkTime('build');
    const context = { url: draft.url, user: compileUserRules(draft.rules, draft.url), head: draft.facts };
    return finishArticle(purifier, draft.facts, article, log, context, draft.force, checkTime);
  });
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object';

function isRemoval(v: unknown): v is DraftRemoval {
  return isObj(v) && Number.isSafeInteger(v.id) && isStr(v.kind) && isStr(v.reason) && Array.isArray(v.nodes) && typeof v.inArticle === 'boolean';
}

const isRule = (v: unknown): v is UserRule => isObj(v) && [v.selector, v.pattern, v.site].every((f) => f === undefined || isStr(f));

/** Ids in the order they were logged, each under the count: the log resumes with them in their places. */
function idsInOrder(removed: DraftRemoval[], count: unknown): boolean {
  if (!Number.isSafeInteger(count) || (count as number) < 0 || (count as number) > 2 ** 32 - 1) return false;
  return removed.every((r, i) => r.id >= 0 && r.id < (count as number) && (i === 0 || r.id > removed[i - 1].id));
}

/** A draft crossed a message boundary: every field the finishing reads has the type it expects (the nodes are checked as they are built). */
function isDraft(v: unknown): v is ArticleDraft {
  if (!isObj(v) || !isObj(v.facts) || !Array.isArray(v.nodes) || typeof v.force !== 'boolean' || !Array.isArray(v.removed) || !v.removed.every(isRemoval)) return false;
  if (!idsInOrder(v.removed, v.removals) || !isStr(v.url) || !Array.isArray(v.rules) || !v.rules.every(isRule)) return false;
  const f = v.facts;
  return isStr(f.title) && [f.byline, f.siteName, f.published, f.lang, f.excerpt, f.leadImage].every(isStrOrNull) && (f.dir === null || f.dir === 'ltr' || f.dir === 'rtl') && [f.provenance, f.signals].every((o) => o === undefined || isObj(o));
}
