import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { extract, extractDraft, finishDraft, learnRule, type LearnedRule } from '../../../src/index';
import { PARAGRAPHS, fold, pageWith } from '../rules/fixtures';

/**
 * steps/learned-rules.ts: a block a keep rule marks is never removed, also by the steps that find
 * clutter by the shape of its box (clutter/box.ts from a matched label, steps/teaser-cards.ts) and
 * by the box's parts a rule took before the box was found: the box stays whole, unreported.
 * Both in `extract` and through the extension's draft path (the mark travels with the draft).
 */

const opened: (() => void)[] = [];
afterEach(() => opened.splice(0).forEach((close) => close()));

function page(html: string, url: string): Document {
  const { document, close } = documentFromHtml(html, url);
  opened.push(close);
  return document;
}

function both(html: string, url: string, learned: LearnedRule[]) {
  const direct = extract(page(html, url), { url, learned });
  const draft = JSON.parse(JSON.stringify(extractDraft(page(html, url), { url, learned }))) as ReturnType<typeof extractDraft>;
  const finished = draft.ok ? finishDraft(draft.draft, page('<!DOCTYPE html><title>popup</title>', 'chrome-extension://tidy/popup.html')) : draft;
  expect(finished).toEqual(direct);
  if (!direct.ok) throw new Error(direct.error.message);
  return { text: fold(direct.article.text), kinds: direct.article.removed.map((r) => r.kind) };
}

describe('a learned keep rule against the structural clutter steps', () => {
  const seed = readFileSync(new URL('../../fixtures/seed-hashed/page.html', import.meta.url), 'utf8');
  const url = 'https://www.algemeiner.com/2017/02/09/defections-challenge-hamas-cooperation-with-isis/';
  const related = (d: Document): Element => {
    const label = Array.from(d.querySelectorAll('div')).find((e) => e.textContent === 'Related coverage')!;
    return label.parentElement!;
  };

  it('keeps the whole box a label heads (hashed class names: found by its label and shape), on the draft path too', () => {
    const before = both(seed, url, []);
    expect(before.kinds).toContain('related');
    expect(before.text).not.toContain('The Americans, the Kurds');
    const keep = learnRule(related(page(seed, url)), 'algemeiner.com', 'keep');
    const after = both(seed, url, [keep]);
    expect(after.kinds).not.toContain('related');
    expect(after.text).toContain('Related coverage');
    expect(after.text).toContain('The Americans, the Kurds, the War');
    expect(after.text).toContain('October 13, 2019');
    // The other boxes still go.
    for (const kind of ['share', 'newsletter', 'comments', 'recaptcha']) expect(after.kinds).toContain(kind);
  });

  it('keeps a box whose teaser alone is kept: the label and the date stay with it', () => {
    const teaser = related(page(seed, url)).lastElementChild!;
    const keep = learnRule(teaser, 'algemeiner.com', 'keep');
    const after = both(seed, url, [keep]);
    expect(after.kinds).not.toContain('related');
    expect(after.text).toContain('Related coverage October 13, 2019');
    expect(after.text).toContain('The Americans, the Kurds, the War');
  });

  it('keeps a box that holds a kept block, and what a rule took from it before the box was found stays taken and reported', () => {
    const at = 'https://riverside.example/news/bridge';
    // The page's rules take the list by its class name; the box is found later from its label, by its words.
    const html = pageWith('<div class="z1"><div class="z2">Related coverage</div><ul class="related-list"><li><a href="https://riverside.example/news/dam">The dam on the upper river is full</a></li></ul><p class="z3">A note from the editor on how the bridge was covered over three years of delays.</p></div>');
    const before = both(html, at, []);
    expect(before.kinds.filter((k) => k === 'related')).toHaveLength(1);
    expect(before.text).not.toContain('A note from the editor');
    const keep = learnRule(page(html, at).querySelector('.z3')!, 'riverside.example', 'keep');
    const after = both(html, at, [keep]);
    expect(after.text).toContain('Related coverage');
    expect(after.text).toContain('A note from the editor');
    expect(after.text).not.toContain('The dam on the upper river');
    expect(after.kinds).toEqual(['related']);
  });

  it('keeps a teaser card that stands between paragraphs with no label a rule knows', () => {
    const html = pageWith('<div class="z1"><div class="z2">Lesen Sie auch</div><p class="z3"><a href="https://riverside.example/news/ferry">The old ferry returns to the river</a></p></div>');
    const at = 'https://riverside.example/news/bridge';
    expect(both(html, at, []).text).not.toContain('The old ferry returns');
    const keep = learnRule(page(html, at).querySelector('.z1')!, 'riverside.example', 'keep');
    const after = both(html, at, [keep]);
    expect(after.text).toContain('Lesen Sie auch The old ferry returns to the river');
    expect(after.kinds).not.toContain('related');
    for (const p of PARAGRAPHS) expect(after.text).toContain(p);
  });
});
