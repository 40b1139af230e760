import { foldSpace } from '../dom/text';
import { walkElements } from '../dom/elements';
import type { RemovalLog } from '../clutter/removal-log';
import { isArticleRoot } from '../clutter/guards';

/**
 * Content printed twice (once per screen size) goes, once. Runs on Readability's article after the
 * rules and the repeated captions, so the copies are compared as the reader would get them, and
 * before the calls to action, which read what the removals before them took.
 */

/** Blocks that can hold a whole variant of a page's content. */
const GROUP_BLOCKS = new Set(['div', 'section', 'article', 'main', 'ul', 'ol', 'table', 'blockquote', 'aside']);
/** Shorter repeats are left alone: a refrain, a call-out or a short list can legitimately recur. */
const MIN_REPEAT_CHARS = 300;

/**
 * The same group of blocks printed twice: site builders (Framer, Webflow and the like) render the
 * content once per screen size and let CSS hide all but one, and a saved or cloned page has every
 * copy. A group block (several child blocks, at least a few sentences) whose text is exactly the
 * text of an earlier group that is not its own ancestor goes; single paragraphs never do, since
 * articles do repeat a line or a pull quote.
 */
export function removeRepeatedBlocks(root: Element, log: RemovalLog): void {
  const seen = new Map<string, Element>();
  const repeats: Element[] = [];
  walkElements(root, (el) => {
    if (!GROUP_BLOCKS.has(el.localName)) return true;
    const raw = el.textContent ?? '';
    // Nothing inside a short block can be long enough either.
    if (raw.length < MIN_REPEAT_CHARS) return false;
    if (el.childElementCount < 2) return true;
    const t = foldSpace(raw);
    if (t.length < MIN_REPEAT_CHARS) return false;
    const first = seen.get(t);
    if (first && !first.contains(el)) {
      repeats.push(el);
      return false;
    }
    if (!first) seen.set(t, el);
    return true;
  });
  for (const el of repeats) {
    // Long is fine here (unlike other rules' size guard): the first copy stays in the article.
    if (!root.contains(el) || isArticleRoot(el)) continue;
    log.remove(el, 'chrome', 'the same content shown again (a copy for another screen size)');
  }
}
