import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { checkRule, normalizeSite } from '../../../extension/options/validate';

/** What the options page accepts as a rule, and what it says about one it does not. */
describe('user rules', () => {
  const doc = new JSDOM('').window.document;
  test('valid rules, with the site normalised', () => {
    expect(checkRule('selector', ' .promo ', '', doc)).toEqual({ ok: true, rule: { selector: '.promo' } });
    expect(checkRule('selector', 'aside[data-x="1"] > p', 'https://www.Example.com/news', doc)).toEqual({ ok: true, rule: { selector: 'aside[data-x="1"] > p', site: 'www.example.com' } });
    expect(checkRule('pattern', '/^sponsored by/i', '*.example.co.uk', doc)).toEqual({ ok: true, rule: { pattern: '/^sponsored by/i', site: '*.example.co.uk' } });
    expect(checkRule('pattern', 'Support our journalism', 'localhost:8080', doc)).toEqual({ ok: true, rule: { pattern: 'Support our journalism', site: 'localhost' } });
  });

  test('invalid rules say what is wrong and where', () => {
    expect(checkRule('selector', 'div[', '', doc)).toMatchObject({ ok: false, field: 'value', message: expect.stringContaining('not a valid CSS selector') });
    expect(checkRule('selector', '', '', doc)).toMatchObject({ ok: false, field: 'value' });
    expect(checkRule('pattern', '/a(/', '', doc)).toMatchObject({ ok: false, field: 'value', message: expect.stringContaining('Not a valid regular expression') });
    expect(checkRule('pattern', '/abc/q', '', doc)).toMatchObject({ ok: false, field: 'value' });
    expect(checkRule('selector', '.x', 'exa mple.com', doc)).toMatchObject({ ok: false, field: 'site' });
    expect(checkRule('selector', 'x'.repeat(1001), '', doc)).toMatchObject({ ok: false, field: 'value' });
    expect(normalizeSite('-bad-.com')).toBeNull();
  });
});
