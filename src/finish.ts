import type { ArticleFacts, ExtractResult, Failure, Removal } from './types';
import { MIN_WORDS } from './limits';
import { failure } from './failure';
import { elementFromNodes } from './dom/parse';
import { nodeListOf, type TreeNode } from './dom/node-list';
import { countWords } from './dom/text';
import { renderText } from './render/text';
import { PLACEHOLDER_ATTR, reportRemovals, type DraftRemoval, type RemovalLog } from './clutter/removal-log';
import { purifierFor, sanitizeAllToStrings, sanitizeInPlace, type Purifier } from './steps/sanitize';
import { ALLOWED_ATTR } from './steps/allowlist';
import { KEEP_ATTR } from './dom/kept';
import { locateRemovals } from './steps/locate-removals';
import { assembleArticle } from './assemble';

/**
 * The article's last steps, after the last one that rewrites it: DOMPurify, then what is read from
 * the sanitized article (the places of the removals, the text, its words), then the article as data.
 * `extract` runs them on the article where the pipeline left it. The extension's content script
 * stops before them and sends a draft (`draftOf`); the popup or the reader, which load DOMPurify
 * anyway to sanitize again before inserting, finish it (`finishDraft`) with these same steps, so
 * the content script, injected on every click, carries no sanitizer (31.8 KB of its 117 KB).
 */
export function finishArticle(
  purifier: Purifier,
  facts: ArticleFacts,
  article: Element,
  removals: (positions: Map<number, number>) => Removal[],
  force: boolean,
  checkTime: (step: string) => void = () => {},
): ExtractResult {
  // In place (the article is in an inert document of ours): a copy of the article cost half the step.
  const clean = sanitizeInPlace(purifier, article, [PLACEHOLDER_ATTR]);
  checkTime('sanitize');
  const positions = locateRemovals(clean);
  const text = renderText(clean);
  checkTime('text');
  const wordCount = countWords(text);
  if (!force && wordCount < MIN_WORDS) return failure('no-article');
  const removed = removals(positions);
  checkTime('removal previews');
  return { ok: true, article: assembleArticle({ facts, clean, text, wordCount, removed }) };
}

/**
 * The article as the extension's content script sends it (`extractDraft`): everything but the
 * sanitizing and what is read from the sanitized article. Its nodes are the page's own,
 * unsanitized: `finishDraft` builds them in an inert document and sanitizes them before anything
 * reads them.
 */
export interface ArticleDraft {
  facts: ArticleFacts;
  /** The article, placeholders of its removals included, as data (dom/node-list.ts). */
  nodes: TreeNode[];
  removed: DraftRemoval[];
  /** "Try anyway": no word floor. */
  force: boolean;
}

export type DraftResult = { ok: true; draft: ArticleDraft } | { ok: false; error: Failure };

/**
 * The attributes a draft carries: those the sanitizer may keep (and our placeholders' mark); `id`
 * and `name`, with which a page's form can shadow the properties DOMPurify reads (it then drops the
 * whole form, content and all: the draft must do the same); and `is`, which DOMPurify empties
 * rather than removes. And the mark of a block the user keeps (steps/learned-rules.ts), for the
 * steps that run where the draft is finished.
 */
const KEEP = new Set([...ALLOWED_ATTR, 'rel', 'id', 'name', 'is', PLACEHOLDER_ATTR, KEEP_ATTR]);

export function draftOf(facts: ArticleFacts, article: Element, log: RemovalLog, force: boolean): ArticleDraft {
  return { facts, nodes: nodeListOf(article, KEEP), removed: log.drafts(article, KEEP), force };
}

/**
 * A draft finished where it is shown: its nodes built in an inert document and sanitized before
 * anything reads them, then the steps above. Gives what `extract` gives for the same page (checked
 * on the corpora: `npm run snapshot -- --draft`).
 */
export function finishDraft(draft: ArticleDraft, doc: Document): ExtractResult {
  const purifier = purifierFor(doc.defaultView as (Window & typeof globalThis) | null);
  if (!purifier) return failure('no-dom');
  const article = isDraft(draft) ? elementFromNodes(draft.nodes, doc) : null;
  const removed = article ? draft.removed.map((r) => elementFromNodes(r.nodes, doc)) : [];
  if (!article || !removed.every((r) => r)) return failure('parse-error', '(The page answered with something that is not an article.)');
  const removals = (positions: Map<number, number>): Removal[] => {
    const kept = draft.removed.map((r, i) => [r, removed[i]!] as const).filter(([r]) => positions.has(r.id) || r.inArticle);
    return reportRemovals(kept.map(([r]) => r), sanitizeAllToStrings(purifier, kept.map(([, el]) => el)), positions);
  };
  return finishArticle(purifier, draft.facts, article, removals, draft.force);
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object';

function isRemoval(v: unknown): v is DraftRemoval {
  return isObj(v) && Number.isSafeInteger(v.id) && isStr(v.kind) && isStr(v.reason) && isStr(v.text) && Array.isArray(v.nodes) && typeof v.inArticle === 'boolean';
}

/** A draft crossed a message boundary: every field the finishing reads has the type it expects (the nodes are checked as they are built). */
function isDraft(v: unknown): v is ArticleDraft {
  if (!isObj(v) || !isObj(v.facts) || !Array.isArray(v.nodes) || typeof v.force !== 'boolean' || !Array.isArray(v.removed) || !v.removed.every(isRemoval)) return false;
  const f = v.facts;
  return isStr(f.title) && [f.byline, f.siteName, f.published, f.lang, f.excerpt, f.leadImage].every(isStrOrNull) && (f.dir === null || f.dir === 'ltr' || f.dir === 'rtl') && [f.provenance, f.signals].every((o) => o === undefined || isObj(o));
}
