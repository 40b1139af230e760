import type { RemovalKind } from '../types';
import { foldSpace } from '../dom/text';

/** Kinds whose match is a label heading more (its box); a reCAPTCHA notice is the whole of its box. */
export const LABELLED_KINDS = new Set<RemovalKind>(['share', 'related', 'newsletter', 'comments', 'user']);
/** A label is a line, not a paragraph. */
export const MAX_LABEL_CHARS = 100;

/** A matched element that is only a line of text (no link, picture or control): a label, not a box. */
export function isLabelLike(el: Element): boolean {
  const raw = el.textContent ?? '';
  if (raw.length > MAX_LABEL_CHARS * 4 || foldSpace(raw).length > MAX_LABEL_CHARS) return false;
  for (const t of ['a', 'img', 'form', 'input', 'button', 'iframe', 'ul', 'ol']) if (el.getElementsByTagName(t).length) return false;
  return true;
}
