import type { BlockDescription, LearnedRule } from '../types';
import { elementsNamed } from '../dom/elements';
import { hostOf } from '../dom/url';
import { labelOf, wordsOf } from './learned';
import { siteMatches } from './user';

/**
 * Finding a learned rule's block again (learned.ts says how a block is described). A candidate
 * has the block's tag and sits inside an element like its anchor, at any depth (so added or removed
 * wrappers do not matter, and a block moved out of its anchor is not the same block). Then it needs
 * evidence, one of:
 * - text: at least 60% of the fingerprint's words and of the candidate's first words are shared;
 * - label: the same heading or aria-label, and at least half of the stable attributes (if any);
 * - attributes: every stable attribute of the block, and a third of its words (if it had any).
 * Of matches nested in one another only the best scored is kept (ties: the inner one).
 */

const TEXT_MATCH = 0.6;
const WEAK_TEXT = 0.3;

const hasAttr = (el: Element, [n, v]: [string, string]): boolean => (n === 'class' ? el.classList.contains(v) : el.getAttribute(n) === v);

const isAnchor = (p: Element, anchor: NonNullable<BlockDescription['anchor']>): boolean => p.localName === anchor.tag && (!anchor.attr || hasAttr(p, anchor.attr));

function insideAnchor(el: Element, anchor: BlockDescription['anchor']): boolean {
  if (!anchor) return true;
  for (let p = el.parentElement; p; p = p.parentElement) if (isAnchor(p, anchor)) return true;
  return false;
}

function textSimilarity(fingerprint: string[], el: Element): number | null {
  if (!fingerprint.length) return null;
  const words = new Set(wordsOf(el.textContent ?? '', fingerprint.length));
  let shared = 0;
  for (const w of fingerprint) if (words.has(w)) shared++;
  return shared / Math.max(fingerprint.length, words.size);
}

/** The share of the recorded path still found, in order, going up from `el` to its anchor (wrappers added in between do not count against it). */
function pathShare(path: string[], el: Element, anchor: BlockDescription['anchor']): number {
  let i = path.length;
  for (let p = el.parentElement; p && i > 0 && !(anchor && isAnchor(p, anchor)); p = p.parentElement) if (p.localName === path[i - 1]) i--;
  return path.length ? 1 - i / path.length : 1;
}

/** The score of `el` as the rule's block, or null when it is not one. */
export function blockScore(rule: Pick<LearnedRule, 'block' | 'fingerprint'>, el: Element): number | null {
  const b = rule.block;
  if (el.localName !== b.tag || !insideAnchor(el, b.anchor)) return null;
  const sig = b.attrs.length ? b.attrs.filter((a) => hasAttr(el, a)).length / b.attrs.length : null;
  const label = b.label ? labelOf(el) === b.label : false;
  const text = textSimilarity(rule.fingerprint, el);
  const ok = (text !== null && text >= TEXT_MATCH) || (label && (sig === null || sig >= 0.5)) || (sig === 1 && (text === null || text >= WEAK_TEXT));
  if (!ok) return null;
  return (text ?? 0) + (label ? 0.5 : 0) + (sig ?? 0) * 0.5 + pathShare(b.path, el, b.anchor) * 0.25;
}

/** The elements under `root` that are the rule's block (usually one). */
export function findBlocks(root: Element | Document, rule: Pick<LearnedRule, 'block' | 'fingerprint'>): Element[] {
  const hits = elementsNamed(root, rule.block.tag).flatMap((el) => {
    const score = blockScore(rule, el);
    return score === null ? [] : [{ el, score }];
  });
  return hits.filter((h) => !hits.some((o) => o !== h && (o.el.contains(h.el) || h.el.contains(o.el)) && (o.score > h.score || (o.score === h.score && h.el.contains(o.el))))).map((h) => h.el);
}

/** The enabled rules whose site covers `url`'s host. */
export function learnedFor(rules: LearnedRule[] | undefined, url: string | undefined): LearnedRule[] {
  if (!rules?.length) return [];
  const host = hostOf(url);
  return rules.filter((r) => r?.enabled === true && typeof r.site === 'string' && !!r.site && siteMatches(r.site, host));
}
