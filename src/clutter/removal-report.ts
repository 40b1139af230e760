import type { Removal } from '../types';
import { foldSpace, preview } from '../dom/text';
import { isBlockElement } from '../render/text';
import { RemovalLog, type DraftRemoval, type PendingRemoval } from './removal-log';

/**
 * What the finished article reports of the removal log (finish.ts): which removals get a line in
 * Removed, their preview text and sanitized html, and the log a draft's finishing carries on. Only
 * where the article is finished (`extract`, the popup, the reader): the content script, which stops
 * at the draft, does not carry this (content.js's budget, scripts/build/bundles.ts).
 */

/** The captions of a form's own controls: a bare form carries no text of its own. */
const CAPTIONS = new Set(['label', 'button', 'select', 'option', 'legend', 'textarea']);
const MEDIA = new Set(['img', 'picture', 'svg', 'video', 'iframe']);

/**
 * Whether a removed block is worth a line in Removed: it carries text (besides its form controls'
 * captions, "Comment" over an empty comment box) or a picture. The placeholders of blocks removed
 * from inside it are not its text.
 */
function carriesSomething(el: Element): boolean {
  // One walk that stops at the first picture (a collection per name counted them all).
  const pictures = el.ownerDocument.createTreeWalker(el, 1);
  for (let e = pictures.nextNode() as Element | null; e; e = pictures.nextNode() as Element | null) if (MEDIA.has(e.localName)) return true;
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/[^\s\u2060]/.test(n.nodeValue ?? '')) continue;
    let caption = false;
    for (let p = n.parentElement; p && p !== el.parentElement; p = p.parentElement) if (CAPTIONS.has(p.localName)) caption = true;
    if (!caption) return true;
  }
  return false;
}

/** A removal with its own line in Removed: not put back into a wider box, and carrying something (above). */
const worthReporting = (p: PendingRemoval): boolean => !p.absorbed && carriesSomething(p.element);

/**
 * The text of `el` with a space where one block ends and the next begins ("Related coverage" and
 * "October 13" in two divs are two words apart, not "coverageOctober"), word joiners dropped.
 */
function blockText(el: Element): string {
  let out = '';
  const walker = el.ownerDocument.createTreeWalker(el, 5 /* elements and text */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) out += n.nodeValue;
    else if (isBlockElement(n as Element) || n.nodeName === 'BR') out += ' ';
  }
  return foldSpace(out.replaceAll('\u2060', ''));
}

/**
 * The log a draft carries on, where the article is finished (finish.ts): the page's removals that
 * may be reported, in their places, and the next removal numbered after all `count` the page logged.
 */
export function resumeLog(kept: PendingRemoval[], count: number): RemovalLog {
  const log = new RemovalLog();
  log.pending.length = count;
  for (const p of kept) log.pending[p.id] = p;
  return log;
}

/**
 * The final removals of `log`, given each one's position and a function that sanitizes and serializes a list of
 * elements (all in one go: it may consume them, so the previews are read first). Each removal's
 * `html` is made when it is first read, for all of them in that one go: most readers never open
 * the Removed list, and sanitizing every removed box took more of the pipeline's time than any of
 * the article's steps (0.014 of Readability's time per page in jsdom, twice the whole clean-up's
 * rise over main). A JSON or structured copy reads it like any other field. Reported are those
 * whose placeholder made it into the article, and those taken from inside the page's article or
 * main element (a share bar in the article's footer, which Readability then dropped: position -1).
 * A block taken from a sidebar or the site footer is not something the reader lost (and not worth
 * sanitizing). Ids are renumbered from 0 in order of removal.
 */
export function reportedRemovals(log: RemovalLog, htmlOf: (els: Element[]) => string[], positions: Map<number, number>): Removal[] {
  // Placed or from the article first: the page's pass took whole sidebars and footers, whose every
  // node `worthReporting` would walk for nothing.
  const kept = log.pending.filter((p) => (positions.has(p.id) || p.inArticle) && worthReporting(p));
  const items = kept.map((p) => ({ ...p, text: preview(blockText(p.element)) }));
  let html: string[] | undefined;
  return reportRemovals(items, (i) => (html ??= htmlOf(kept.map((p) => p.element)))[i], positions);
}

/**
 * The reported removals: `items` (already those worth reporting) with their sanitized `html` (`htmlOf`,
 * asked when the field is first read; then it is a plain field), renumbered from 0. Fields in the
 * order a literal would have them, so a JSON copy reads as before.
 */
function reportRemovals(items: (Pick<DraftRemoval, 'id' | 'kind' | 'reason'> & { text: string })[], htmlOf: (i: number) => string, positions: Map<number, number>): Removal[] {
  return items.map((p, i) => {
    const r = { id: i, kind: p.kind, reason: p.reason, text: p.text } as Removal;
    Object.defineProperty(r, 'html', {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = htmlOf(i);
        Object.defineProperty(r, 'html', { value, enumerable: true, configurable: true, writable: true });
        return value;
      },
      set: (value: string) => Object.defineProperty(r, 'html', { value, enumerable: true, configurable: true, writable: true }),
    });
    r.position = positions.get(p.id) ?? -1;
    return r;
  });
}
