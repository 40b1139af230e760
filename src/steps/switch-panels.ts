import type { RemovalLog } from '../clutter/removal-log';
import { foldSpace } from '../dom/text';
import { insideMainContent } from '../dom/ancestry';
import { FORM_KIND_ATTR } from '../clutter/forms';

/**
 * Panels of switches: a box whose lines are check boxes or radio buttons with their labels (a
 * site's settings, a cookie preference centre, a "labs" panel of feature toggles, a shop's
 * filters) is the page's own controls, never its article. Known by shape alone, whatever its
 * words or class names: three or more working switches with a line of text each at most and no
 * prose. A switch in a list item ticks that item off (a task list, a recipe's ingredients: the
 * item is text), and one in a sign-up or comment form is that form's (clutter/forms.ts). Such a
 * panel can outweigh a story whose box is named "content" once the names say nothing (hashed class
 * names: arXiv's abstract lost to its "labs" panel of toggles). Runs right after
 * the pruning, which takes every form control out of the page and hands over where the switches
 * stood; before the clutter rules and Readability, so the panel never sways its choice.
 */

/** Fewer switches than this are a menu's toggle or a single opt-in, not a panel. */
const MIN_SWITCHES = 3;
/** Text per switch in a panel: a label and a short note ("Bibliographic Explorer (What is the Explorer?)"). */
const CHARS_PER_SWITCH = 120;

/** Words that make a block of text prose (as the clutter steps count it, clutter/prose.ts). */
const PROSE_WORDS = 25;
const BLOCK = /^(p|li|blockquote|dd|td|div|section|ul|ol|table|h[1-6])$/;

/**
 * A block of text (no block inside it) of PROSE_WORDS words or more: prose, which no panel holds.
 * Simpler than clutter/prose.ts, which the page's script does not carry (content.js's budget).
 */
function holdsProse(el: Element): boolean {
  for (const b of Array.from(el.getElementsByTagName('*'))) {
    if (!/^(p|li|blockquote|dd|td|div|section)$/.test(b.localName) || Array.from(b.children).some((c) => BLOCK.test(c.localName))) continue;
    if (foldSpace(b.textContent ?? '').split(' ').length >= PROSE_WORDS) return true;
  }
  return false;
}

/** A check box or radio button a reader can flip (where `pruneNonContent` finds the switches). */
export function isSwitch(el: Element): boolean {
  return el.localName === 'input' && /^(checkbox|radio)$/i.test(el.getAttribute('type') ?? '') && !el.hasAttribute('disabled') && !el.closest('li');
}

/** Remove each widest box around the switches (`spots`: their parents) that is a panel of them. */
export function removeSwitchPanels(body: Element, all: Element[], log: RemovalLog): void {
  // (The forms are marked once the pruning's walk is done: a rating's stars come before the text box.)
  const spots = all.filter((s) => !s.closest(`[${FORM_KIND_ATTR}]`));
  if (spots.length < MIN_SWITCHES) return;
  const count = new Map<Element, number>();
  for (const s of spots) for (let e: Element | null = s; e && e !== body; e = e.parentElement) count.set(e, (count.get(e) ?? 0) + 1);
  const panels = new Map<Element, number>();
  for (const s of spots) {
    let widest: Element | null = null;
    for (let e: Element | null = s; e && e !== body; e = e.parentElement) {
      const n = count.get(e) ?? 0;
      if (n < MIN_SWITCHES) continue;
      if (foldSpace(e.textContent ?? '').length > n * CHARS_PER_SWITCH) break;
      if (!holdsProse(e)) widest = e;
    }
    if (widest) panels.set(widest, count.get(widest) ?? 0);
  }
  for (const [panel, n] of panels) {
    if (!panel.isConnected || [...panels.keys()].some((p) => p !== panel && p.contains(panel))) continue;
    log.remove(panel, 'chrome', `a panel of switches (${n} check boxes or radio buttons with their labels)`, insideMainContent(panel, body));
  }
}
