import type { FactCandidate, FactName, FactProvenance, Provenance } from '../types';
import { foldSpace } from '../dom/text';

/**
 * Where each fact came from. The choosers (headline.ts, byline.ts, dates.ts) decide as they always
 * did; the metadata reader lists every source's raw answer beside them, in the order the choosers
 * consult them (`Candidates`), and this module names the first that gives the chosen value once
 * cleaned, keeping the ones that disagree as alternatives a reader may pick instead. Deriving the
 * source after the fact, rather than threading it through each chooser, leaves their output
 * untouched.
 */

export type Candidates = Record<FactName, FactCandidate[]>;

export const FACT_NAMES: readonly FactName[] = ['title', 'byline', 'siteName', 'published', 'lang'];

export function emptyCandidates(): Candidates {
  return Object.fromEntries(FACT_NAMES.map((f) => [f, []])) as unknown as Candidates;
}

/** A candidate if the source answered: `add(list, 'jsonld', ld.title)`. */
export function add(list: FactCandidate[], source: string, value: string | null | undefined): void {
  if (value) list.push({ source, value });
}

/** `meta:og` for og:title, `meta:article` for article:published_time, `meta:author` for name="author". */
export function metaSource(key: string | undefined): string {
  return `meta:${(key ?? 'unknown').split(/[:._-]/)[0]}`;
}

/** Two values of a fact agree: the same text, without case or spacing; dates on the same day,
 * languages whatever joins their parts ("en_US" is "en-US"). */
function agreeKey(fact: FactName, v: string): string {
  const s = foldSpace(v).toLowerCase();
  return fact === 'published' ? s.slice(0, 10) : fact === 'lang' ? s.replace(/_/g, '-') : s;
}

/**
 * The provenance of each fact: `chosen` is the value the article shows, `clean` the cleaner the
 * article applied to that fact. The source is the first candidate whose cleaned value agrees with
 * the chosen one, else the first that holds it or is held by it (a byline the chooser trimmed of
 * ", Site"), else `readability` (the page's sources said nothing the article uses); alternatives are the other cleaned
 * values, once each, with the first source that gave them.
 */
export function provenanceOf(
  candidates: Candidates,
  chosen: Record<FactName, string | null>,
  clean: Record<FactName, (v: string) => string | null>,
): Provenance {
  const out = {} as Provenance;
  for (const fact of FACT_NAMES) {
    const value = chosen[fact];
    const cleaned = candidates[fact].flatMap((c) => {
      const v = clean[fact](c.value);
      return v ? [{ source: c.source, value: v }] : [];
    });
    const p: FactProvenance = { source: null, alternatives: [] };
    if (value) {
      const key = agreeKey(fact, value);
      const hit = cleaned.find((c) => agreeKey(fact, c.value) === key)
        ?? cleaned.find((c) => agreeKey(fact, c.value).includes(key) || key.includes(agreeKey(fact, c.value)));
      // No page source gives it: Readability's own guess filled the gap (assemble.ts).
      p.source = hit?.source ?? 'readability';
      const seen = new Set([key]);
      for (const c of cleaned) {
        const k = agreeKey(fact, c.value);
        if (seen.has(k)) continue;
        seen.add(k);
        p.alternatives.push(c);
      }
    }
    out[fact] = p;
  }
  return out;
}
