import type { RemovalKind } from '../types';

/**
 * Forms by their fields, whatever their words or class names: an email field is a sign-up, a text
 * area a comment box. Their text is captions only ("Your email address", "Post comment"), never
 * the article's, so they go wherever they stand, and the box around them (a heading, a blurb) is
 * judged with them (steps/calls-to-action.ts).
 */

/** A form holding more text than this is no sign-up or comment box (a page wrapped in one form). */
export const MAX_FORM_CHARS = 400;

export type FormKind = Extract<RemovalKind, 'newsletter' | 'comments'>;

/**
 * What was a form: defusing turns every form into a div (steps/defuse.ts) that carries this mark,
 * empty; the pruning step takes every field out of the page before the rules run (steps/prune.ts)
 * and sets the mark on the form that held one (or on the field's parent, when there is no form) to
 * the kind of form the field made it.
 */
export const FORM_KIND_ATTR = 'data-tidy-form';

/** The kind of form a field makes: a text area takes comments, an email field signs up. */
export function fieldKind(field: Element): FormKind | null {
  if (field.localName === 'textarea') return 'comments';
  if (field.localName !== 'input') return null;
  const what = `${field.getAttribute('type') ?? ''} ${field.getAttribute('name') ?? ''} ${field.getAttribute('placeholder') ?? ''} ${field.getAttribute('autocomplete') ?? ''}`;
  return /e-?mail/i.test(what) ? 'newsletter' : null;
}

/** Mark the form around `field` with the kind it makes (a comment box outranks an email field). */
export function markForm(field: Element): Element | null {
  const kind = fieldKind(field);
  if (!kind) return null;
  let form: Element | null = field.parentElement;
  for (let e: Element | null = form; e; e = e.parentElement) {
    if (e.hasAttribute(FORM_KIND_ATTR)) {
      form = e;
      break;
    }
  }
  if (!form || form.localName === 'body') return null;
  if (form.getAttribute(FORM_KIND_ATTR) !== 'comments') form.setAttribute(FORM_KIND_ATTR, kind);
  return form;
}

export function formKind(el: Element): FormKind | null {
  const k = el.getAttribute(FORM_KIND_ATTR);
  return k === 'newsletter' || k === 'comments' ? k : null;
}

export function formReason(kind: FormKind): string {
  return kind === 'newsletter' ? 'newsletter sign-up (a form with an email field)' : 'comment prompt (a form with a text box)';
}
