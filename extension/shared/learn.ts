import { findBlocks, learnRule, type LearnedRule } from '../../src/index';
import type { BlockProbe } from './protocol';

/**
 * Making a learned rule from what the reader shows. The popup and the overlay show the article
 * sanitized: no classes, ids or data-* attributes, so a block there can only be described by its
 * tag, heading and words (a probe). The page itself still has the block as the site wrote it, so the
 * probe is looked up in the live page and the rule describes what it found there (its anchor, path
 * and stable attributes). Only the reader module and the extension's pages carry this code.
 */

/** The host a rule is for: the page's, without "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** What the reader's copy of a block says about it. */
export function probeOf(el: Element): BlockProbe {
  const r = learnRule(el, 'x.x', 'keep');
  return { tag: r.block.tag, label: r.block.label, fingerprint: r.fingerprint };
}

/** A rule made from the probe alone (no structure), when the live page has no such block. */
export function probeRule(probe: BlockProbe, site: string, action: LearnedRule['action']): LearnedRule {
  return { site, action, block: { tag: probe.tag, anchor: null, path: [], attrs: [], label: probe.label }, fingerprint: probe.fingerprint, created: new Date().toISOString(), enabled: true };
}

/** The live page's block the probe names (one in the article first), or null. */
export function liveBlock(doc: Document, probe: BlockProbe): Element | null {
  if (!doc.body) return null;
  const hits = findBlocks(doc.body, probeRule(probe, 'x.x', 'keep'));
  return hits.find((el) => el.closest('article, main, [itemprop="articleBody"]')) ?? hits[0] ?? null;
}

/** The rule for the probe's block, described from the live page when it is found there. */
export function liveRule(doc: Document, probe: BlockProbe, site: string, action: LearnedRule['action']): LearnedRule {
  const el = liveBlock(doc, probe);
  return el ? learnRule(el, site, action) : probeRule(probe, site, action);
}

/** The rules with `rule` added (replacing one for the same block, site and action). */
export function withRule(rules: LearnedRule[], rule: LearnedRule): LearnedRule[] {
  const key = (r: LearnedRule): string => JSON.stringify([r.site, r.action, r.block, r.fingerprint]);
  return [...rules.filter((r) => key(r) !== key(rule)), rule];
}
