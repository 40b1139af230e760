import { PLACEHOLDER_ATTR } from './removal-log';
import { MAX_REMOVABLE_CHARS, isArticleRoot, protects } from './guards';
import { FORM_KIND_ATTR, formKind } from './forms';
import { holdsProse, linkChars, visibleText, wordCount, PROSE_WORDS } from './prose';

/**
 * The whole box a matched label heads. A rule that matches "Related coverage" or "Let your voice
 * be heard!" has found the label of a box, not the clutter itself: the teaser, the date, the
 * thumbnail, the sign-up form or the button under it are the box's content, and they carry no
 * telling words or class names of their own. The box is the smallest ancestor of the label that
 * holds more than the label, as long as it holds no article prose (see prose.ts), no section
 * heading of the story and no more than a removable amount of text. When the label stands among
 * the story's paragraphs with no box around it (hashed markup printing the label and its teaser as
 * siblings), the box is the label and the run of siblings after it that it introduces: links,
 * buttons, forms, thumbnails, teasers, dates and short blurbs, up to the last link, button or form
 * (a blurb after them is the story going on).
 */

const CONTROLS = ['form', 'input', 'button', 'select', 'textarea', 'iframe'];
const MEDIA = ['img', 'picture', 'svg', 'video'];
/** A box's run of siblings: at most this many blocks, each at most this long. */
const MAX_RUN = 6;
const MAX_RUN_BLOCK_CHARS = 600;
/** A blurb in a box: a line or two ("Join the discussion below."), never a paragraph. */
const MAX_BLURB_CHARS = 200;

function has(el: Element, tags: readonly string[]): boolean {
  for (const t of tags) if (el.localName === t || el.getElementsByTagName(t).length) return true;
  return false;
}

/** A heading of the story (one that is not a linked headline of a teaser), inside `el` outside `except`. */
function sectionHeading(el: Element, except?: Element): boolean {
  for (const h of Array.from(el.querySelectorAll('h1,h2,h3,h4,h5,h6'))) {
    if (except?.contains(h)) continue;
    const links = h.getElementsByTagName('a');
    if (links.length !== 1 || visibleText(links[0]) !== visibleText(h)) return true;
  }
  return false;
}

/** A placeholder inside `el` (outside `except`) of a removal that is no part of this box: `el` held another box too. */
function holdsRemoval(el: Element, except: Element | null, o: BoxOptions): boolean {
  for (const s of Array.from(el.getElementsByTagName('span'))) {
    if (s.hasAttribute(PLACEHOLDER_ATTR) && !except?.contains(s) && (o.removed?.(s) ?? 'stop') === 'stop') return true;
  }
  return false;
}

/** `box` holds something besides `label`: more text, or a link, picture or control. */
function introduces(box: Element, label: Element): boolean {
  if (visibleText(box).length > visibleText(label).length + 2) return true;
  for (const t of ['a', ...CONTROLS, ...MEDIA]) {
    for (const e of Array.from(box.getElementsByTagName(t))) if (!label.contains(e)) return true;
  }
  return false;
}

/** The block opens with a link of a few words: a teaser's headline. */
function opensWithLink(el: Element): boolean {
  const first = el.getElementsByTagName('a')[0];
  if (!first) return false;
  const lt = visibleText(first);
  return wordCount(lt, 3) >= 3 && visibleText(el).startsWith(lt.slice(0, 20));
}

/**
 * What a sibling after a label is to its box: a control (a link, button, form, teaser or
 * thumbnail: the box reaches at least this far), a blurb (text a box may hold between its label
 * and its controls), or the end of the box.
 */
export type Role = 'control' | 'blurb' | 'stop';

export interface BoxOptions {
  /** The box's kind: a form of another kind (clutter/forms.ts) ends it. */
  kind?: string;
  /** A sibling that heads a box of its own (another rule's label): a run of siblings stops there. */
  otherLabel?: (el: Element) => boolean;
  /**
   * What the placeholder of a block removed before is to this box: part of it (a rule took its
   * button), or the end of it (a box of another kind). Without an answer, the end.
   */
  removed?: (placeholder: Element) => Role;
  /**
   * The box starts from a control (a sign-up form found by its fields), not from its label: a
   * heading above it is the box's own ("Get the Daily"), as long as the box stays a line or two.
   */
  fromControl?: boolean;
}

/** A box grown from a control holds at most this much text besides it: a heading and a blurb. */
const MAX_CONTROL_BOX_CHARS = 300;

/**
 * The role of the removals inside `el`: the end of the box if one is, a control if one is, else
 * null. A block holding only placeholders (a form of this box, and the reCAPTCHA notice split out
 * of it) is a control when one of them is this box's: the others' placeholders are moved out ahead
 * of the box when it is removed (absorb.ts), so their boxes stay their own.
 */
function removedRole(el: Element, o: BoxOptions): Role | null {
  let role: Role | null = null;
  let stop = false;
  for (const s of Array.from(el.getElementsByTagName('span'))) {
    if (!s.hasAttribute(PLACEHOLDER_ATTR)) continue;
    const r = o.removed?.(s) ?? 'stop';
    if (r === 'stop') stop = true;
    else if (r === 'control' || !role) role = r;
  }
  if (stop) return role === 'control' && !visibleText(el) ? 'control' : 'stop';
  return role;
}

function roleOf(el: Element, o: BoxOptions): Role {
  if (el.hasAttribute(PLACEHOLDER_ATTR)) return o.removed?.(el) ?? 'stop';
  if (isArticleRoot(el)) return 'stop';
  // A block holding what a rule removed (Readability wraps a lone placeholder in a paragraph).
  const removed = removedRole(el, o);
  if (removed === 'stop' || (removed === 'control' && visibleText(el).length <= MAX_BLURB_CHARS)) return removed;
  const text = visibleText(el);
  if (text.length > MAX_RUN_BLOCK_CHARS || /^h[1-6]$/.test(el.localName) && !opensWithLink(el)) return 'stop';
  if (holdsProse(el) || sectionHeading(el) || (text && o.otherLabel?.(el))) return 'stop';
  // A form known by its fields (defused into a div, its fields pruned) is a control of its own kind's box.
  const form = el.hasAttribute(FORM_KIND_ATTR) ? el : el.querySelector(`[${FORM_KIND_ATTR}]`);
  const fk = form && formKind(form);
  if (fk) return o.kind && fk !== o.kind ? 'stop' : 'control';
  if (has(el, CONTROLS)) return 'control';
  if (text && (linkChars(el) >= text.length * 0.5 || opensWithLink(el))) return 'control';
  if (has(el, MEDIA) && text.length <= 120) return 'control';
  if (!text) return 'blurb';
  return text.length <= MAX_BLURB_CHARS && wordCount(text, PROSE_WORDS) < PROSE_WORDS ? 'blurb' : 'stop';
}

/** The siblings after `start` that its box takes (up to the last control), or none. */
function followingRun(start: Element, o: BoxOptions): Element[] {
  const run: Element[] = [];
  let last = -1;
  for (let n = start.nextSibling; n && run.length < MAX_RUN; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if ((n.nodeValue ?? '').trim()) break;
      continue;
    }
    if (n.nodeType !== 1) continue;
    let role = roleOf(n as Element, o);
    // Another kind's box split out of this one's control (a reCAPTCHA notice taken out of the comment
    // form, its place left just ahead of the form's): the box goes on to the control after it.
    if (role === 'stop' && (n as Element).hasAttribute(PLACEHOLDER_ATTR)) {
      const next = (n as Element).nextElementSibling;
      if (next && roleOf(next, o) === 'control') role = 'blurb';
    }
    if (role === 'stop') break;
    run.push(n as Element);
    if (role === 'control') last = run.length - 1;
  }
  return run.slice(0, last + 1);
}

/** A plea is a few paragraphs: longer, it is the story's own section. */
const MAX_PLEA_CHARS = 2000;
/** What a plea asks for, in the languages of the label tables (words support the shape, never make it). */
const PLEA_WORDS = /\b(subscri|abonn|suscri|assin|support|unterstütz|soutien|souten|apoy|donat|spend|contribu|member|mitglied)/giu;

/**
 * A subscription or donation plea: a box headed by its own heading, a few paragraphs asking the
 * reader for support, and the matched sign-up control closing it ("It's Time to Stand Up for
 * Science … Subscribe"). Its paragraphs are prose by prose.ts's measure, so the box would stop at
 * them and leave the plea in the story, its button gone. Known by shape: its first child a short
 * heading, the control's block its last child, no other heading of the story, a few paragraphs'
 * length; and, in support, its words ask for a subscription or support at least three times.
 */
function isPlea(box: Element, control: Element): boolean {
  if (isArticleRoot(box)) return false;
  const head = box.firstElementChild;
  if (!head || head === control || !/^h[2-6]$/.test(head.localName) || visibleText(head).length > 100) return false;
  for (let n = control.nextSibling; n; n = n.nextSibling) if ((n.textContent ?? '').trim()) return false;
  const text = visibleText(box);
  if (text.length > MAX_PLEA_CHARS || sectionHeading(box, head)) return false;
  return (text.match(PLEA_WORDS)?.length ?? 0) >= 3;
}

/** How far above a sign-up control its plea may start (the control's block, a footer, the plea). */
const PLEA_LEVELS = 3;

/** The plea (see isPlea) that `control` closes, below `root`, or null. */
export function pleaAround(control: Element, root: Element): Element | null {
  let cur = control;
  for (let i = 0; i < PLEA_LEVELS; i++) {
    const up = cur.parentElement;
    if (!up || up === root) return null;
    if (isPlea(up, cur)) return up;
    cur = up;
  }
  return null;
}

/**
 * The box headed by `label` (a matched element, already widened to the widest element holding only
 * its text), below `root`. Returns `label` itself when it heads nothing. A run of siblings is
 * gathered into a new `div` in their place, so that the box is one element: removed, previewed and
 * restored as one (with the removals inside it that `o.removed` counts as its parts: the caller
 * absorbs them, see absorb.ts).
 */
export function boxOf(label: Element, root: Element, o: BoxOptions = {}): Element {
  let cur = label;
  for (;;) {
    const parent = cur.parentElement;
    if (!parent || parent === root || isArticleRoot(parent) || protects(parent)) break;
    const len = visibleText(parent).length;
    if (len > MAX_REMOVABLE_CHARS || holdsProse(parent, cur) || holdsRemoval(parent, cur, o)) break;
    if (sectionHeading(parent, cur) && !(o.fromControl && len <= MAX_CONTROL_BOX_CHARS)) break;
    cur = parent;
    if (introduces(cur, label)) return (o.kind === 'newsletter' && pleaAround(cur, root)) || cur;
  }
  if (o.kind === 'newsletter') {
    const plea = pleaAround(cur, root);
    if (plea) return plea;
  }
  const run = followingRun(cur, o);
  if (!run.length) return cur;
  const box = cur.ownerDocument.createElement('div');
  cur.before(box);
  box.append(cur, ...run);
  return box;
}
