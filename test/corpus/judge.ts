/**
 * How our metadata is compared with Readability's expected metadata. Readability's own answers
 * are one opinion (its titles keep " | Site" suffixes we strip on purpose; some of its bylines are
 * dates or "Follow Author"), so the comparisons are deliberately tolerant, and pages whose expected
 * byline is not a person's name are left out of the byline figure (listed below, with the reason).
 */
export function fold(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛“”„‟"'`´]/g, "'")
    .replace(/[‐‑‒–—―-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const SEP_AFTER = /^\s*(?:[|\-–—·:»/_]|::)\s*/;
const SEP_BEFORE = /\s*(?:[|\-–—·:»/_]|::)\s*$/;

/** Equal after folding, or equal to the expected title with a site part cut at a separator. */
export function titleAgrees(expected: string | null, ours: string | null): boolean {
  const e = fold(expected);
  const g = fold(ours);
  if (!g) return !e;
  if (e === g) return true;
  if (e.startsWith(g) && SEP_AFTER.test(e.slice(g.length))) return true;
  if (e.endsWith(g) && SEP_BEFORE.test(e.slice(0, e.length - g.length))) return true;
  return false;
}

const NOT_NAMES = new Set(['by', 'par', 'von', 'and', 'et', 'und', 'written', 'edited', 'posted']);

function nameWords(s: string | null): Set<string> {
  return new Set((fold(s).match(/[\p{L}]+/gu) ?? []).filter((w) => !NOT_NAMES.has(w)));
}

/** The same person or people: one set of name words contains the other (roles and dates aside). */
export function bylineAgrees(expected: string | null, ours: string | null): boolean {
  const e = nameWords(expected);
  const g = nameWords(ours);
  if (!g.size || !e.size) return false;
  const sub = (a: Set<string>, b: Set<string>): boolean => [...a].every((w) => b.has(w));
  return sub(g, e) || sub(e, g);
}

/**
 * Expected bylines that are not names of people, so neither agreeing nor disagreeing with them
 * says anything: an organisation, a call to action, a date, Wikipedia's contributors line.
 */
export const IMPLAUSIBLE_BYLINES: Record<string, string> = {
  'bbc-1': 'an organisation ("BBC News")',
  'royal-road': 'a button label ("Follow Author")',
  'seattletimes-1': 'a date line',
  spiceworks: 'a date line ("Last Updated: …")',
  'wikipedia-2': '"Contributors to Wikimedia projects"',
  'wikipedia-3': '"Contributors to Wikimedia projects"',
};

export function langAgrees(expected: string | null, ours: string | null): boolean {
  const n = (s: string | null): string => (s ?? '').trim().toLowerCase().replace(/_/g, '-');
  return n(expected) === n(ours);
}

/** Word-bag recall: the share of the expected text's words (with multiplicity) found in ours. */
export function wordRecall(expected: string, ours: string): number {
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const exp = words(expected);
  if (!exp.length) return 1;
  const have = new Map<string, number>();
  for (const w of words(ours)) have.set(w, (have.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of exp) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      hit++;
      have.set(w, n - 1);
    }
  }
  return hit / exp.length;
}
