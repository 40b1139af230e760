import { KIND_NAME } from './transform';
import { BOX_KINDS, type BoxKind } from './synonyms';

/**
 * The clutter boxes of a page and the article container they are moved around in. A page can say
 * where they are (a spec: CSS selectors, as the seed fixtures do in `variants.json`); otherwise they
 * are guessed from the names the site gave them (`class="related-posts"`), which is ground truth of
 * a kind the pipeline is not allowed to rely on once a variant has hashed or dropped those names.
 */

export interface BoxSpec {
  kind: BoxKind;
  /** The whole box: one element, or the run of siblings it matches (a label and its list, unwrapped). */
  box: string;
  /** Its label inside the box (defaults to the first short line of the box). */
  label?: string;
}

export interface PageSpec {
  /** The element holding the article's paragraphs (defaults to the parent of most paragraph text). */
  container?: string;
  boxes: BoxSpec[];
}

export interface Box {
  kind: BoxKind;
  /** The box's element, or the siblings that make it up. */
  els: Element[];
  label: Element | null;
}

const fold = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The element whose own paragraphs hold the most text: where the story is. */
export function guessContainer(doc: Document): Element | null {
  const weight = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('body p'))) {
    const parent = p.parentElement;
    const t = fold(p.textContent);
    if (parent && words(t) >= 12) weight.set(parent, (weight.get(parent) ?? 0) + t.length);
  }
  let best: Element | null = null;
  let most = 0;
  for (const [el, w] of weight) if (w > most) [best, most] = [el, w];
  return best;
}

/** The paragraphs of the story in `container`: its children that are prose (a dozen words or more). */
export function storyParagraphs(container: Element): Element[] {
  return Array.from(container.children).filter((c) => /^(p|div|section)$/.test(c.localName) && words(fold(c.textContent)) >= 12 && !c.querySelector('form, input, iframe'));
}

const KIND_OF: [BoxKind, RegExp][] = [
  ['recaptcha', /recaptcha|captcha/i],
  ['share', /share|sharing|addtoany|a2a_kit/i],
  ['newsletter', /newsletter|subscri|sign-?up|mailchimp|mc4wp/i],
  ['comments', /comment|respond|disqus|discussion/i],
  ['related', /related|recommend|popular|outbrain|taboola/i],
];

/** An id made from the element's own text ("What are HR shared services?" -> what-are-hr-shared-services): a heading's anchor, which names its words, not a kind of box. */
function anchorId(el: Element): boolean {
  const slug = fold(el.textContent).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return !!el.id && !!slug && el.id.toLowerCase() === slug;
}

function kindByName(el: Element): BoxKind | null {
  const name = `${el.getAttribute('class') ?? ''} ${anchorId(el) ? '' : el.id}`;
  if (!KIND_NAME.test(name)) return null;
  for (const [k, re] of KIND_OF) if (re.test(name)) return k;
  return null;
}

/**
 * Boxes named by their site, near the story: outermost elements whose class or id names a kind,
 * inside the container's parent (a sidebar's widgets are another matter), not holding the story, and
 * short (a box, not a section of the page).
 */
export function guessBoxes(doc: Document, container: Element): Box[] {
  const area = container.parentElement ?? container;
  const out: Box[] = [];
  // Named elements passed over as too long: the pieces inside one (a plea's heading and each of its
  // paragraphs, all classed "subscriptionPlea…") are parts of that box, not boxes to move one by one.
  const tooLong: Element[] = [];
  for (const el of Array.from(area.querySelectorAll('[class], [id]'))) {
    // Syntax highlighting names its spans too (`hljs-comment`, `token comment`): code, not a box.
    if (el.contains(container) || out.some((b) => b.els[0].contains(el)) || tooLong.some((t) => t.contains(el)) || el.closest('pre, code')) continue;
    const kind = kindByName(el);
    if (!kind) continue;
    const text = fold(el.textContent);
    if (text.length > 600) tooLong.push(el);
    if (!text || text.length > 600 || el.closest('nav, header, footer') && !container.contains(el)) continue;
    out.push({ kind, els: [el], label: findLabel(el) });
  }
  return out;
}

/** The boxes a spec names, each found once (a spec that no longer matches is an error: the fixture changed). */
export function specBoxes(doc: Document, spec: PageSpec): Box[] {
  return spec.boxes.map((b) => {
    const els = Array.from(doc.querySelectorAll(b.box));
    if (!els.length) throw new Error(`variants: no element matches the ${b.kind} box ${b.box}`);
    const find = (sel: string): Element | null => els.find((e) => e.matches(sel)) ?? els.map((e) => e.querySelector(sel)).find(Boolean) ?? null;
    const label = b.label ? find(b.label) : findLabel(els[0]);
    if (b.label && !label) throw new Error(`variants: no label ${b.label} in the ${b.kind} box`);
    return { kind: b.kind, els, label };
  });
}

/** Long enough for a reCAPTCHA notice, which is its box's whole text. */
const MAX_LABEL = 160;

const INLINE = /^(a|abbr|b|bdi|br|button|cite|code|em|i|img|kbd|mark|q|s|small|span|strong|sub|sup|svg|time|u|var)$/;

/** Text outside links and buttons: a label's line may go on with the links it introduces ("Related: <a>…</a>"). */
function unlinked(n: Node): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  if (n.nodeType !== 1 || /^(a|button)$/.test((n as Element).localName)) return '';
  return Array.from(n.childNodes, unlinked).join(' ');
}

/**
 * The unlinked text of the line `el` stands on: the run of text and inline elements around it,
 * between blocks. A label is a line of its own; a word of a sentence ("VPN" in "Proton VPN is a
 * strong contender") is not one, and rewording it would change the story.
 */
function lineText(el: Element, box: Element): string {
  let top: Node = el;
  while (top !== box && top.parentElement && top.parentElement !== box && INLINE.test(top.parentElement.localName)) top = top.parentElement;
  const inline = (n: Node | null): n is Node => !!n && (n.nodeType === 3 || (n.nodeType === 1 && INLINE.test((n as Element).localName)));
  let first: Node = top;
  while (inline(first.previousSibling)) first = first.previousSibling;
  const parts: string[] = [];
  for (let n: Node | null = first; inline(n) || n === top; n = n.nextSibling) parts.push(unlinked(n!));
  return fold(parts.join(' '));
}

/** The label of a box: its first heading, or else its first short line of text that is not a link. */
export function findLabel(box: Element): Element | null {
  const heading = box.querySelector('h1, h2, h3, h4, h5, h6');
  if (heading && fold(heading.textContent).length <= 80) return heading;
  if (box.children.length === 0) return fold(box.textContent).length <= MAX_LABEL ? box : null;
  for (const el of Array.from(box.querySelectorAll('*'))) {
    const t = fold(el.textContent);
    if (!t || el.closest('a, button') || el.querySelector('a, button, input, img')) continue;
    if (t.length <= MAX_LABEL && Array.from(el.children).every((c) => /^(em|strong|b|i|span|small)$/.test(c.localName)) && lineText(el, box).length <= t.length + 3) return el;
  }
  return null;
}


/** Where a variant moves the boxes: after the story's first paragraph, in its middle, at its end. */
export const PLACES = ['first', 'middle', 'end'] as const;
export type Place = (typeof PLACES)[number];

/** Move every box into `container` at `place`, in their order on the page. */
export function moveBoxes(boxes: Box[], container: Element, place: Place): void {
  const all = boxes.flatMap((b) => b.els);
  const paras = storyParagraphs(container).filter((p) => !all.some((e) => e.contains(p) || p.contains(e)));
  const anchor = place === 'end' || paras.length < 2 ? null : place === 'first' ? paras[0] : paras[Math.floor(paras.length / 2) - 1];
  if (anchor) anchor.after(...all);
  else container.append(...all);
}

/** The kinds of box, in a fixed order (for reports). */
export const KIND_ORDER = BOX_KINDS;
