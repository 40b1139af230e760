import type { Article, ExtractOptions, ExtractResult, Failure, FailureCode } from './types';
import { RULE_GROUPS } from './rules';
import { compileUserRules } from './rules/user';
import { cloneDocument, treeShape } from './steps/clone';
import { defuseClobbering } from './steps/defuse';
import { revealStreamed } from './steps/reveal-streamed';
import { repairArticleText } from './steps/repair-text';
import { readPageMeta } from './steps/metadata';
import { RemovalLog, PLACEHOLDER_ATTR } from './steps/removals';
import { removeClutter } from './steps/remove-clutter';
import { pruneNonContent } from './steps/prune';
import { pruneTail } from './steps/prune-tail';
import { mayWiden, SUSPECT_SHARE, widerRegion } from './steps/region';
import { runReadability, TooLargeError } from './steps/readability';
import { purifierFor, sanitizeAllToStrings, sanitizeInPlace } from './steps/sanitize';
import { cleanByline, cleanTitle, normalizeDate } from './steps/normalize-meta';
import { renderText } from './render/text';
import { isCountedBlock } from './render/restore';
import { countWords, hasWords } from './dom/text';
import { realGet } from './dom/unclobbered';

/**
 * The pipeline: named steps in a fixed order, each in its own file under `steps/` with the reason
 * for its place. `extract` never touches `doc`; it works on an inert clone and returns data.
 */

export const DEFAULT_MAX_ELEMENTS = 60_000;
export const DEFAULT_TIME_BUDGET_MS = 10_000;
const WORDS_PER_MINUTE = 230;

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
  // Defuse before anything reads the clone: `<img name="body">` shadows `clone.body`.
  defuseClobbering(clone);
  if (!clone.body || clone.body.localName !== 'body') return failure('no-article', 'It has no body to read (a frameset or an empty page).');
  revealStreamed(clone);
  checkTime();

  const meta = readPageMeta(clone);
  checkTime();

  pruneNonContent(clone.body);
  // The pruned page's text, read once: for the word floor here and the region check after
  // Readability (which takes the page apart, so its length cannot be read afterwards).
  const pageText = clone.body.textContent ?? '';
  // Fewer words on the whole page than an article needs: no article can come out (its text is a
  // part of this text), so skip Readability's four passes. A 30,000-div page took them seconds.
  if (!options.force && !hasWords(pageText, 20)) return failure('no-article');
  checkTime();

  let log = new RemovalLog();
  const user = compileUserRules(options.rules, options.url);
  removeClutter(clone.body, RULE_GROUPS, log, user, { patterns: false });
  checkTime();

  const found = runReadability(clone, maxElements, options.force ? 0 : 500);
  checkTime();
  if (!found) return failure('no-article');

  // Step 5b (steps/region.ts): Readability kept one section of the article, or went elsewhere.
  if (found.textLength < pageText.length * SUSPECT_SHARE && mayWiden(doc, found.content)) {
    // The fresh copy is prepared as this one was, so the region is judged on the same page.
    const freshLog = new RemovalLog();
    const wider = widerRegion(doc, found.content, (d) => {
      defuseClobbering(d);
      revealStreamed(d);
      if (!d.body) return;
      pruneNonContent(d.body);
      removeClutter(d.body, RULE_GROUPS, freshLog, user, { patterns: false });
    });
    if (wider) {
      log = freshLog;
      found.content = wider;
    }
    checkTime();
  }

  removeClutter(found.content, RULE_GROUPS, log, user);
  // Step 6b (steps/prune-tail.ts): "more posts" cards and the author's box under the story.
  pruneTail(found.content, options.url ?? realGet<string>(doc, 'URL'), log);
  // Step 6c (steps/repair-text.ts): double-encoded text ("isnâ€™t") read as the writer typed it.
  repairArticleText(found.content);
  checkTime();

  // In place (the clone is inert and ours): a copy of the article cost half the step.
  const clean = sanitizeInPlace(purifier, found.content, [PLACEHOLDER_ATTR]);
  const positions = locateRemovals(clean);
  const text = renderText(clean);
  checkTime();
  const wordCount = countWords(text);
  if (!options.force && wordCount < 20) return failure('no-article');

  const html = clean.innerHTML;

  const siteName = meta.siteName ?? found.siteName;
  const article: Article = {
    title: cleanTitle(meta.title ?? found.title, siteName) ?? cleanTitle(found.title, siteName) ?? '',
    byline: cleanByline(meta.byline) ?? cleanByline(found.byline),
    siteName: siteName ?? null,
    published: normalizeDate(meta.published) ?? normalizeDate(found.publishedTime),
    lang: meta.lang ?? found.lang,
    dir: found.dir === 'rtl' || found.dir === 'ltr' ? found.dir : null,
    excerpt: meta.excerpt ?? found.excerpt,
    leadImage: meta.leadImage,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    html,
    text,
    removed: log.finish((els) => sanitizeAllToStrings(purifier, els), positions),
  };
  return { ok: true, article };
}

/**
 * Where each removal sat in the final article, as the number of blocks before it, and drop the
 * placeholders. Removals whose placeholder did not survive Readability have no position (-1).
 */
function locateRemovals(root: Element): Map<number, number> {
  const positions = new Map<number, number>();
  let blocks = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  const marks: Element[] = [];
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    if (n.hasAttribute(PLACEHOLDER_ATTR)) {
      positions.set(Number(n.getAttribute(PLACEHOLDER_ATTR)), blocks);
      marks.push(n);
    } else if (isCountedBlock(n)) blocks++;
  }
  marks.forEach((m) => m.remove());
  return positions;
}
