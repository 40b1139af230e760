import type { SelectorRules } from '../rules/types';
import { compileCompound, type Compound } from '../dom/select';

/**
 * The clutter rules compiled for matching during one walk of the tree: each selector parsed once
 * (per rule list, for the whole run of the program), and indexed by what an element must have.
 */

export interface CompiledSelector {
  rules: SelectorRules;
  selector: string;
  compound: Compound | null;
  /** A share link: the block around it goes when it holds nothing else. */
  widen: boolean;
  /** An article selector seen by the first pass: marked there, removed by the second. */
  later: boolean;
  /** Its place in the second pass's list, which the mark records. */
  index: number;
}

/** Compiled selectors per rule list: [0] for the pass before Readability, [1] for the one after. */
const compiledCache = new WeakMap<readonly SelectorRules[], [CompiledSelector[], CompiledSelector[]]>();

function compileAll(all: readonly SelectorRules[], article: boolean): CompiledSelector[] {
  // Both passes list the article selectors at the same places, so a mark's index holds across them.
  const out: CompiledSelector[] = [];
  for (const rules of all) {
    const add = (selector: string, later: boolean): void => {
      out.push({ rules, selector, compound: compileCompound(selector), widen: /^a\[/.test(selector) || rules.kind === 'share', later, index: out.length });
    };
    for (const sel of rules.selectors) add(sel, false);
    for (const sel of rules.articleSelectors ?? []) add(sel, !article);
  }
  return out;
}

/**
 * The selectors of `groups` (and a user's rules) for one pass: `article` is the pass on
 * Readability's article, which removes what the first pass only marked. Built-in rule lists are
 * compiled once; a user's rules, which change with the page's site, at each call.
 */
export function compiledSelectors(groups: readonly SelectorRules[], user: SelectorRules | undefined, article: boolean): CompiledSelector[] {
  if (user) return compileAll([...groups, user], article);
  let both = compiledCache.get(groups);
  if (!both) {
    both = [compileAll(groups, false), compileAll(groups, true)];
    compiledCache.set(groups, both);
  }
  return both[article ? 1 : 0];
}

/**
 * Compound selectors indexed by what an element must have (a class, an id, a tag), so each element
 * is tested only against the rules that could match it; attribute-substring rules are tried on all.
 */
export interface SelectorIndex {
  byClass: Map<string, CompiledSelector[]>;
  byId: Map<string, CompiledSelector[]>;
  byTag: Map<string, CompiledSelector[]>;
  rest: CompiledSelector[];
}

const indexCache = new WeakMap<CompiledSelector[], SelectorIndex>();

export function indexSelectors(sels: CompiledSelector[]): SelectorIndex {
  let idx = indexCache.get(sels);
  if (idx) return idx;
  idx = { byClass: new Map(), byId: new Map(), byTag: new Map(), rest: [] };
  const put = (m: Map<string, CompiledSelector[]>, k: string, s: CompiledSelector): void => {
    const l = m.get(k);
    if (l) l.push(s);
    else m.set(k, [s]);
  };
  for (const s of sels) {
    const c = s.compound;
    if (!c) continue;
    if (c.classes.length) put(idx.byClass, c.classes[0], s);
    else if (c.id !== null) put(idx.byId, c.id, s);
    else if (c.tag !== null) put(idx.byTag, c.tag, s);
    else idx.rest.push(s);
  }
  indexCache.set(sels, idx);
  return idx;
}
