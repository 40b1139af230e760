import { describe, expect, it } from 'vitest';
import { PARAGRAPHS, fold, pageWith, runArticle as run } from '../rules/fixtures';

/**
 * steps/report-dropped.ts: what Readability's own cleaning takes from the article is reported when
 * it is clutter of a kind we name (it used to vanish), and stays out, unreported, when it is not.
 */

describe('what Readability drops', () => {
  it("a reCAPTCHA notice in a form Readability's cleaning removes is in Removed", () => {
    const notice = 'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.';
    const a = run(pageWith(`<form class="f7" action="/join"><input type="text" name="n"><button>Join</button><p class="f8">${notice}</p></form>`));
    const text = fold(a.text);
    for (const p of PARAGRAPHS) expect(text).toContain(p);
    expect(text).not.toContain('protected by reCAPTCHA');
    expect(a.removed.filter((r) => r.kind === 'recaptcha')).toHaveLength(1);
  });

  it('a dropped block no rule names stays out, unreported, and the story stays whole', () => {
    const links = Array.from({ length: 6 }, (_, i) => `<a href="/tag/${i}">Tag number ${i}</a>`).join(' ');
    const a = run(pageWith(`<div class="g1">${links}</div>`));
    const text = fold(a.text);
    for (const p of PARAGRAPHS) expect(text).toContain(p);
    expect(text).not.toContain('Tag number 3');
    expect(a.removed.some((r) => r.text.includes('Tag number'))).toBe(false);
  });
});
