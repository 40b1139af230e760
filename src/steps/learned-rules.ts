import type { LearnedRule } from '../types';
import type { RemovalLog } from '../clutter/removal-log';
import { findBlocks } from '../rules/learned-match';
import { isKept, markKept } from '../dom/kept';
import { insideMainContent } from '../dom/ancestry';

/** A rule's blocks; none for a rule storage holds in a shape this version cannot read (it is skipped, not fatal). */
function blocksOf(body: Element, rule: LearnedRule): Element[] {
  try {
    return findBlocks(body, rule);
  } catch {
    return [];
  }
}

/**
 * Rules learned from the reader (rules/learned.ts), applied to a copy of the page before any other
 * step takes anything out: each preparation of a copy runs it (the region check's fresh copy too).
 * A keep rule marks its block (KEEP_ATTR), and the mark travels with the copy, and with the draft
 * to wherever the later steps run: the removal log (clutter/removal-log.ts), the pruning and
 * Readability's own cleaning (vendor/readability.ts) refuse to take a marked block, one inside it or
 * one holding it. The mark also goes down the block's
 * chain of only children, since Readability replaces a div holding a single `<p>` by that `<p>`.
 * A remove rule takes its block out, logged as the user's (kind "user"), unless a keep rule holds it.
 * Keep rules run first, so a block both kept and removed is kept.
 */
export function applyLearnedRules(d: Document, rules: LearnedRule[], log: RemovalLog): void {
  const body = d.body;
  if (!rules.length || !body) return;
  for (const rule of rules) {
    if (rule.action !== 'keep') continue;
    for (const hit of blocksOf(body, rule)) {
      for (let el: Element | undefined = hit; el; el = el.children.length === 1 ? el.children[0] : undefined) markKept(el);
    }
  }
  for (const rule of rules) {
    if (rule.action !== 'remove') continue;
    for (const el of blocksOf(body, rule)) if (!isKept(el)) log.remove(el, 'user', `your rule for ${rule.site} (${rule.block.tag} “${rule.block.label}”)`, insideMainContent(el, body));
  }
}
