import type { BlockDescription, LearnedRule } from '../types';

/**
 * Learned rules as data that crossed a boundary: what storage holds, and the file the options page
 * exports and imports and the CLI reads (`tidy-reader --rules FILE`). The file is
 * `{"format": "tidy-reader-rules", "version": 1, "rules": [LearnedRule, …]}`. A rule is checked field
 * by field; a file with one bad rule is refused whole, with the rule's number and what is wrong, so an
 * import never half-happens.
 */
export const RULES_FORMAT = 'tidy-reader-rules';
export const RULES_VERSION = 1;
export const MAX_LEARNED_RULES = 2000;

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isPair = (v: unknown): v is [string, string] => Array.isArray(v) && v.length === 2 && isStr(v[0], 60) && /^[a-z][a-z0-9-]*$/.test(v[0]) && isStr(v[1], 200);
const isTag = (v: unknown): v is string => isStr(v, 40) && /^[a-z][a-z0-9-]*$/.test(v);

function blockProblem(b: unknown): string | null {
  if (!isObj(b)) return 'block is not an object';
  if (!isTag(b.tag)) return 'block.tag is not a tag name';
  const a = b.anchor;
  if (a !== null && !(isObj(a) && isTag(a.tag) && (a.attr === null || isPair(a.attr)))) return 'block.anchor is not null or {tag, attr}';
  if (!Array.isArray(b.path) || b.path.length > 40 || !b.path.every(isTag)) return 'block.path is not a list of tag names';
  if (!Array.isArray(b.attrs) || b.attrs.length > 20 || !b.attrs.every(isPair)) return 'block.attrs is not a list of [name, value] pairs';
  if (!isStr(b.label, 200)) return 'block.label is not a string';
  return null;
}

/** What is wrong with `v` as a learned rule, or null when nothing is. */
export function ruleProblem(v: unknown): string | null {
  if (!isObj(v)) return 'it is not an object';
  if (!isStr(v.site, 253) || !/^[a-z0-9.-]+$/i.test(v.site) || !v.site.includes('.')) return 'site is not a host name';
  if (v.action !== 'keep' && v.action !== 'remove') return 'action is neither "keep" nor "remove"';
  const block = blockProblem(v.block);
  if (block) return block;
  if (!Array.isArray(v.fingerprint) || v.fingerprint.length > 200 || !v.fingerprint.every((w) => isStr(w, 100))) return 'fingerprint is not a list of words';
  if (!isStr(v.created, 40) || Number.isNaN(Date.parse(v.created))) return 'created is not a date';
  if (v.enabled !== undefined && typeof v.enabled !== 'boolean') return 'enabled is not true or false';
  if (!v.fingerprint.length && !(v.block as BlockDescription).label && !(v.block as BlockDescription).attrs.length) return 'it has no words, label or attributes to find the block by';
  return null;
}

/** A copy of a checked rule with exactly its fields (nothing else a file carried). */
function clean(r: LearnedRule): LearnedRule {
  const b = r.block;
  return {
    site: r.site.toLowerCase(),
    action: r.action,
    block: { tag: b.tag, anchor: b.anchor && { tag: b.anchor.tag, attr: b.anchor.attr && [b.anchor.attr[0], b.anchor.attr[1]] }, path: [...b.path], attrs: b.attrs.map(([n, v]) => [n, v]), label: b.label },
    fingerprint: [...r.fingerprint],
    created: r.created,
    enabled: r.enabled !== false,
  };
}

/** What storage holds, leniently: the good rules (a bad one is dropped, not the lot). */
export function normalizeLearned(v: unknown): LearnedRule[] {
  return Array.isArray(v) ? v.slice(0, MAX_LEARNED_RULES).filter((r) => !ruleProblem(r)).map((r) => clean(r as LearnedRule)) : [];
}

/** The rules as the exported file's text. */
export function rulesFileText(rules: LearnedRule[]): string {
  return JSON.stringify({ format: RULES_FORMAT, version: RULES_VERSION, rules }, null, 2) + '\n';
}

/** A rules file's text, strictly: every rule or a message saying what is wrong (and where). */
export function parseRulesFile(text: string): { ok: true; rules: LearnedRule[] } | { ok: false; message: string } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This is not a Tidy Reader rules file: it is not JSON.' };
  }
  if (!isObj(v) || v.format !== RULES_FORMAT) return { ok: false, message: `This is not a Tidy Reader rules file: it has no "format": "${RULES_FORMAT}".` };
  if (v.version !== RULES_VERSION) return { ok: false, message: `This rules file is version ${JSON.stringify(v.version)}; this Tidy Reader reads version ${RULES_VERSION}.` };
  if (!Array.isArray(v.rules)) return { ok: false, message: 'This rules file has no "rules" list.' };
  if (v.rules.length > MAX_LEARNED_RULES) return { ok: false, message: `This rules file has ${v.rules.length} rules; at most ${MAX_LEARNED_RULES} are read.` };
  for (const [i, r] of v.rules.entries()) {
    const problem = ruleProblem(r);
    if (problem) return { ok: false, message: `Rule ${i + 1} of the file is not valid: ${problem}. Nothing was changed.` };
  }
  return { ok: true, rules: (v.rules as LearnedRule[]).map(clean) };
}
