import {
  BUTTON_CLASS, BUTTON_LABEL, CTA_CLASS, MAX_BUTTON_LABEL, MAX_CTA_BOX_CHARS, MAX_CTA_CONTROL_CHARS,
} from '../rules/cta';
import type { RemovalKind } from '../types';
import { PLACEHOLDER_ATTR, PLACEHOLDER_TEXT, type PendingRemoval, type RemovalLog } from '../clutter/removal-log';
import { absorb } from '../clutter/absorb';
import { walkElements } from '../dom/elements';
import { pleaAround } from '../clutter/box';

/**
 * Calls to action judged by structure, on Readability's article after the clutter rules and the
 * repeated captions and blocks: it reads what those removed (the placeholders they left and the log),
 * so it runs after every rule. Page builders give these boxes hashed or generic class names, and
 * their words ("Centralize, simplify, and scale your training!") are the site's own, so no selector
 * or phrase list finds them. Both checks walk only the article, which is small.
 *
 * 1. A button's label standing alone: a link or button styled as a button ("btn", "button" in its
 *    class, or a `<button>`) whose label asks the reader to act ("Buy Poster", "Book Now"), in a
 *    block that holds nothing else.
 * 2. What is left of a call-to-action box: a rule took its button or sign-up form, and the small
 *    box around it still holds the heading and blurb that went with it ("Want to win more jobs with
 *    less effort? Grow your business…"). The box goes when the removed part was a control, stood
 *    between blocks (not inside a sentence), and the box is short. A rule that left several
 *    different such boxes on the page took the buttons of a listing (portfolio cards, products),
 *    whose text is the article: those stay.
 */

const BOXES = new Set(['div', 'section', 'aside', 'form', 'header', 'footer', 'figure', 'p']);
const CONTROLS = new Set(['a', 'button', 'form', 'input']);
const WORD = /[\p{L}\p{N}]/u;

function textOf(el: Element): string {
  return (el.textContent ?? '').replaceAll(PLACEHOLDER_TEXT, '').replace(/\s+/g, ' ').trim();
}

export function removeCallsToAction(root: Element, log: RemovalLog): void {
  // One walk finds both: the placeholders of removed blocks and the links styled as buttons.
  const marks: Element[] = [];
  const buttons: Element[] = [];
  walkElements(root, (el) => {
    const n = el.localName;
    if (n === 'span') {
      if (el.hasAttribute(PLACEHOLDER_ATTR)) marks.push(el);
    } else if (n === 'button' || (n === 'a' && BUTTON_CLASS.test(el.getAttribute('class') ?? ''))) buttons.push(el);
    return true;
  });
  // Remnants first: a button this step takes is no rule's verdict on the box around it.
  if (marks.length) removeRemnants(root, marks, log);
  if (buttons.length) removeButtons(root, buttons, log);
}

function removeButtons(root: Element, buttons: Element[], log: RemovalLog): void {
  const found: Element[] = [];
  for (const b of buttons) {
    if (!root.contains(b)) continue;
    const label = textOf(b);
    if (!label || label.length > MAX_BUTTON_LABEL || !BUTTON_LABEL.test(label)) continue;
    // The widest block holding only this label.
    let box: Element = b;
    while (box.parentElement && box.parentElement !== root && textOf(box.parentElement) === label) box = box.parentElement;
    // A button inside a sentence ("Readers can <a class=button>buy the poster</a> at…") is a link.
    if (box === b && !betweenBlocks(b)) continue;
    found.push(box);
  }
  for (const el of found) {
    if (!root.contains(el)) continue;
    log.remove(el, 'chrome', `a button's label ("${textOf(el)}")`);
  }
}

/** A removal that took a control: a sign-up form, or a short link, button or block classed as one. */
function tookControl(p: PendingRemoval): boolean {
  if (p.kind === 'newsletter') return true;
  // A teaser card's links lead to other stories, not to the box's action: the box around them (a
  // note in the story, its prose) is not what is left of a call to action.
  if (p.kind === 'related') return false;
  const el = p.element;
  if (textOf(el).length > MAX_CTA_CONTROL_CHARS) return false;
  if (CTA_CLASS.test(el.getAttribute('class') ?? '') || CONTROLS.has(el.localName)) return true;
  for (const tag of CONTROLS) if (el.getElementsByTagName(tag).length) return true;
  return false;
}

/** `el` stands between blocks: its parent has no words of its own beside it. */
function betweenBlocks(el: Element): boolean {
  for (let n = el.parentElement!.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && WORD.test(n.textContent ?? '')) return false;
  }
  return true;
}

/** The widest box above `mark` (below `root`) whose text is short, or null. */
function boxAround(mark: Element, root: Element): Element | null {
  let box: Element | null = null;
  for (let cur = mark.parentElement; cur && cur !== root; cur = cur.parentElement) {
    // Raw length bounds the folded one: a long ancestor is never folded (it may be the article).
    const raw = cur.textContent ?? '';
    if (raw.length > MAX_CTA_BOX_CHARS * 4 || textOf(cur).length > MAX_CTA_BOX_CHARS) break;
    if (BOXES.has(cur.localName)) box = cur;
  }
  return box;
}

function removeRemnants(root: Element, marks: Element[], log: RemovalLog): void {
  const boxes: { box: Element; kind: RemovalKind; rule: string; text: string }[] = [];
  for (const mark of marks) {
    const p = log.pending[Number(mark.getAttribute(PLACEHOLDER_ATTR))];
    if (!p || !tookControl(p) || !betweenBlocks(mark)) continue;
    // A plea the sign-up closed is longer than a call to action's box: its paragraphs ask for support.
    const box = (p.kind === 'newsletter' && pleaAround(mark, root)) || boxAround(mark, root);
    if (!box || boxes.some((b) => b.box.contains(box) || box.contains(b.box))) continue;
    const text = textOf(box);
    if (!text) continue;
    // The rule, without the matched text a pattern's reason quotes.
    boxes.push({ box, kind: p.kind, rule: p.reason.replace(/ \(".*"\)$/s, ''), text });
  }
  const texts = new Map<string, Set<string>>();
  for (const b of boxes) {
    const s = texts.get(b.rule) ?? new Set<string>();
    s.add(b.text);
    texts.set(b.rule, s);
  }
  for (const b of boxes) {
    if (texts.get(b.rule)!.size > 1 || !root.contains(b.box)) continue;
    // One box, one removal: the button or form the rule took goes back into it, and the box is
    // reported, previewed and restored whole (removals of other kinds inside it keep their own).
    absorb(log, b.box, (p) => !p.absorbed && (p.kind === b.kind || p.kind === 'chrome'));
    log.remove(b.box, b.kind, `${b.rule}, with the heading and text of its box`);
  }
}
