import { documentFromHtml } from '../../node/document';
import { applyChanges, type Change } from './transform';
import { markupChanges, type MarkupKind } from './index';

/**
 * Why a variant moved: of the markup changes that make it (every class hashed, a tag swapped, a
 * wrapper added), the few that move the article on their own. A failing variant says only that
 * the pipeline depends on the markup somewhere; the minimal set says where (a `<div>` around the
 * whole story printed as a `<section>`, one paragraph's class name), which is what a fix needs.
 * Found by delta debugging (Zeller's ddmin) over the list of changes, each trial an extraction.
 */

/** The kinds of variant made of changes to single elements, which can be taken apart. */
export const EXPLAINED_KINDS: readonly MarkupKind[] = ['hashed', 'tags', 'wrapped', 'unnamed'];

export interface Minimal {
  changes: Change[];
  /** Extractions it took. */
  runs: number;
  /** It ran out of its trials before the set could not be made smaller. */
  cut: boolean;
}

/**
 * A smallest list of `changes` for which `moves` still holds (1-minimal: dropping any one change
 * makes it stop), or the smallest found within `maxRuns` trials. `moves(changes)` must hold. Async,
 * so a caller can yield between trials (see corpus.ts on jsdom's windows).
 */
export async function minimalChanges(changes: Change[], moves: (some: Change[]) => boolean | Promise<boolean>, maxRuns = 150): Promise<Minimal> {
  let cur = changes;
  let n = 2;
  let runs = 0;
  while (cur.length >= 2) {
    if (runs >= maxRuns) return { changes: cur, runs, cut: true };
    const size = Math.ceil(cur.length / n);
    let reduced = false;
    for (let s = 0; s < cur.length && runs < maxRuns; s += size) {
      const part = cur.slice(s, s + size);
      runs++;
      if (await moves(part)) {
        cur = part;
        n = 2;
        reduced = true;
        break;
      }
      const rest = [...cur.slice(0, s), ...cur.slice(s + size)];
      if (n > 2 && rest.length && runs < maxRuns) {
        runs++;
        if (await moves(rest)) {
          cur = rest;
          n = Math.max(n - 1, 2);
          reduced = true;
          break;
        }
      }
    }
    if (!reduced) {
      if (n >= cur.length) break;
      n = Math.min(cur.length, n * 2);
    }
  }
  return { changes: cur, runs, cut: false };
}

/** The page with only `changes` of its variant made, printed. */
export function withChanges(html: string, url: string | undefined, changes: readonly Change[]): string {
  const { document: doc, close } = documentFromHtml(html, url);
  try {
    applyChanges(doc, changes);
    return (doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '') + doc.documentElement.outerHTML;
  } finally {
    close();
  }
}

export interface ChangeNote {
  /** What kind of change, to count by: "div→section, 1,000+ characters". */
  group: string;
  /** The element as the page prints it, and the start of its text. */
  element: string;
  text: string;
}

const fold = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** How much text an element holds, in the steps a reader can tell apart. */
function size(chars: number): string {
  return chars >= 1000 ? 'a container (1,000+ characters)' : chars >= 1 ? 'a block (under 1,000 characters)' : 'no text';
}

/** Each change described on the page it was made to. */
export function describeChanges(html: string, url: string | undefined, changes: readonly Change[]): ChangeNote[] {
  const { document: doc, close } = documentFromHtml(html, url);
  try {
    const els = Array.from(doc.querySelectorAll('*'));
    return changes.map((c) => {
      const el = els[c.at];
      const text = fold(el.textContent);
      const named = (el.id ? `#${el.id}` : '') + fold(el.getAttribute('class')).split(' ').filter(Boolean).map((n) => `.${n}`).join('');
      const what = c.kind === 'tag' ? `${el.localName}→${c.to}` : c.kind === 'wrap' ? `wrapper around a ${el.localName}` : c.kind === 'hash' ? `${el.localName}'s names hashed` : `${el.localName}'s kind named dropped`;
      return { group: `${what}, ${size(text.length)}`, element: `${el.localName}${named.slice(0, 60)}`, text: text.slice(0, 80) };
    });
  } finally {
    close();
  }
}

export { markupChanges };
