import { describe, expect, it } from 'vitest';
import { PARAGRAPHS, fold, pageWith, runArticle as run } from '../rules/fixtures';

/**
 * steps/teaser-cards.ts: a block that is mostly a linked headline of another page of the same site
 * goes wherever it stands, with its label; prose with links, links to other sites and a page of such
 * cards (a listing) stay.
 */

const SITE = 'https://riverside.example';
const card = (label: string, slug: string, headline: string): string =>
  `<div class="z1"><div class="z2">${label}</div><p class="z3"><a href="${SITE}/news/${slug}">${headline}</a></p></div>`;

function story(a: { text: string }): string {
  const text = fold(a.text);
  for (const p of PARAGRAPHS) expect(text).toContain(p);
  return text;
}

describe('teaser cards', () => {
  it('go from between paragraphs, label and all, as one related removal', () => {
    const a = run(pageWith(card('Lesen Sie auch', 'ferry', 'The old ferry returns to the river')));
    const text = story(a);
    expect(text).not.toContain('The old ferry returns');
    expect(text).not.toContain('Lesen Sie auch');
    const mine = a.removed.filter((r) => r.kind === 'related');
    expect(mine).toHaveLength(1);
    expect(mine[0].text).toContain('Lesen Sie auch');
  });

  it('go as an inline "READ MORE:" line', () => {
    const a = run(pageWith(`<p><strong>READ MORE:</strong> <a href="${SITE}/news/ferry">The old ferry returns to the river</a></p>`));
    expect(story(a)).not.toContain('The old ferry returns');
  });

  it('an inline "Learn more:" line stays: a further resource of the story, not another story to read', () => {
    const a = run(pageWith(`<p><em>Learn more: </em><a href="${SITE}/guides/ferry">Planning a trip on the old ferry</a></p>`));
    expect(story(a)).toContain('Learn more: Planning a trip on the old ferry');
  });

  it('a paragraph of prose with links to the site stays', () => {
    const p = `<p>The plan, <a href="${SITE}/news/plan">first published in 2019</a>, was revised twice, and <a href="${SITE}/news/budget">the budget</a> grew with each revision until the council capped it last spring.</p>`;
    expect(story(run(pageWith(p)))).toContain('was revised twice');
  });

  it('a link in a sentence whose pieces each sit in a span stays (rich-text editors write them so)', () => {
    const p = `<p><span style="color: #000">First, make sure your house is a </span><u><span><a href="${SITE}/solar/good-fit">good fit for solar panels</a></span></u><span style="color: #000"> and know how much power you use.</span></p>`;
    const a = run(pageWith(p));
    expect(story(a)).toContain('make sure your house is a good fit for solar panels and know');
    expect(a.removed.filter((r) => r.kind === 'related')).toHaveLength(0);
  });

  it('a headline link to another site stays (a source, not a teaser)', () => {
    const a = run(pageWith(`<p class="z3"><a href="https://council.example/news/ferry">The old ferry returns to the river</a></p>`));
    expect(story(a)).toContain('The old ferry returns');
  });

  it('a listing of many cards is the page itself: they stay', () => {
    const cards = Array.from({ length: 6 }, (_, i) => `<p><a href="${SITE}/news/part-${i}">Part ${i + 1} of the bridge story in full</a></p>`).join('');
    const text = story(run(pageWith(cards)));
    expect(text).toContain('Part 3 of the bridge story in full');
  });

  describe('a labelled list of the site\'s headlines', () => {
    const items = (href: (i: number) => string, extra = ''): string =>
      Array.from({ length: 6 }, (_, i) => `<li><a href="${href(i)}">Part ${i + 1} of the bridge story in full</a>${extra}</li>`).join('');
    const same = (i: number): string => `${SITE}/news/part-${i}`;

    it('goes with its label, whatever the label says, as one related removal', () => {
      for (const label of ['<h3 id="x9">Read more:</h3>', '<p><b>Más noticias</b></p>', '<div>More useful posts about the river</div>']) {
        const a = run(pageWith(`${label}<ul class="k2">${items(same)}</ul>`));
        const text = story(a);
        expect(text).not.toContain('bridge story in full');
        const mine = a.removed.filter((r) => r.kind === 'related');
        expect(mine).toHaveLength(1);
        expect(mine[0].text).toMatch(/^(Read more|Más noticias|More useful posts)/);
      }
    });

    it('stays without a label, with a sentence over it, with links to other sites, or with more than the link in an item', () => {
      const kept = [
        `<ul>${items(same)}</ul>`,
        `<p>Each part of the series below was reported over a month on the river, with the council's help.</p><ul>${items(same)}</ul>`,
        `<h3>Sources</h3><ul>${items((i) => `https://council.example/minutes/${i}`)}</ul>`,
        `<h3>Read more:</h3><ul>${items(same, ', read by the council on Monday')}</ul>`,
      ];
      for (const html of kept) expect(story(run(pageWith(html)))).toContain('Part 6 of the bridge story in full');
    });

    it('stays as a section of the article when another section follows it (a wiki\'s "See also" before its "References")', () => {
      const seeAlso = `<h2>See also</h2><ul>${items(same)}</ul><h2>References</h2><p>Council minutes, 12 May 2021, and the river authority's annual report for that year.</p>`;
      expect(story(run(pageWith(seeAlso)))).toContain('Part 6 of the bridge story in full');
      expect(story(run(pageWith(`<h2>See also</h2><ul>${items(same)}</ul>`)))).not.toContain('Part 6 of the bridge story in full');
    });
  });
});
