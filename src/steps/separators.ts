import { PLACEHOLDER_ATTR } from '../clutter/removal-log';
import { visibleText } from '../clutter/prose';

/**
 * Typewriter separators and empty list items, tidied on the sanitized article (after the last step
 * that can empty a block, and before the removals are located, so positions count what is shown).
 * A block that is only a line of underscores, dashes or stars ("___", "* * *") is a section break,
 * not a paragraph or a heading: it becomes an `<hr>`, and such a line under a line of text (after a
 * `<br>`) goes, so "Ferry times" does not read as a heading underlined. A list item with nothing to
 * show (no text, no picture) was an empty bullet: it goes, and a list left without items with it.
 * A removal's placeholder is something to show (the user may restore it there).
 */

const SEPARATOR = /^(?:[_=~*•·—–-]\s*){3,}$/u;
const BLOCKS = 'p, div, h1, h2, h3, h4, h5, h6, blockquote, center';
const MEDIA = ['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'hr', 'table'];

const isSeparator = (s: string | null | undefined): boolean => SEPARATOR.test((s ?? '').trim());

function showsSomething(el: Element): boolean {
  if (visibleText(el) || el.querySelector(`[${PLACEHOLDER_ATTR}]`)) return true;
  return MEDIA.some((t) => el.getElementsByTagName(t).length > 0);
}

const BLOCK_NAMES = new Set(BLOCKS.split(', '));

export function tidySeparators(root: Element): void {
  // From the separators' text nodes up (a walk over every block's text would be quadratic in nesting).
  const lines: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (isSeparator(n.nodeValue)) lines.push(n as Text);
  for (const line of lines) {
    if (!root.contains(line)) continue;
    let block = line.parentElement;
    while (block && block !== root && !BLOCK_NAMES.has(block.localName)) block = block.parentElement;
    if (!block || block === root) continue;
    if (isSeparator(block.textContent) && !block.querySelector(`[${PLACEHOLDER_ATTR}], img`)) {
      block.replaceWith(block.ownerDocument.createElement('hr'));
      continue;
    }
    // "Text<br>___": the underline goes with its line break.
    const br = line.previousSibling;
    const after = line.nextSibling;
    if (br?.nodeName === 'BR' && (!after || after.nodeName === 'BR')) {
      line.remove();
      br.remove();
    }
  }
  for (const li of Array.from(root.getElementsByTagName('li'))) {
    if (showsSomething(li)) continue;
    const list = li.parentElement;
    li.remove();
    if (list && (list.localName === 'ul' || list.localName === 'ol') && !list.children.length && !visibleText(list)) list.remove();
  }
}
