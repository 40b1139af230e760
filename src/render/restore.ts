import { isBlockElement } from './text';
import { htmlToFragment } from '../dom/parse';
import type { Removal } from '../types';

/**
 * Positions of removed blocks, shared by the pipeline (which records them) and the UI (which puts
 * a block back). A position counts the leaf-most blocks that come before the removal in document
 * order, so it survives serialising the article to HTML and parsing it again.
 */
export function isCountedBlock(el: Element): boolean {
  if (!isBlockElement(el)) return false;
  // Same as `:scope > p, :scope > div`, without the selector engine (this runs on every element).
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.localName === 'p' || c.localName === 'div') return false;
  return true;
}

/** The counted blocks of `root`, in document order. */
export function countedBlocks(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('*')).filter(isCountedBlock);
}

/**
 * Put a removed block back into an article root (an element holding the article's sanitized HTML).
 * The removal's HTML was sanitized by the pipeline; it is parsed inertly and inserted as nodes.
 * Returns the inserted wrapper so the UI can highlight or remove it again.
 */
export function restoreRemoval(root: Element, removal: Removal): Element {
  const doc = root.ownerDocument;
  const wrapper = doc.createElement('div');
  wrapper.setAttribute('data-restored', String(removal.id));
  wrapper.appendChild(htmlToFragment(removal.html, doc));
  const blocks = countedBlocks(root);
  if (removal.position < 0 || removal.position >= blocks.length) root.appendChild(wrapper);
  else if (removal.position === 0) root.insertBefore(wrapper, root.firstChild);
  else blocks[removal.position - 1].after(wrapper);
  return wrapper;
}
