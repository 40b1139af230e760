import { describe, expect, it } from 'vitest';
import { PARAGRAPHS, fold, pageWith, runArticle as run } from '../rules/fixtures';

const prevNext =
  `<nav class="q8x2"><a href="https://riverside.example/news/ferry-returns" class="q9"><div>Previous</div><h4>The old ferry returns to the river</h4><time datetime="2024-03-11">March 11, 2024</time></a>` +
  `<a href="/news/tram-date" class="q9"><div>Next</div><h4>Tram line gets a date</h4></a></nav>`;

describe('navigation inside the article', () => {
  it('a previous/next pair to other posts of the site goes, hashed, wherever it stands', () => {
    const a = run(pageWith(prevNext));
    expect(a.text).not.toContain('The old ferry returns');
    expect(a.text).not.toContain('Tram line gets a date');
    for (const p of PARAGRAPHS) expect(fold(a.text)).toContain(p);
    expect(a.removed.filter((r) => r.reason.startsWith('navigation to other pages'))).toHaveLength(1);
  });

  it('a table of contents (links into the page) and a nav of sources on other sites stay', () => {
    const toc = `<nav class="t1"><ol><li><a href="#cost">Why the cost doubled with the steel prices and the wet winter</a></li><li><a href="#vote">How the members voted on the extra money for the deck</a></li></ol></nav>`;
    const sources = `<nav class="s1"><a href="https://council.example/minutes/2024-03">Minutes of the council meeting in March</a> <a href="https://engineers.example/report">The engineers' report on the foundations</a></nav>`;
    const a = run(pageWith(toc + sources));
    expect(a.text).toContain('Why the cost doubled with the steel prices');
    expect(a.text).toContain("The engineers' report on the foundations");
  });

  it("a breadcrumb trail ends on the page itself, unlinked, and goes all the same", () => {
    const crumbs = `<nav aria-label="Trail" class="k2"><ul><li><span><a href="/news">News and insights</a></span></li><li aria-hidden="true"></li><li><span><a href="/news/city">City</a></span></li><li aria-hidden="true"></li><li><span>Bridge repairs run over budget</span></li></ul></nav>`;
    const a = run(pageWith(crumbs));
    expect(a.text).not.toContain('News and insights');
    for (const p of PARAGRAPHS) expect(fold(a.text)).toContain(p);
    expect(a.removed.filter((r) => r.reason.startsWith('navigation to other pages'))).toHaveLength(1);
  });

  it('a nav whose unlinked last item is a paragraph, not a title, stays', () => {
    const note = 'The council publishes its minutes on the first Monday of each month, and the engineers will present their revised figures to the public in the library hall.';
    const a = run(pageWith(`<nav class="k3"><ul><li><a href="/news">News</a></li><li><a href="/news/city">City</a></li><li>${note}</li></ul></nav>`));
    expect(a.text).toContain('The council publishes its minutes');
  });
});

const menu = (href = (i: number) => `/section-${i}`): string =>
  `<ul class="m7">${['Home', 'Essays', 'Collections', 'Shop', 'Support us', 'About'].map((t, i) => `<li><a href="${href(i)}">${t}</a></li>`).join('')}</ul>`;
/** The story's page with `head` before its first paragraph and `tail` after its last, inside the story's container. */
const framed = (head: string, tail = ''): string => pageWith('').replace('<div class="story">', `<div class="story">${head}`).replace('</div></article>', `${tail}</div></article>`);

describe("the site's menu as a plain list inside the article", () => {
  it('goes before the story and after it, hashed, each once in Removed', () => {
    const a = run(framed(menu(), menu((i) => `https://riverside.example/about/${i}`)));
    expect(a.text).not.toContain('Collections');
    for (const p of PARAGRAPHS) expect(fold(a.text)).toContain(p);
    expect(a.removed.filter((r) => r.reason.startsWith("the site's menu"))).toHaveLength(2);
  });

  it('stays among the story\'s paragraphs, under a heading, and when it links to other sites or into the page', () => {
    expect(run(pageWith(menu())).text).toContain('Collections');
    expect(run(framed(`<h3>Our sections</h3>${menu()}`)).text).toContain('Collections');
    expect(run(framed(menu((i) => `https://elsewhere-${i}.example/`))).text).toContain('Collections');
    expect(run(framed(menu((i) => `#part-${i}`))).text).toContain('Collections');
  });

  it('a list of headlines (more than a few words a link) stays to the steps that judge teasers', () => {
    const headlines = `<ul class="m8">${[0, 1, 2, 3].map((i) => `<li><a href="/news/${i}">The council votes on the bridge budget again, part ${i}</a></li>`).join('')}</ul>`;
    expect(run(framed(headlines)).removed.some((r) => r.reason.startsWith("the site's menu"))).toBe(false);
  });
});

