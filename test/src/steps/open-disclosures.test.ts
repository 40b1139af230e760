import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { openDisclosures } from '../../../src/steps/open-disclosures';
import { PARAGRAPHS, fold, pageWith, runArticle as run } from '../rules/fixtures';

/**
 * steps/open-disclosures.ts: an accordion's collapsed answers are the article's text, opened before
 * pruning drops hidden elements; a lone toggle, a menu, a form and a panel in a closed drawer stay
 * hidden.
 */

const ANSWERS = [
  'The new deck will be poured in two halves, so one lane can stay open while the other sets over the winter months.',
  'Cyclists will share the eastern footway until the deck is finished, and a signed detour runs through the old market square.',
];

/** An accordion of `n` items; `control` prints item i's control, `hide` the panel's hiding. */
function accordion(n: number, control: (i: number) => string, hide = 'style="display:none"', panel = (i: number) => `<p>${ANSWERS[i % 2]}</p>`): string {
  return Array.from({ length: n }, (_, i) =>
    `<div class="x${i}"><h3><button type="button" aria-expanded="false" aria-controls="a${i}">${control(i)}</button></h3>` +
    `<div id="a${i}" ${hide}>${panel(i)}</div></div>`).join('');
}

function story(a: { text: string }): string {
  const text = fold(a.text);
  for (const p of PARAGRAPHS) expect(text).toContain(p);
  return text;
}

describe('collapsed answers', () => {
  it('an accordion of headings shows its panels in the article', () => {
    const text = story(run(pageWith(accordion(2, (i) => `Step ${i + 1} of the works`))));
    for (const a of ANSWERS) expect(text).toContain(a);
  });

  it('questions that are buttons, without a heading, and panels hidden by a wrapper around them (as Chakra collapses)', () => {
    const items = ANSWERS.map((a, i) =>
      `<div><button aria-expanded="false" aria-controls="q${i}"><span>Question ${i + 1}: what happens now?</span></button>` +
      `<div class="c-${i}" style="overflow:hidden;display:none;height:0px"><div role="region" id="q${i}"><p>${a}</p></div></div></div>`).join('');
    const text = story(run(pageWith(items)));
    for (const a of ANSWERS) expect(text).toContain(a);
  });

  it('panels hidden with the hidden or aria-hidden attribute open too', () => {
    for (const hide of ['hidden', 'aria-hidden="true"']) {
      const text = story(run(pageWith(accordion(2, (i) => `Step ${i + 1} of the works`, hide))));
      for (const a of ANSWERS) expect(text).toContain(a);
    }
  });

  it('a lone toggle (a "Here is how you know" banner) stays hidden', () => {
    const text = story(run(pageWith(accordion(1, () => 'Here is how you know?'))));
    expect(text).not.toContain(ANSWERS[0]);
  });

  it('controls that are neither headings nor questions stay closed', () => {
    const items = ANSWERS.map((a, i) => `<div><button aria-controls="m${i}">Settings ${i}</button><div id="m${i}" hidden><p>${a}</p></div></div>`).join('');
    const text = story(run(pageWith(items)));
    for (const a of ANSWERS) expect(text).not.toContain(a);
  });

  it('a menu, a sign-in form and a panel inside a closed drawer stay hidden', () => {
    const menu = (i: number) => `<a href="/a${i}">Rivers and bridges</a> <a href="/b${i}">Council meetings</a> <a href="/c${i}">Roads</a>`;
    const form = () => `<p>Sign in to comment on the works and the budget of the council.</p><input type="email" name="email">`;
    withDoc(pageWith(accordion(2, (i) => `Section ${i}`, 'hidden', menu)), (d) => expect(openDisclosures(d.body)).toBe(0));
    withDoc(pageWith(accordion(2, (i) => `Section ${i}`, 'hidden', form)), (d) => expect(openDisclosures(d.body)).toBe(0));
    withDoc(pageWith(`<div class="drawer" hidden>${accordion(2, (i) => `Step ${i}`)}</div>`), (d) => {
      expect(openDisclosures(d.body)).toBe(0);
      expect(d.getElementById('a0')!.getAttribute('style')).toBe('display:none');
    });
  });

  it('lifts only the hiding: the rest of the style stays', () => {
    withDoc(pageWith(accordion(2, (i) => `Step ${i}`, 'style="overflow:hidden; display: none !important; color: red"')), (d) => {
      expect(openDisclosures(d.body)).toBe(2);
      expect(d.getElementById('a0')!.getAttribute('style')).toBe('overflow:hidden; color: red');
    });
  });
});

function withDoc(html: string, f: (d: Document) => void): void {
  const { document, close } = documentFromHtml(html);
  try {
    f(document);
  } finally {
    close();
  }
}
