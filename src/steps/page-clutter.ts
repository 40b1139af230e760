import type { SelectorRules } from '../rules/types';
import type { RemovalKind } from '../types';
import type { RemovalLog } from '../clutter/removal-log';
import { insideMainContent } from '../dom/ancestry';
import { compiledSelectors } from '../clutter/compiled-rules';
import { markLater, selectorHits } from '../clutter/selector-hits';
import { protects, textOf, widen } from '../clutter/guards';
import { MAX_FORM_CHARS, formKind, formReason } from '../clutter/forms';

/**
 * The clutter rules' first pass, on the pruned page before Readability: what Readability needs,
 * cheaply (one walk, no selector engine, no text patterns), so that clutter cannot sway its
 * scoring. Each selector's match goes as it stands (a share link widened to its bar), and so does
 * a form known by its fields (clutter/forms.ts); blocks Readability reads metadata from are only
 * marked (selector-hits.ts, markLater). Finding the whole box a match belongs to (its label's
 * teaser, a sign-up form's heading, another kind's box inside it: clutter/box.ts) waits for the
 * article's steps, which run where the article is finished: a removal of a boxed kind carries
 * AGAIN_ATTR, and the article's pass (steps/remove-clutter.ts) puts it back in its place and
 * judges it whole. So the click in the page does not carry the box code (content.js's budget).
 */

/**
 * Kinds whose match the article's pass judges again, with the box around it (the box goes whole,
 * as one removal). Not site chrome, whose short lines (a date, a credit, a tag line) sit inside
 * bylines and figures that are no box of theirs.
 */
export const BOXED_KINDS = new Set<RemovalKind>(['share', 'recaptcha', 'related', 'newsletter', 'comments', 'user']);
/** On a removal of the page's pass: put back and judged again by the article's (see above). */
export const AGAIN_ATTR = 'data-tidy-again';

function removeAgainLater(el: Element, kind: RemovalKind, reason: string, log: RemovalLog, body: Element): void {
  if (BOXED_KINDS.has(kind)) el.setAttribute(AGAIN_ATTR, '');
  log.remove(el, kind, reason, insideMainContent(el, body));
}

/** The first pass: selectors, and the forms the pruning marked (`forms`). */
export function removePageClutter(body: Element, groups: readonly SelectorRules[], log: RemovalLog, user?: SelectorRules, forms: Element[] = []): void {
  for (const { el, sel } of selectorHits(body, compiledSelectors(groups, user, false), false)) {
    if (sel.later) {
      markLater(el, sel);
      continue;
    }
    if (!body.contains(el) || el === body || protects(el)) continue;
    const target = sel.widen ? widen(el, body, sel.rules.kind) : el;
    if (!protects(target)) removeAgainLater(target, sel.rules.kind, `${sel.rules.label} (${sel.selector})`, log, body);
  }
  for (const form of forms) {
    const kind = formKind(form);
    if (kind && body.contains(form) && textOf(form).length <= MAX_FORM_CHARS) removeAgainLater(form, kind, formReason(kind), log, body);
  }
}
