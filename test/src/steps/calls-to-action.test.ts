import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { extract } from '../../../src/index';
import type { Article } from '../../../src/types';
import { PARAGRAPHS, pageWith } from '../rules/fixtures';

/** The structural call-to-action checks of steps/calls-to-action.ts, on a realistic article page. */

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

function run(html: string): Article {
  const url = 'https://riverside.example/news/bridge';
  const { document, close } = documentFromHtml(html, url);
  try {
    const r = extract(document, { url });
    if (!r.ok) throw new Error(`no article: ${r.error.code}`);
    return r.article;
  } finally {
    close();
  }
}

function expectArticle(a: Article): string {
  const text = fold(a.text);
  for (const p of PARAGRAPHS) expect(text).toContain(p);
  return text;
}

const card = (title: string, blurb: string, button: string): string =>
  `<div class="card"><h4>${title}</h4><p>${blurb}</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/x">${button}</a></div></div></div>`;

describe("a button's label standing alone", () => {
  it('goes when the link is styled as a button and asks the reader to act', () => {
    const a = run(pageWith('<p><a class="btn btn-primary btn-lg" href="/shop/river-poster">Buy Poster</a></p><div><button type="button">Book Now</button></div>'));
    const text = expectArticle(a);
    expect(text).not.toContain('Buy Poster');
    expect(text).not.toContain('Book Now');
    expect(a.removed.some((r) => r.kind === 'chrome' && r.reason.startsWith("a button's label"))).toBe(true);
  });
  it('stays inside a sentence, without a button class, or when its label asks nothing', () => {
    const a = run(pageWith(
      '<p>Readers can <a class="button-link" href="/shop">buy the poster</a> at the library shop, which opens on Saturdays and sells the council\'s maps.</p>' +
      '<p><a href="/shop/river-poster">Buy Poster</a></p>' +
      // (a link to another site: one to another page of the same site would be a teaser card, steps/teaser-cards.ts)
      '<p><a class="btn" href="https://ferries.example/tests/ferry">Tested: the new ferry</a></p>'));
    const text = expectArticle(a);
    expect(text).toContain('buy the poster at the library shop');
    expect(text).toContain('Buy Poster');
    expect(text).toContain('Tested: the new ferry');
  });
});

describe('what is left of a call-to-action box', () => {
  it('goes with its button: the heading and blurb of a promotion', () => {
    const a = run(pageWith(card('Want to win more jobs with less effort?', 'Grow your business and send quick quotes with our home service software.', 'Start free trial')));
    const text = expectArticle(a);
    expect(text).not.toContain('Want to win more jobs');
    expect(text).not.toContain('Grow your business');
    // One removal for the whole box: the button goes back into it and is reported with it.
    const box = a.removed.filter((r) => r.reason.endsWith('with the heading and text of its box'));
    expect(box).toHaveLength(1);
    expect(box[0].text).toContain('Want to win more jobs');
    expect(box[0].html).toContain('Start free trial');
  });
  it('a listing whose cards each lost their button stays (its cards are the article)', () => {
    const a = run(pageWith(
      card('The east pier', 'Poured in the spring, it settled more than the engineers expected and needs another season.', 'Read the report') +
      card('The west pier', 'Finished on time last year, it carries the first span and has not moved since it was poured.', 'Read the report') +
      card('The deck', 'Steel prices and a change of design doubled its cost; the contractor starts on it next month.', 'Read the report')));
    const text = expectArticle(a);
    for (const t of ['Poured in the spring', 'Finished on time last year', 'Steel prices and a change of design']) expect(text).toContain(t);
  });
  it('a paragraph that lost a link inside its sentence stays', () => {
    const a = run(pageWith('<p>Ready to see the bridge for yourself? The council runs walks across the site every Saturday; <a href="/contact">get in touch</a> to book a place on one.</p>'));
    const text = expectArticle(a);
    expect(text).toContain('Ready to see the bridge for yourself?');
  });

  it('a note in the story keeps its prose when its links are taken: the box stops before article prose', () => {
    const NOTE = 'If you are looking for anonymity on the river crossing forums, you should use a separate account. If you are looking for added security, you should always check who runs the site you sign in to. A password manager is no replacement for care.';
    const note = `<div class="n1"><p class="n2">Bridge forums are public</p><p>${NOTE}</p><p><a href="https://riverside.example/news/forum-guide">A guide to the bridge forums</a> <a href="https://riverside.example/news/forum-faq">Forum myths and answers</a></p></div>`;
    const a = run(pageWith(note));
    const text = expectArticle(a);
    expect(text).toContain(NOTE);
    expect(text).not.toContain('A guide to the bridge forums');
  });
});

describe('a plea closed by its sign-up (clutter/box.ts, pleaAround)', () => {
  const PLEA = [
    'If you enjoyed this story, we would like to ask for your support. The Riverside Post has covered the town council for forty years, and now may be the most important moment to keep doing it.',
    'When you subscribe to the Post, you help make sure our reporting stays on the decisions that shape the river, the roads and the schools, and that we can keep sending reporters to every meeting.',
    'In return you get every story, the weekly newsletter and the archive. There has never been a more important time to support local news, and we hope you will join us.',
  ];
  // Hashed class names, as a build tool prints them: nothing names the box; its heading, paragraphs
  // and closing button are all there is.
  const plea = (button: string): string => `<section class="x9f2k"><h2 class="q81ma">Stand up for local news</h2>${PLEA.map((p) => `<p class="t0c3e">${p}</p>`).join('')}<div class="f7zz1"><p>Thank you, the editors</p><a class="b3k9q" href="/subscribe/">${button}</a></div></section>`;

  it('goes whole, as one removal, wherever it stands in the story', () => {
    for (const html of [pageWith(plea('Subscribe')), pageWith('').replace('</div></article>', `${plea('Subscribe')}</div></article>`)]) {
      const a = run(html);
      const text = expectArticle(a);
      for (const p of PLEA) expect(text).not.toContain(p.slice(0, 40));
      expect(text).not.toContain('Stand up for local news');
      const box = a.removed.filter((r) => r.kind === 'newsletter' && r.text.includes('Stand up for local news'));
      expect(box).toHaveLength(1);
      expect(box[0].html).toContain(PLEA[1].slice(0, 40));
    }
  });

  // (A box of a call to action's length, 400 characters, goes with its sign-up whatever it says: rules/cta.ts.)
  it("a section of the story that ends in a sign-up link stays: it asks for nothing, or it is more than one plea's heading", () => {
    const SECTION = [
      'The council also looked at the ferry, which has carried commuters across the river since the bridge closed and now runs every twenty minutes at the busiest hours of the day.',
      'Its operator said ridership had tripled, and that the season tickets sold out within a week of going on sale, leaving some residents to pay the full fare every morning.',
      'A second boat is due in the summer. Until then the council will pay for an extra crossing at the school run, and the timetable is printed in the library and on the quay.',
    ];
    const section = `<section class="x9f2k"><h2>The ferry in the meantime</h2>${SECTION.map((p) => `<p>${p}</p>`).join('')}<div class="f7zz1"><a class="b3k9q" href="/subscribe/">Subscribe</a></div></section>`;
    const two = `<section class="x9f2k"><h2>Stand up for local news</h2><p>${PLEA[0]}</p><h3>What the council decided</h3><p>${PLEA[1]}</p><div><a href="/subscribe/">Subscribe</a></div></section>`;
    const a = run(pageWith(section));
    const text = expectArticle(a);
    for (const p of SECTION) expect(text).toContain(p);
    expect(run(pageWith(two)).text).toContain(PLEA[1].slice(0, 40));
  });
});
