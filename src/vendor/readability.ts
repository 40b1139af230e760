import Readability from '@mozilla/readability/Readability.js';
// With its extension: vite.config.ts imports this module, and Vite's config loader asks for one.
import { elementsNamed } from '../dom/elements.ts';
import { hasKept, isKept } from '../dom/kept.ts';
import { SAME_ANSWER_PATCHES } from './same-answers.ts';
import { sweptForName, type SweepReader } from './sweep.ts';

export { SAME_ANSWERS } from './same-answers.ts';

/**
 * Every change we make to @mozilla/readability's behaviour, in one place, so an upgrade is a
 * reviewable step: the only module of `src/` that imports the package (patch 8, methods that give
 * Readability's own answers faster, is in same-answers.ts beside it, for its size). Every change is written
 * against the version below; test/src/vendor/readability.test.ts reads the installed source and
 * fails when that version, a patched method or the logging calls change, instead of letting an
 * upgrade mis-patch in silence.
 *
 * 1. Tag lookups. Readability finds elements by tag name with `querySelectorAll(tags.join(","))`.
 *    The same elements in the same order come from one walk of the subtree (dom/elements.ts),
 *    which in jsdom (the CLI and the benchmark) costs a fraction of the selector engine — over a
 *    third of Readability's time — and of reading a `getElementsByTagName` collection. Readability's
 *    own fallback for nodes without `querySelectorAll` returns arrays, so every caller takes one.
 * 2. What Readability takes out. Its own cleaning drops blocks from the container it chose (forms,
 *    link-heavy divs, "footer"- or "share"-named blocks), and before choosing it sweeps out
 *    "unlikely" blocks; a reader must see what left the article, so with `watch` each instance
 *    records every element it removes (`_removeAndGetNext`, `_removeNodes`) and when (`_prepArticle`
 *    is the cleaning of the chosen container). Recording is a few property reads per removal; what
 *    is done with it is the pipeline's business (steps/report-dropped.ts).
 * 3. Debug logging, compiled out of the extension. `this.log(…)` does nothing unless `debug` is
 *    set, which we never do, yet its messages took 1.1 KB of the content script. The build
 *    (vite.config.ts) rewrites each call to `false && this.log(…)`, dead code the minifier drops.
 *    It is a source rewrite because the messages are string arguments: no runtime patch can drop
 *    them from the bundle. Node (CLI, tests) runs the package as published; the calls are no-ops.
 * 4. Methods our options never reach, compiled out of the extension the same way (UNREACHED_METHODS).
 * 5. Blocks the user keeps (steps/learned-rules.ts marks them). Readability takes nodes out through
 *    two methods: `_removeNodes` (its cleaning of the article: conditionally cleaned divs, tables,
 *    lists, asides…) and `_removeAndGetNext` (its walk's unlikely candidates, hidden and empty
 *    nodes, the byline). Both leave a marked node, or one holding a mark, where it is; the walk
 *    goes into it instead. On a page with no mark (every page without a keep rule) they do exactly
 *    what Readability does, after one WeakSet lookup. A kept node is not removed, so `watch` does
 *    not record it either.
 * 9. The article's own block, swept by its name: see sweep.ts.
 */
export const READABILITY_VERSION = '0.6.0';

/**
 * 6. Link-heavy sections are cleaned as divs are. Readability cleans divs conditionally (a block of
 *    links with little text goes) but never a `<section>`: the same "Recent posts" widget, menu or
 *    list of other stories stays in the article when a site prints it as a section. Before its
 *    divs, each section whose link text is more than this share of its text goes through the same
 *    checks. Only link-heavy ones: with all sections cleaned, a story's image-led steps (wcxb-dev
 *    4526) and chapters went too (even half −0.161, odd −0.136). Screened on wcxb-dev's even half:
 *    5 pages change, ΣΔF1 +0.005; odd half 9 pages, +0.032 (0.25 and 0.5 give the same pages
 *    within 0.003). Variants whose only change is div→section hold as the page does. `<article>`s
 *    too, which the variants print a third of their divs as (and sites their teaser cards): even
 *    half no page changes, odd half 1 (−0.006, a podcast episode's player links); 3 of 0261's
 *    `all` variants hold.
 */
export const LINKY_SECTION = 0.35;
/** The tags cleaned so (see 6.): a site prints its teaser cards and widgets as `<article>`s as well. */
const LINKY_TAGS = ['section', 'article'];

/**
 * 7. Underlined, struck and isolated text is phrasing content. Readability's list of phrasing
 *    elements lacks `u`, `s` and `bdi` (mozilla/readability#997, open), so where a div holds a
 *    paragraph's text directly, its DIV_TO_P step splits the sentence around each of them and
 *    around a link that holds one (`<a><u>Neste</u></a>, a global leader…`, as rich-text editors
 *    write links): the pieces become separate blocks, and its cleaning can drop the lot.
 */
const PHRASING_ELEMS = [...(Readability.prototype as unknown as { PHRASING_ELEMS: string[] }).PHRASING_ELEMS, 'U', 'S', 'BDI'];
/** Whether Readability counts `el` as phrasing content (text of a paragraph, not a block), with 7. */
export const isPhrasing = (el: Element): boolean => PHRASING_ELEMS.includes(el.tagName);

/** Readability's methods we replace on each instance, with what replaces them. */
type Filter = (this: unknown, node: Element, i: number, list: ArrayLike<Element>) => boolean;
type Reader = SweepReader & {
  _doc: Document;
  _getNextNode(node: Element, ignoreSelfAndKids?: boolean): Element | null;
  _tidySpares?: (node: Element) => boolean;
};
type LinkyReader = Reader & { _removeNodes(list: ArrayLike<Element>, filter?: Filter): void; _getLinkDensity(node: Element): number };
const proto = Readability.prototype as unknown as {
  _cleanConditionally(this: Reader, e: Element, tag: string): void;
  _removeNodes(this: Reader, list: ArrayLike<Element>, filter?: Filter): void;
  _removeAndGetNext(this: Reader, node: Element): Element | null;
};

const PATCHES = {
  _getAllNodesWithTag: (node: Element | Document, tagNames: string[]): Element[] => elementsNamed(node, ...tagNames),
  _removeNodes(this: Reader, list: ArrayLike<Element>, filter?: Filter): void {
    const keep: Filter | undefined = hasKept(this._doc) ? function (node, i, l) { return !isKept(node) && (!filter || filter.call(this, node, i, l)); } : filter;
    proto._removeNodes.call(this, list, keep);
  },
  // 6. See LINKY_SECTION.
  _cleanConditionally(this: LinkyReader, e: Element, tag: string): void {
    if (tag === 'div') {
      const own = this._removeNodes;
      const reader = this;
      this._removeNodes = (list, filter) => own.call(reader, list, function (this: unknown, node, i, l) {
        return reader._getLinkDensity(node) > LINKY_SECTION && (!filter || filter.call(this, node, i, l));
      });
      try {
        for (const t of LINKY_TAGS) proto._cleanConditionally.call(this, e, t);
      } finally {
        this._removeNodes = own;
      }
    }
    proto._cleanConditionally.call(this, e, tag);
  },
  // 8. See same-answers.ts.
  ...SAME_ANSWER_PATCHES,
  _removeAndGetNext(this: Reader, node: Element): Element | null {
    return stays(this, node) ? this._getNextNode(node) : proto._removeAndGetNext.call(this, node);
  },
};

/** Whether Readability's walk goes into `node` instead of removing it: a kept node (5.), or one `spares` spares (9.). */
function stays(r: Reader, node: Element): boolean {
  if (hasKept(r._doc) && isKept(node)) return true;
  return !!r._tidySpares && sweptForName(r, node) && r._tidySpares(node);
}

/** The methods `watch` wraps (calling the keep patches above, or Readability's own). */
const WATCHED = ['_removeAndGetNext', '_removeNodes', '_prepArticle', '_postProcessContent'] as const;
export const PATCHED_METHODS = [...new Set([...Object.keys(PATCHES), ...WATCHED])] as (keyof typeof PATCHES | (typeof WATCHED)[number])[];

/** An element Readability removed, and where it was. */
export interface DroppedNode {
  node: Element;
  parent: Node | null;
  /** The node after it, to put something back in its place. */
  next: Node | null;
  prevElement: Element | null;
  nextElement: Element | null;
  /** Removed while cleaning the chosen container (else while sweeping the page before choosing). */
  cleaning: boolean;
  /** Swept from inside the page's `<article>` or `<main>`. */
  inMain: boolean;
}

/**
 * Whether an ancestor of `el` is an `<article>` or `<main>`: `closest('article,main')` without the
 * selector engine, which in jsdom cost more than the rest of the recording (every element of the
 * page's sweep is asked).
 */
function inArticleOrMain(el: Element): boolean {
  for (let e = el.parentElement; e; e = e.parentElement) if (e.localName === 'article' || e.localName === 'main') return true;
  return false;
}

/**
 * The removals of one parse, by attempt: Readability tries up to four times with looser settings,
 * each attempt ending in `_prepArticle` of its container; the article is one attempt's container.
 */
export class RemovalWatch {
  private sweep: DroppedNode[] = [];
  private current: { content: Element; list: DroppedNode[] } | null = null;
  private readonly attempts = new Map<Element, DroppedNode[]>();

  private hasMain: boolean | null = null;

  /**
   * Whether the page has an `<article>` or `<main>` at all, asked once: on a page without one, no
   * swept element is inside one, and the walk up from each (every element of the sweep, the most
   * of the recording's time in the page, where each step up crosses into the page's DOM) is skipped.
   */
  private pageHasMain(el: Element): boolean {
    if (this.hasMain === null) {
      const doc = el.ownerDocument;
      this.hasMain = doc.getElementsByTagName('article').length > 0 || doc.getElementsByTagName('main').length > 0;
    }
    return this.hasMain;
  }

  record(node: Node): void {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const d: DroppedNode = { node: el, parent: el.parentNode, next: el.nextSibling, prevElement: el.previousElementSibling, nextElement: el.nextElementSibling, cleaning: !!this.current, inMain: !this.current && this.pageHasMain(el) && inArticleOrMain(el) };
    (this.current?.list ?? this.sweep).push(d);
  }

  beginCleaning(content: Element): void {
    const list = this.sweep;
    this.sweep = [];
    this.current = { content, list };
  }

  /** The container's tidying after it was cleaned (`_postProcessContent`): what it removes is the cleaning's too. */
  resumeCleaning(content: Element): void {
    const list = this.attempts.get(content);
    if (list) this.current = { content, list };
  }

  endCleaning(): void {
    if (this.current) this.attempts.set(this.current.content, this.current.list);
    this.current = null;
  }

  /** What the attempt that gave `content` removed, in the order it did. */
  droppedFor(content: Element): DroppedNode[] {
    return this.attempts.get(content) ?? [];
  }
}

function watchPatches(watch: RemovalWatch): Record<(typeof WATCHED)[number], (this: Reader, ...args: never[]) => unknown> {
  const own = Readability.prototype as unknown as { _prepArticle(this: Reader, content: Element): unknown; _postProcessContent(this: Reader, content: Element): unknown };
  return {
    _removeAndGetNext(this: Reader, node: Element): unknown {
      if (stays(this, node)) return this._getNextNode(node);
      watch.record(node);
      return proto._removeAndGetNext.call(this, node);
    },
    // Readability removes a listed node when it has a parent and the filter (if any) says so; the
    // keep patch asks `isKept` first, so a kept node is neither removed nor recorded.
    _removeNodes(this: Reader, list: ArrayLike<Element>, filter?: Filter): unknown {
      return PATCHES._removeNodes.call(this, list, function (this: unknown, node: Element, i: number, l: ArrayLike<Element>): boolean {
        const drop = !filter || filter.call(this, node, i, l);
        if (drop) watch.record(node);
        return drop;
      });
    },
    _prepArticle(this: Reader, content: Element): unknown {
      watch.beginCleaning(content);
      try {
        return own._prepArticle.call(this, content);
      } finally {
        watch.endCleaning();
      }
    },
    _postProcessContent(this: Reader, content: Element): unknown {
      watch.resumeCleaning(content);
      try {
        return own._postProcessContent.call(this, content);
      } finally {
        watch.endCleaning();
      }
    },
  };
}

/** The text of each debug call, as it appears in Readability.js. */
export const DEBUG_CALL = 'this.log(';

/** Readability's source with every debug call made unreachable (see 3. above). */
export function stripDebugLogging(source: string): string {
  return source.replaceAll(DEBUG_CALL, 'false && ' + DEBUG_CALL);
}

/**
 * Methods the options of `createReader` never let run, by the option that keeps them from running
 * and the value it always has here: JSON-LD is read by the metadata step, and the article keeps its
 * classes (the clutter rules read them after Readability). Their code took about 2 KB of the content
 * script; the build compiles each to a throw (see 4. above), and `createReader` always sets these
 * options, so that neither can run.
 */
export const UNREACHED_METHODS = { _getJSONLD: ['disableJSONLD', true], _cleanClasses: ['keepClasses', true] } as const;

/** Readability's source with each of UNREACHED_METHODS' bodies replaced by a throw; null when one is not found once. */
export function stripUnreachedMethods(source: string): string | null {
  let out = source;
  for (const name of Object.keys(UNREACHED_METHODS)) {
    const start = out.indexOf(`\n  ${name}(`);
    if (start < 0 || out.indexOf(`\n  ${name}(`, start + 1) >= 0) return null;
    const open = out.indexOf(') {\n', start);
    const end = out.indexOf('\n  },\n', open);
    if (open < 0 || end < 0) return null;
    out = `${out.slice(0, open)}) {\n    throw new Error("Readability's ${name} is compiled out of this build");${out.slice(end)}`;
  }
  return out;
}

export type ReaderOptions = ConstructorParameters<typeof Readability<Element>>[1];

/**
 * A Readability reader for `doc`, with the patched methods (and its removals recorded in `watch`);
 * `spares` is asked about blocks the unlikely sweep takes by name (9.).
 */
export function createReader(doc: Document, options: ReaderOptions, watch?: RemovalWatch, spares?: (node: Element) => boolean): InstanceType<typeof Readability<Element>> {
  const fixed = Object.fromEntries(Object.values(UNREACHED_METHODS));
  const reader = new Readability<Element>(doc, { ...options, ...fixed });
  Object.assign(reader, PATCHES, { PHRASING_ELEMS, _tidySpares: spares });
  if (watch) Object.assign(reader, watchPatches(watch));
  return reader;
}
