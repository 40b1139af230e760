import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { FORM_KIND_ATTR, fieldKind, formKind, markForm } from '../../../src/clutter/forms';

/** clutter/forms.ts: a form's kind comes from its fields, not from its words or class names. */

const doc = (html: string): Document => new JSDOM(`<body>${html}</body>`).window.document;

describe('forms by their fields', () => {
  it('an email field makes a sign-up form, a text area a comment form', () => {
    const d = doc('<input type="email"><input name="EMAIL" type="text"><input placeholder="E-Mail-Adresse"><input type="text" name="q"><textarea></textarea>');
    expect(Array.from(d.querySelectorAll('input, textarea')).map(fieldKind)).toEqual(['newsletter', 'newsletter', 'newsletter', null, 'comments']);
  });

  it('marks the form that was defused into a div, a comment box outranking an email field', () => {
    const d = doc(`<div ${FORM_KIND_ATTR}=""><p><input type="email"></p><textarea></textarea></div><div ${FORM_KIND_ATTR}=""><input type="email"></div>`);
    const [comment, signup] = Array.from(d.querySelectorAll(`[${FORM_KIND_ATTR}]`));
    for (const f of Array.from(d.querySelectorAll('input, textarea'))) markForm(f);
    expect(formKind(comment)).toBe('comments');
    expect(formKind(signup)).toBe('newsletter');
  });

  it('without a form, marks the field\'s parent; a search field marks nothing', () => {
    const d = doc('<div class="a"><input type="email"></div><div class="b"><input type="search"></div>');
    expect(markForm(d.querySelector('.a input')!)).toBe(d.querySelector('.a'));
    expect(markForm(d.querySelector('.b input')!)).toBeNull();
    expect(formKind(d.querySelector('.b')!)).toBeNull();
  });
});
