import type { ArticleFacts, ExtractOptions, ExtractResult } from './types';
import type { RuleGroup } from './rules';
import { PAGE_RULE_GROUPS } from './rules/page';
import { compileUserRules } from './rules/user';
import { learnedFor } from './rules/learned-match';
import { applyLearnedRules } from './steps/learned-rules';
import type { LearnedRule } from './types';
import { DEFAULT_MAX_ELEMENTS, MIN_WORDS } from './limits';
import { failure } from './failure';
import { readMetadata, type PageMeta } from './metadata';
import { RemovalLog } from './clutter/removal-log';
import { cloneDocument, treeShape, treeShapeBySelectors } from './steps/clone';
import { defuseClobbering } from './steps/defuse';
import { revealStreamed, streamedSegments } from './steps/reveal-streamed';
import { openDisclosures } from './steps/open-disclosures';
import { noteLead, takeLead } from './steps/lead';
import { leftOutCandidates, leftOutOfCopy, pruneNonContent } from './steps/prune';
import { removePageClutter } from './steps/page-clutter';
import { removeSwitchPanels } from './steps/switch-panels';
import { runReadability } from './steps/readability';
import { mayWiden, SUSPECT_SHARE, widerRegion } from './steps/region';
import { markDropped, markMainContent } from './steps/mark-dropped';
import { purifierFor } from './steps/sanitize';
import { articleFacts } from './assemble';
import { pageSignals } from './warnings/cut-short';
import type { ArticleContext } from './article-steps';
import { guarded, type Check, type Failed } from './guard';
import { pageProse, proseOutside } from './steps/prose-outside';
import { draftOf, finishArticle, type DraftResult } from './finish';
import { hasWords } from './dom/text';
import { realGet } from './dom/unclobbered';

/**
 * The pipeline, in one place: every step is a named call below, in the order it runs (`run`, and
 * `preparePage` for the steps a copy of the page goes through before Readability). Each step is a
 * file under `steps/` whose header says why it runs where it does; the steps on the article
 * Readability kept are one list (article-steps.ts), run where the article is finished (finish.ts)
 * with the sanitizing and what is read from the sanitized article. `extract` never touches `doc`;
 * it works on an inert clone and returns data. `extractDraft` (the extension's content script)
 * stops after Readability and the facts and returns the article unsanitized, for the page that
 * shows it to finish (finish.ts): the click in the page pays only the page's steps.
 */

export { failure };

export function extract(doc: Document, options: ExtractOptions = {}): ExtractResult {
  return guarded(options, (checkTime) => {
    const refused = refuse(doc);
    if (refused) return refused;
    const purifier = purifierFor(realGet<(Window & typeof globalThis) | null>(doc, 'defaultView'));
    if (!purifier) return failure('no-dom');
    const found = run(doc, options, checkTime);
    if ('failure' in found) return found.failure;
    return finishArticle(purifier, found.facts, found.article, found.log, found.context, !!options.force, checkTime);
  });
}

/** `extract` up to the article's steps: the article unsanitized, for the page that shows it to finish (`finishDraft`). */
export function extractDraft(doc: Document, options: ExtractOptions = {}): DraftResult {
  return guarded(options, (checkTime) => {
    const found = run(doc, options, checkTime);
    if ('failure' in found) return found.failure;
    const draft = draftOf(found.facts, found.article, found.log, { url: found.context.url, rules: options.rules ?? [], force: !!options.force });
    checkTime('draft');
    return { ok: true as const, draft };
  });
}

type Found = { facts: ArticleFacts; article: Element; log: RemovalLog; context: ArticleContext } | { failure: Failed };

function refuse(doc: Document): Failed | null {
  // Read through the prototype: `<img name="cloneNode">` or `name="defaultView"` shadows these.
  if (!doc || typeof doc !== 'object' || realGet(doc, 'nodeType') !== 9) return failure('not-html');
  const ct = realGet<string | undefined>(doc, 'contentType');
  return ct && !/html|xml/i.test(ct) ? failure('not-html') : null;
}

function run(doc: Document, options: ExtractOptions, checkTime: Check): Found {
  const refused = refuse(doc);
  if (refused) return { failure: refused };

  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  // The page's address, for the user's per-site rules and the tail step's "links to this site".
  const url = options.url ?? realGet<string>(doc, 'URL');
  const user = compileUserRules(options.rules, url);
  const learned = learnedFor(options.learned, url);
  // What the pruning would delete is not copied at all; its site chrome only where no learned rule
  // can mark a block kept and no streamed content moves blocks before the pruning judges them.
  const liveBody = realGet<HTMLElement | null>(doc, 'body');
  const chrome = !learned.length && !(liveBody && streamedSegments(liveBody).length);
  // Counted on the live page (one walk, no copy, which also measures the depth the clone needs): a
  // page far past what Readability will parse fails now, not after seconds of cloning and cleaning
  // (100,000 paragraphs took 2-5 s).
  const omit = (el: Element): boolean => leftOutOfCopy(el, chrome);
  const shape = options.nativeDom ? treeShapeBySelectors(doc, maxElements * 1.5, leftOutCandidates(chrome), omit) : treeShape(doc, maxElements * 1.5, omit);
  if (shape.elements > maxElements * 1.5) return { failure: failure('too-large') };
  const clone = cloneDocument(doc, shape);
  checkTime('clone');

  let log = new RemovalLog();
  const page = preparePage(clone, log, user, checkTime, { force: !!options.force, learned });
  if (!page.ok) return { failure: page.failure };
  // (Read after preparePage defused the copy: `<img name="body">` shadows `body`.)
  let body = clone.body;
  // The page's article-like paragraphs, for the cut-short warnings: Readability takes the page apart.
  const prose = pageProse(clone.body);
  checkTime('prose');

  const lead = noteLead(body);
  const found = runReadability(clone, maxElements, options.force ? 0 : 500);
  checkTime('readability');
  if (!found) return { failure: failure('no-article') };

  // Readability kept one section of the article, or went elsewhere: look again on a fresh copy.
  if (found.textLength < page.text.length * SUSPECT_SHARE && mayWiden(doc, found.content)) {
    const fresh = cloneDocument(doc, shape);
    const freshLog = new RemovalLog();
    const wider = preparePage(fresh, freshLog, user, () => checkTime('region check'), learned).ok ? widerRegion(fresh.body, found.content) : null;
    if (wider) {
      log = freshLog;
      body = fresh.body;
      found.content = wider;
      found.dropped = [];
    }
    checkTime('region check');
  }
  // The story's opening paragraphs left beside its title (steps/lead.ts).
  takeLead(lead, body, found.content, new Set(found.dropped.filter((d) => !d.cleaning).map((d) => d.node)), url);

  const facts = articleFacts(page.meta, found);
  // What the page says of its own article, for the cut-short warnings the hosts judge (what
  // Readability kept, before what it dropped and the rest of the main content join it below).
  facts.signals = pageSignals(page.meta.ldArticle, proseOutside(prose, found.content, new Set(log.pending.map((p) => p.element))));
  // What Readability dropped goes back in its place, marked, and the rest of the page's main
  // content after it, for the article's steps to judge (steps/report-dropped.ts).
  markDropped(found.content, found.dropped);
  markMainContent(body, found.content);
  checkTime('facts');
  // Then the article's steps (article-steps.ts) and finish.ts, where the article is finished.
  return { facts, article: found.content, log, context: { url, user, head: facts } };
}

type Prepared<Meta> = { ok: true; meta: Meta; text: string } | { ok: false; failure: Failed };

/**
 * The steps a copy of the page goes through before Readability, written once: the region check
 * prepares its fresh copy with them too, so it judges the page Readability saw. The first copy is
 * also read on the way (`first`): its metadata before pruning deletes what it reads, and its text
 * after pruning, before the rules (the word floor here, and the region check's measure after
 * Readability, which takes the page apart).
 */
function preparePage(d: Document, log: RemovalLog, user: RuleGroup | undefined, checkTime: Check, first: { force: boolean; learned: LearnedRule[] }): Prepared<PageMeta>;
function preparePage(d: Document, log: RemovalLog, user: RuleGroup | undefined, checkTime: Check, learned: LearnedRule[]): Prepared<null>;
function preparePage(d: Document, log: RemovalLog, user: RuleGroup | undefined, checkTime: Check, opt: { force: boolean; learned: LearnedRule[] } | LearnedRule[]): Prepared<PageMeta | null> {
  const first = Array.isArray(opt) ? undefined : opt;
  // Before anything reads the copy: `<img name="body">` shadows `d.body`.
  defuseClobbering(d);
  const body = d.body;
  if (!body || body.localName !== 'body') return { ok: false, failure: failure('no-article', 'It has no body to read (a frameset or an empty page).') };
  revealStreamed(d);
  checkTime('defuse, reveal');

  const meta = first ? readMetadata(d) : null;
  checkTime('metadata');
  applyLearnedRules(d, Array.isArray(opt) ? opt : opt.learned, log);

  openDisclosures(body);
  const { forms, switches } = pruneNonContent(body);
  const text = first ? body.textContent ?? '' : '';
  // Fewer words on the whole page than an article needs: no article can come out (its text is a
  // part of this text), so skip Readability's four passes. A 30,000-div page took them seconds.
  if (first && !first.force && !hasWords(text, MIN_WORDS)) return { ok: false, failure: failure('no-article') };
  checkTime('prune');

  removeSwitchPanels(body, switches, log);
  removePageClutter(body, PAGE_RULE_GROUPS, log, user, forms);
  checkTime('clutter rules on the page');
  return { ok: true, meta, text };
}
