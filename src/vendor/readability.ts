import Readability from '@mozilla/readability/Readability.js';
// With its extension: vite.config.ts imports this module, and Vite's config loader asks for one.
import { elementsNamed } from '../dom/elements.ts';
import { hasKept, isKept } from '../dom/kept.ts';

/**
 * Every change we make to @mozilla/readability's behaviour, in one place, so an upgrade is a
 * reviewable step: the only module of `src/` that imports the package. Both changes are written
 * against the version below; test/src/vendor/readability.test.ts reads the installed source and
 * fails when that version, a patched method or the logging calls change, instead of letting an
 * upgrade mis-patch in silence.
 *
 * 1. Tag lookups. Readability finds elements by tag name with `querySelectorAll(tags.join(","))`.
 *    The same elements in the same order come from one walk of the subtree (dom/elements.ts),
 *    which in jsdom (the CLI and the benchmark) costs a fraction of the selector engine — over a
 *    third of Readability's time — and of reading a `getElementsByTagName` collection. Readability's
 *    own fallback for nodes without `querySelectorAll` returns arrays, so every caller takes one.
 * 2. Debug logging, compiled out of the extension. `this.log(…)` does nothing unless `debug` is
 *    set, which we never do, yet its messages took 1.1 KB of the content script. The build
 *    (vite.config.ts) rewrites each call to `false && this.log(…)`, dead code the minifier drops.
 *    It is a source rewrite because the messages are string arguments: no runtime patch can drop
 *    them from the bundle. Node (CLI, tests) runs the package as published; the calls are no-ops.
 * 3. Blocks the user keeps (steps/learned-rules.ts marks them). Readability takes nodes out through
 *    two methods: `_removeNodes` (its cleaning of the article: conditionally cleaned divs, tables,
 *    lists, asides…) and `_removeAndGetNext` (its walk's unlikely candidates, hidden and empty
 *    nodes, the byline). Both leave a marked node, or one holding a mark, where it is; the walk
 *    goes into it instead. On a page with no mark (every page without a keep rule) they do exactly
 *    what Readability does, after one WeakSet lookup.
 */
export const READABILITY_VERSION = '0.6.0';

/** Readability's methods we replace on each instance, with what replaces them. */
type Filter = (this: unknown, node: Element, i: number, list: ArrayLike<Element>) => boolean;
type Reader = { _doc: Document; _getNextNode(node: Element, ignoreSelfAndKids?: boolean): Element | null };
const proto = Readability.prototype as unknown as {
  _removeNodes(this: Reader, list: ArrayLike<Element>, filter?: Filter): void;
  _removeAndGetNext(this: Reader, node: Element): Element | null;
};

const PATCHES = {
  _getAllNodesWithTag: (node: Element | Document, tagNames: string[]): Element[] => elementsNamed(node, ...tagNames),
  _removeNodes(this: Reader, list: ArrayLike<Element>, filter?: Filter): void {
    const keep: Filter | undefined = hasKept(this._doc) ? function (node, i, l) { return !isKept(node) && (!filter || filter.call(this, node, i, l)); } : filter;
    proto._removeNodes.call(this, list, keep);
  },
  _removeAndGetNext(this: Reader, node: Element): Element | null {
    return hasKept(this._doc) && isKept(node) ? this._getNextNode(node) : proto._removeAndGetNext.call(this, node);
  },
};
export const PATCHED_METHODS = Object.keys(PATCHES) as (keyof typeof PATCHES)[];

/** The text of each debug call, as it appears in Readability.js. */
export const DEBUG_CALL = 'this.log(';

/** Readability's source with every debug call made unreachable (see 2. above). */
export function stripDebugLogging(source: string): string {
  return source.replaceAll(DEBUG_CALL, 'false && ' + DEBUG_CALL);
}

export type ReaderOptions = ConstructorParameters<typeof Readability<Element>>[1];

/** A Readability reader for `doc`, with the patched methods. */
export function createReader(doc: Document, options: ReaderOptions): InstanceType<typeof Readability<Element>> {
  const reader = new Readability<Element>(doc, options);
  Object.assign(reader, PATCHES);
  return reader;
}
