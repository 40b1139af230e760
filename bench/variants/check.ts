import { documentFromHtml } from '../../node/document';
import { extract, type Article } from '../../src/index';
import type { BoxInfo, Variant } from './index';
import type { BoxKind } from './synonyms';

/**
 * What a variant must give, compared with its page: the same article text (whitespace aside),
 * none of the clutter boxes' text, and the same kinds of removal for the boxes' kinds.
 */

export function extractHtml(html: string, url?: string, timeBudgetMs = 60_000): Article | null {
  return extractTimed(html, url, timeBudgetMs).article;
}

/** The article, or null; and whether the extraction ran out of its time budget (a slow page on a busy machine, not a variant that lost the article). */
export function extractTimed(html: string, url: string | undefined, timeBudgetMs: number): { article: Article | null; timedOut: boolean } {
  const { document, close } = documentFromHtml(html, url);
  try {
    const r = extract(document, { url, timeBudgetMs });
    return r.ok ? { article: r.article, timedOut: false } : { article: null, timedOut: r.error.code === 'timeout' };
  } finally {
    close();
  }
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

export interface VariantCheck {
  name: string;
  kind: string;
  /** The variant's article text is the page's (whitespace folded). */
  sameText: boolean;
  /** Paragraphs only one of the two has. */
  lost: string[];
  added: string[];
  /** Lines of the boxes that reached the variant's text. */
  leaked: string[];
  /** Box kinds removed from the page but not from the variant, and the other way round. */
  missingKinds: BoxKind[];
  extraKinds: BoxKind[];
  /** How many removals of each box kind the variant reports. */
  kindCounts: Partial<Record<BoxKind, number>>;
  failed: boolean;
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map(fold).filter(Boolean);
}

export function boxKindCounts(a: Article | null, kinds: readonly BoxKind[]): Partial<Record<BoxKind, number>> {
  const out: Partial<Record<BoxKind, number>> = {};
  for (const r of a?.removed ?? []) if ((kinds as readonly string[]).includes(r.kind)) out[r.kind as BoxKind] = (out[r.kind as BoxKind] ?? 0) + 1;
  return out;
}

/** A variant's article against the page's. */
export function checkVariant(page: Article | null, v: Variant, got: Article | null): VariantCheck {
  const kinds = [...new Set(v.boxes.map((b) => b.kind))];
  const before = paragraphs(page?.text ?? '');
  const after = paragraphs(got?.text ?? '');
  const text = fold(got?.text ?? '');
  const had = boxKindCounts(page, kinds);
  const has = boxKindCounts(got, kinds);
  return {
    name: v.name,
    kind: v.kind,
    sameText: fold(page?.text ?? '') === text,
    lost: before.filter((p) => !after.includes(p)),
    added: after.filter((p) => !before.includes(p)),
    leaked: leakedLines(v.boxes, text),
    missingKinds: kinds.filter((k) => had[k] && !has[k]),
    extraKinds: kinds.filter((k) => !had[k] && has[k]),
    kindCounts: has,
    failed: !got,
  };
}

/** The boxes' lines found in `text` (folded). */
export function leakedLines(boxes: BoxInfo[], text: string): string[] {
  const t = fold(text);
  return [...new Set(boxes.flatMap((b) => b.lines).filter((l) => t.includes(l)))];
}

/** A variant passes when nothing moved: same text, nothing leaked, same kinds. */
export function passes(c: VariantCheck): boolean {
  return !c.failed && c.sameText && !c.leaked.length && !c.missingKinds.length && !c.extraKinds.length;
}
