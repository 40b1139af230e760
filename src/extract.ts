import type { ExtractOptions, ExtractResult, Failure, FailureCode } from './types';
import { RULE_GROUPS, type RuleGroup } from './rules';
import { compileUserRules } from './rules/user';
import { DEFAULT_MAX_ELEMENTS, DEFAULT_TIME_BUDGET_MS } from './limits';
import { readMetadata, type PageMeta } from './metadata';
import { RemovalLog, PLACEHOLDER_ATTR } from './clutter/removal-log';
import { cloneDocument, treeShape } from './steps/clone';
import { defuseClobbering } from './steps/defuse';
import { revealStreamed } from './steps/reveal-streamed';
import { pruneNonContent } from './steps/prune';
import { removeArticleClutter, removePageClutter } from './steps/remove-clutter';
import { runReadability, TooLargeError } from './steps/readability';
import { mayWiden, SUSPECT_SHARE, widerRegion } from './steps/region';
import { removeRepeatedCaptions } from './steps/repeated-captions';
import { removeRepeatedBlocks } from './steps/repeated-blocks';
import { removeCallsToAction } from './steps/calls-to-action';
import { pruneTail } from './steps/prune-tail';
import { repairArticleText } from './steps/repair-text';
import { purifierFor, sanitizeInPlace } from './steps/sanitize';
import { locateRemovals } from './steps/locate-removals';
import { renderText } from './render/text';
import { assembleArticle } from './assemble';
import { pageSignals } from './warnings/cut-short';
import { countWords, hasWords } from './dom/text';
import { realGet } from './dom/unclobbered';

/**
 * The pipeline, in one place: every step is a named call below, in the order it runs (`run`, and
 * `preparePage` for the steps a copy of the page goes through before Readability). Each step is a
 * file under `steps/` whose header says why it runs where it does. `extract` never touches `doc`;
 * it works on an inert clone and returns data.
 */

/** Fewer words than this on the pruned page, or in the clean article, is no article. */
const MIN_WORDS = 20;

const MESSAGES: Record<FailureCode, string> = {
  'no-article': "This page doesn't look like an article.",
  'not-html': 'This is not an HTML page, so there is no article to read.',
  'too-large': 'This page is too large to clean safely.',
  timeout: 'Cleaning this page took too long, so it was stopped.',
  'parse-error': 'This page could not be read.',
  'no-dom': 'No HTML sanitizer is available here, so nothing is shown rather than something unsafe.',
};

export function failure(code: FailureCode, detail?: string): ExtractResult {
  const error: Failure = { code, message: detail ? `${MESSAGES[code]} ${detail}` : MESSAGES[code] };
  return { ok: false, error };
}

class Timeout extends Error {}

export function extract(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const now = options.now ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now()));
  const start = now();
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const checkTime = (): void => {
    if (now() - start > budget) throw new Timeout();
  };
  try {
    return run(doc, options, checkTime);
  } catch (e) {
    if (e instanceof Timeout) return failure('timeout');
    if (e instanceof TooLargeError) return failure('too-large');
    return failure('parse-error', e instanceof Error ? `(${e.name}: ${e.message.slice(0, 200)})` : undefined);
  }
}

function run(doc: Document, options: ExtractOptions, checkTime: () => void): ExtractResult {
  // Read through the prototype: `<img name="cloneNode">` or `name="defaultView"` shadows these.
  if (!doc || typeof doc !== 'object' || realGet(doc, 'nodeType') !== 9) return failure('not-html');
  const ct = realGet<string | undefined>(doc, 'contentType');
  if (ct && !/html|xml/i.test(ct)) return failure('not-html');
  const purifier = purifierFor(realGet<(Window & typeof globalThis) | null>(doc, 'defaultView'));
  if (!purifier) return failure('no-dom');

  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  // Counted on the live page (one walk, no copy, which also measures the depth the clone needs): a
  // page far past what Readability will parse fails now, not after seconds of cloning and cleaning
  // (100,000 paragraphs took 2-5 s).
  const shape = treeShape(doc, maxElements * 1.5);
  if (shape.elements > maxElements * 1.5) return failure('too-large');
  const clone = cloneDocument(doc, shape.depth);

  const user = compileUserRules(options.rules, options.url);
  let log = new RemovalLog();
  const page = preparePage(clone, log, user, checkTime, { force: !!options.force });
  if (!page.ok) return page.failure;

  const found = runReadability(clone, maxElements, options.force ? 0 : 500);
  checkTime();
  if (!found) return failure('no-article');

  // Readability kept one section of the article, or went elsewhere: look again on a fresh copy.
  if (found.textLength < page.text.length * SUSPECT_SHARE && mayWiden(doc, found.content)) {
    const fresh = cloneDocument(doc);
    const freshLog = new RemovalLog();
    const wider = preparePage(fresh, freshLog, user, checkTime).ok ? widerRegion(fresh.body, found.content) : null;
    if (wider) {
      log = freshLog;
      found.content = wider;
    }
    checkTime();
  }

  const article = found.content;
  removeArticleClutter(article, RULE_GROUPS, log, user);
  removeRepeatedCaptions(article, log);
  removeRepeatedBlocks(article, log);
  removeCallsToAction(article, log);
  pruneTail(article, options.url ?? realGet<string>(doc, 'URL'), log);
  repairArticleText(article);
  checkTime();

  // In place (the clone is inert and ours): a copy of the article cost half the step.
  const clean = sanitizeInPlace(purifier, article, [PLACEHOLDER_ATTR]);
  const positions = locateRemovals(clean);
  const text = renderText(clean);
  checkTime();
  const wordCount = countWords(text);
  if (!options.force && wordCount < MIN_WORDS) return failure('no-article');

  const out = assembleArticle({ meta: page.meta, found, clean, text, wordCount, log, positions, purifier });
  out.signals = pageSignals(page.meta.ldArticle, page.text);
  return { ok: true, article: out };
}

type Prepared<Meta> = { ok: true; meta: Meta; text: string } | { ok: false; failure: ExtractResult };

/**
 * The steps a copy of the page goes through before Readability, written once: the region check
 * prepares its fresh copy with them too, so it judges the page Readability saw. The first copy is
 * also read on the way (`first`): its metadata before pruning deletes what it reads, and its text
 * after pruning, before the rules (the word floor here, and the region check's measure after
 * Readability, which takes the page apart).
 */
function preparePage(d: Document, log: RemovalLog, user: RuleGroup | undefined, checkTime: () => void, first: { force: boolean }): Prepared<PageMeta>;
function preparePage(d: Document, log: RemovalLog, user: RuleGroup | undefined, checkTime: () => void): Prepared<null>;
function preparePage(d: Document, log: RemovalLog, user: RuleGroup | undefined, checkTime: () => void, first?: { force: boolean }): Prepared<PageMeta | null> {
  // Before anything reads the copy: `<img name="body">` shadows `d.body`.
  defuseClobbering(d);
  const body = d.body;
  if (!body || body.localName !== 'body') return { ok: false, failure: failure('no-article', 'It has no body to read (a frameset or an empty page).') };
  revealStreamed(d);
  checkTime();

  const meta = first ? readMetadata(d) : null;
  checkTime();

  pruneNonContent(body);
  const text = first ? body.textContent ?? '' : '';
  // Fewer words on the whole page than an article needs: no article can come out (its text is a
  // part of this text), so skip Readability's four passes. A 30,000-div page took them seconds.
  if (first && !first.force && !hasWords(text, MIN_WORDS)) return { ok: false, failure: failure('no-article') };
  checkTime();

  removePageClutter(body, RULE_GROUPS, log, user);
  checkTime();
  return { ok: true, meta, text };
}
