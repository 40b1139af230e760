import { foldSpace } from '../dom/text';
import { walkElements } from '../dom/elements';
import type { RemovalLog } from '../clutter/removal-log';
import { MAX_PATTERN_CHARS, protects, textOf, widen } from '../clutter/guards';

/**
 * Captions printed twice go, once. Runs on Readability's article after the clutter rules (a
 * caption block a rule took is no longer a repeat to judge) and before the repeated-blocks check:
 * only the article is walked, and it is small.
 */

const MIN_CAPTION_CHARS = 12;
const CAPTION_BLOCKS = new Set(['figure', 'figcaption', 'p', 'div', 'span', 'small', 'em', 'i']);
const MEDIA = new Set(['img', 'picture', 'video']);

function holdsMedia(el: Element): boolean {
  if (MEDIA.has(el.localName)) return true;
  let found = false;
  walkElements(el, (d) => {
    if (MEDIA.has(d.localName)) found = true;
    return !found;
  });
  return found;
}

/**
 * A caption repeated as text: pages print an image's caption twice (a figcaption and a paragraph
 * under it, or a caption div beside an image whose alt says the same). Only text that is an
 * image's alt or a figcaption counts as a caption; the first block showing it stays, later blocks
 * holding exactly that text (and no image) go.
 */
export function removeRepeatedCaptions(root: Element, log: RemovalLog): void {
  const captions = new Set<string>();
  const add = (t: string): void => {
    if (t.length >= MIN_CAPTION_CHARS && t.length <= MAX_PATTERN_CHARS) captions.add(t.toLowerCase());
  };
  walkElements(root, (el) => {
    if (el.localName === 'img' && el.hasAttribute('alt')) add(foldSpace(el.getAttribute('alt') ?? ''));
    else if (el.localName === 'figcaption') add(textOf(el));
    return true;
  });
  if (!captions.size) return;
  const shown = new Set<string>();
  const repeats: Element[] = [];
  walkElements(root, (el) => {
    if (!CAPTION_BLOCKS.has(el.localName)) return true;
    const raw = el.textContent ?? '';
    if (raw.length > MAX_PATTERN_CHARS * 4) return true;
    const t = foldSpace(raw).toLowerCase();
    if (!captions.has(t)) return true;
    if (!shown.has(t)) shown.add(t);
    else repeats.push(el);
    return false; // the outermost block showing the caption speaks for its contents
  });
  for (const el of repeats) {
    if (!root.contains(el) || holdsMedia(el) || protects(el)) continue;
    const target = widen(el, root, 'chrome');
    if (holdsMedia(target) || protects(target)) continue;
    log.remove(target, 'chrome', 'caption repeated as text');
  }
}
