import { describe, expect, it } from 'vitest';
import { PARAGRAPHS, fold, pageWith, runArticle as run } from '../rules/fixtures';

/**
 * steps/report-dropped.ts: what Readability's own cleaning takes from the article is reported when
 * it is clutter of a kind we name (it used to vanish), and stays out, unreported, when it is not,
 * but for its paragraphs of prose.
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

  it("a paragraph of prose in a block Readability's cleaning drops for its links stays, in its place; the links go", () => {
    const prose = 'The new deck will be poured in two halves, so that one lane can stay open while the other sets over the winter, and the council expects both to carry traffic by June.';
    const links = ['The council report on the deck', 'Minutes of the April meeting', 'Map of the winter detours'].map((t, i) => `<p><a href="https://council.example/doc/${i}">${t}</a></p>`).join('');
    const a = run(pageWith(`<div class="m4"><h2>The deck</h2><div class="m5"><p>${prose}</p>${links}</div></div>`));
    const text = fold(a.text);
    for (const p of PARAGRAPHS) expect(text).toContain(p);
    expect(text).toContain(prose);
    expect(text.indexOf(PARAGRAPHS[2])).toBeLessThan(text.indexOf(prose));
    expect(text.indexOf(prose)).toBeLessThan(text.indexOf(PARAGRAPHS[3]));
    expect(text).not.toContain('Minutes of the April meeting');
  });

  const between = (text: string, s: string) => text.indexOf(PARAGRAPHS[2]) < text.indexOf(s) && text.indexOf(s) < text.indexOf(PARAGRAPHS[3]);

  it("prose in a block dropped for its class name, whose wrapper the cleaning emptied, stays in its place", () => {
    const prose = ['Our crews carry the spare parts for most repairs on the van, so a second visit is rare, and the estimate you are given before the work starts is the price you pay.', 'Every technician is licensed in the state and insured, and each job is inspected by a supervisor within a week of the work, whether or not anything went wrong.'];
    const a = run(pageWith(`<section class="b1"><div class="panel-widget"><h3>How we work</h3><p>${prose[0]}</p><p>${prose[1]}</p></div></section>`));
    const text = fold(a.text);
    for (const p of [...PARAGRAPHS, ...prose]) expect(text).toContain(p);
    for (const p of prose) expect(between(text, p)).toBe(true);
  });

  it('a section of the story the cleaning drops for its class name comes back whole, with its heading and short lines', () => {
    const prose = [
      'Our crews carry the spare parts for most repairs on the van, so a second visit is rare, and the estimate you are given before the work starts is the price you pay.',
      'Every technician is licensed in the state and insured, and each job is inspected by a supervisor within a week of the work, whether or not anything went wrong.',
      'When a part has to be ordered, we tell you the day it arrives and book the second visit for a time that suits you, in the evening or at the weekend if need be.',
    ];
    const section = `<div class="box box-overflow-hidden"><h3>1. Start with a plan</h3><p>${prose[0]}</p><p>Step one.</p><p>${prose[1]}</p><p>${prose[2]}</p></div>`;
    const a = run(pageWith(section));
    const text = fold(a.text);
    for (const p of [...PARAGRAPHS, ...prose]) expect(text).toContain(p);
    expect(between(text, '1. Start with a plan')).toBe(true);
    expect(between(text, 'Step one.')).toBe(true);
  });

  it("a teaser's blurb beside a headline to another page of the site goes with its card; beside an off-site headline it stays", () => {
    const blurb = 'The ferry will run every half hour from the new pier once the bridge closes for the winter, and the council has promised to keep the fare at one pound for residents.';
    const card = (href: string) => `<div class="k2"><div class="k3"><h3><a href="${href}">Ferry to replace the bridge this winter</a></h3><p>${blurb}</p></div>${['Ferry times', 'Fares', 'Parking'].map((t, i) => `<p><a href="/news/${i}">${t}</a></p>`).join('')}</div>`;
    const onSite = fold(run(pageWith(card('https://riverside.example/news/ferry'))).text);
    for (const p of PARAGRAPHS) expect(onSite).toContain(p);
    expect(onSite).not.toContain(blurb);
    const offSite = fold(run(pageWith(card('https://ferries.example/winter'))).text);
    expect(between(offSite, blurb)).toBe(true);
  });

  it('an aside after the story keeps none of its prose; an aside in the story keeps it', () => {
    const about = 'For more than thirty years, readers along the river have trusted the Riverside Post to tell them what the council decides, and we are proud to serve every town in the valley.';
    const aside = `<aside class="q1"><div class="q2"><h4>The Riverside Post</h4>${about} Follow us: <a href="https://social.example/riverside">@riverside</a>.</div></aside>`;
    const html = pageWith('');
    const after = fold(run(html.replace(`${PARAGRAPHS[5]}</p></div>`, `${PARAGRAPHS[5]}</p>${aside}</div>`)).text);
    for (const p of PARAGRAPHS) expect(after).toContain(p);
    expect(after).not.toContain('For more than thirty years');
    const inside = fold(run(pageWith(aside)).text);
    expect(between(inside, about)).toBe(true);
  });
  it("a story's heading Readability swept or cleaned for its class name comes back in its place; a label of a clutter box or over nothing does not", () => {
    // "header" is an unlikely word to Readability's sweep, which reads no text.
    const a = fold(run(pageWith('<h2 class="header-anchor-post">What the engineers found</h2>')).text);
    for (const p of PARAGRAPHS) expect(a).toContain(p);
    expect(between(a, 'What the engineers found')).toBe(true);
    // Swept out of a wrapper that held nothing else: the sweep then takes the empty wrapper too.
    const w = fold(run(pageWith('<div class="w1"><h2 class="header-anchor-post">What the engineers found</h2></div>')).text);
    expect(between(w, 'What the engineers found')).toBe(true);
    // Readability's cleaning drops an h2 whose class weighs less than nothing ("promo").
    const c = fold(run(pageWith('<h2 class="promo-title">What the engineers found</h2>')).text);
    expect(between(c, 'What the engineers found')).toBe(true);
    const b = run(pageWith('<h2 class="section-header">Related coverage</h2>'));
    expect(fold(b.text)).not.toContain('Related coverage');
    expect(b.removed.some((r) => r.kind === 'related' && r.text.includes('Related coverage'))).toBe(true);
    const html = pageWith('');
    const atEnd = fold(run(html.replace(`${PARAGRAPHS[5]}</p></div>`, `${PARAGRAPHS[5]}</p><h3 class="menu-header">Sections</h3></div>`)).text);
    for (const p of PARAGRAPHS) expect(atEnd).toContain(p);
    expect(atEnd).not.toContain('Sections');
  });
});
