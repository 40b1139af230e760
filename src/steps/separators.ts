import { PLACEHOLDER_ATTR } from '../clutter/removal-log';
import { visibleText } from '../clutter/prose';
import { elementsNamed } from '../dom/elements';

/**
 * Typewriter separators and empty list items, tidied on the sanitized article (after the last step
 * that can empty a block, and before the removals are located, so positions count what is shown).
 * A block that is only a line of underscores, dashes or stars ("___", "* * *") is a section break,
 * not a paragraph or a heading: it becomes an `<hr>`, and such a line under a line of text (after a
 * `<br>`) goes, so "Ferry times" does not read as a heading underlined. A list item with nothing to
 * show (no text, no picture) was an empty bullet: it goes, and a list left without items with it.
 * A removal's placeholder is something to show (the user may restore it there).
 */

const SEPARATOR = /^\s*(?:[_=~*•·—–-]\s*){3,}$/u;
const BLOCKS = 'p,div,h1,h2,h3,h4,h5,h6,blockquote,center';
/** What a list item may show besides text. */
const SHOWS = `img,picture,video,audio,iframe,svg,hr,table,[${PLACEHOLDER_ATTR}]`;

export function tidySeparators(root: Element): void {
  // From the separators' text nodes up (a walk over every block's text would be quadratic in nesting).
  const lines: ChildNode[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (SEPARATOR.test(n.nodeValue!)) lines.push(n as ChildNode);
  for (const line of lines) {
    const block = line.parentElement?.closest(BLOCKS);
    if (!block || block === root || !root.contains(block)) continue;
    if (SEPARATOR.test(block.textContent!) && !block.querySelector(SHOWS)) {
      block.replaceWith(root.ownerDocument.createElement('hr'));
      continue;
    }
    // "Text<br>___": the underline goes with its line break.
    const br = line.previousSibling;
    if (br?.nodeName === 'BR' && (!line.nextSibling || line.nextSibling.nodeName === 'BR')) {
      line.remove();
      br.remove();
    }
  }
  for (const li of elementsNamed(root, 'li')) {
    if (visibleText(li) || li.querySelector(SHOWS)) continue;
    const list = li.parentElement!;
    li.remove();
    if (/^[ou]l$/.test(list.localName) && !list.children.length && !visibleText(list)) list.remove();
  }
}
