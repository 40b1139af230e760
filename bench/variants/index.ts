import { documentFromHtml } from '../../node/document';
import { addWrappers, hashNames, stripKindNames, swapTags, type Change } from './transform';
import { PLACES, findLabel, guessBoxes, guessContainer, moveBoxes, specBoxes, type Box, type PageSpec, type Place } from './boxes';
import { LANGS, synonym, synonymCount, type BoxKind, type Lang } from './synonyms';

/**
 * Metamorphic variants of a page (issue 9, item 5): the same article in markup and words the
 * rules were not written for. Each must extract to the same article text as the page itself, with
 * none of the clutter boxes' text and the same kinds of removal. Used by `npm run variants` and by
 * the tests of the seed fixtures' variants.
 *
 * - `hashed`: every class and id a short hash; `tags`: div/section/article/p swapped where HTML
 *   allows; `wrapped`: extra wrapper divs; `unnamed`: class names and ids naming a kind dropped.
 * - `moved-first|middle|end`: every clutter box moved after the story's first paragraph, into its
 *   middle, or to the end of its container.
 * - `label-LANG-N`: each box's label replaced by the N-th synonym of its kind in LANG.
 * - `all-PLACE-LANG-N`: all of the above at once.
 */

export interface BoxInfo {
  kind: BoxKind;
  /** The box's label as the variant prints it. */
  label: string;
  /** Lines of the box's text as the variant prints them: none may reach the article. */
  lines: string[];
}

export interface Variant {
  name: string;
  /** What kind of change it is, for grouping results: hashed, tags, wrapped, unnamed, moved, label, all. */
  kind: string;
  html: string;
  boxes: BoxInfo[];
}

export interface VariantOptions {
  url?: string;
  /** Where the boxes are; guessed from the page's own class names when absent. */
  spec?: PageSpec;
  seed?: number;
  /** Every synonym of every language (`all`, for fixtures), or one per language (`one`, for corpora). */
  labels?: 'all' | 'one';
}

interface Recipe {
  name: string;
  kind: string;
  hash?: boolean;
  tags?: boolean;
  wrap?: boolean;
  unname?: boolean;
  move?: Place;
  label?: { lang: Lang; index: number };
}

const fold = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

function recipes(labels: 'all' | 'one', seed: number, withBoxes: boolean): Recipe[] {
  const out: Recipe[] = [
    { name: 'hashed', kind: 'hashed', hash: true },
    { name: 'tags', kind: 'tags', tags: true },
    { name: 'wrapped', kind: 'wrapped', wrap: true },
    { name: 'unnamed', kind: 'unnamed', unname: true },
  ];
  if (!withBoxes) return out;
  for (const p of PLACES) out.push({ name: `moved-${p}`, kind: 'moved', move: p });
  LANGS.forEach((lang, li) => {
    const n = synonymCount(lang);
    const indexes = labels === 'all' ? Array.from({ length: n }, (_, i) => i) : [(seed + li) % n];
    for (const index of indexes) out.push({ name: `label-${lang}-${index}`, kind: 'label', label: { lang, index } });
    const places = labels === 'all' ? PLACES : [PLACES[(seed + li) % PLACES.length]];
    for (const p of places) {
      const index = (seed + li + PLACES.indexOf(p)) % n;
      out.push({ name: `all-${p}-${lang}-${index}`, kind: 'all', hash: true, tags: true, wrap: true, unname: true, move: p, label: { lang, index } });
    }
  });
  return out;
}

function siteName(doc: Document, url: string | undefined): string {
  const meta = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content');
  if (meta) return fold(meta);
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : 'the site';
  } catch {
    return 'the site';
  }
}

/** The pieces of text a box shows (each text node of six characters or more, trimmed of dashes). */
function boxLines(box: Element): string[] {
  const lines = new Set<string>();
  const walker = box.ownerDocument.createTreeWalker(box, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = fold(n.nodeValue).replace(/^[\s\-–—|:]+|[\s\-–—|]+$/g, '');
    if (t.length >= 6 && /\p{L}/u.test(t)) lines.add(t);
  }
  return [...lines];
}

function boxInfo(b: Box): BoxInfo {
  return { kind: b.kind, label: fold((b.label ?? b.els[0]).textContent), lines: [...new Set(b.els.flatMap(boxLines))] };
}

function serialize(doc: Document): string {
  return (doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '') + doc.documentElement.outerHTML;
}

function locate(doc: Document, spec: PageSpec | undefined): { container: Element | null; boxes: Box[] } {
  const container = spec?.container ? doc.querySelector(spec.container) : guessContainer(doc);
  if (spec?.container && !container) throw new Error(`variants: no element matches the container ${spec.container}`);
  const boxes = spec ? specBoxes(doc, spec) : container ? guessBoxes(doc, container) : [];
  return { container, boxes };
}

/** A recipe's changes to the markup, in the order they run; the changes each made. */
function transformMarkup(doc: Document, r: Recipe, seed: number): Change[] {
  return [
    ...(r.unname ? stripKindNames(doc) : []),
    ...(r.wrap ? addWrappers(doc, seed) : []),
    ...(r.tags ? swapTags(doc, seed + 1) : []),
    ...(r.hash ? hashNames(doc) : []),
  ];
}

/** The variants that are one transform of the markup, whose changes each concern one element. */
export type MarkupKind = 'hashed' | 'tags' | 'wrapped' | 'unnamed';

/**
 * The changes to single elements that make the page's variant of `kind` (with the seed
 * `makeVariants` is given), by the elements' places in the page (see transform.ts, `Change`).
 */
export function markupChanges(html: string, url: string | undefined, kind: MarkupKind, seed = 1): Change[] {
  const r = recipes('one', seed, false).find((x) => x.kind === kind)!;
  const { document: doc, close } = documentFromHtml(html, url);
  try {
    return transformMarkup(doc, r, seed);
  } finally {
    close();
  }
}

function apply(html: string, r: Recipe, o: VariantOptions, seed: number): Variant {
  const { document: doc, close } = documentFromHtml(html, o.url);
  try {
    const { container, boxes } = locate(doc, o.spec);
    const site = siteName(doc, o.url);
    if (r.label) {
      for (const b of boxes) {
        const label = b.label ?? findLabel(b.els[0]);
        if (label) label.textContent = synonym(b.kind, r.label.lang, r.label.index, site);
      }
    }
    if (r.move && container) moveBoxes(boxes, container, r.move);
    const info = boxes.map(boxInfo);
    transformMarkup(doc, r, seed);
    return { name: r.name, kind: r.kind, html: serialize(doc), boxes: info };
  } finally {
    close();
  }
}

/** The page's clutter boxes as it prints them, and its variants. */
export function makeVariants(html: string, o: VariantOptions = {}): { boxes: BoxInfo[]; variants: Variant[] } {
  const seed = o.seed ?? 1;
  const { document: doc, close } = documentFromHtml(html, o.url);
  let boxes: BoxInfo[];
  try {
    boxes = locate(doc, o.spec).boxes.map(boxInfo);
  } finally {
    close();
  }
  const variants = recipes(o.labels ?? 'one', seed, boxes.length > 0).map((r) => apply(html, r, o, seed));
  return { boxes, variants };
}

export type { PageSpec, BoxSpec } from './boxes';
export { LANGS, BOX_KINDS, SYNONYMS, type BoxKind, type Lang } from './synonyms';
