import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../node/document';
import { extract } from '../../src/index';
import { readMetadata as readPageMeta } from '../../src/metadata';
import { pickHeadline } from '../../src/metadata/headline';
import { spacedText } from '../../src/metadata/byline-text';
import { cleanByline, cleanTitle, decodeEntities, normalizeDate } from '../../src/metadata/clean';

const BODY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells what the council decided about the bridge, why the cost doubled and when the work will resume.</p>`).join('');

function meta(html: string): ReturnType<typeof readPageMeta> {
  const { document, close } = documentFromHtml(html, 'https://riverside.example/news/bridge');
  try {
    return readPageMeta(document);
  } finally {
    close();
  }
}

describe('cleanTitle: the site suffix goes', () => {
  it.each([
    ['Bridge delayed again | Riverside Post', 'Riverside Post', 'Bridge delayed again'],
    ['Bridge delayed again - Riverside Post', 'Riverside Post', 'Bridge delayed again'],
    ['Bridge delayed again — The Riverside Post', 'Riverside Post', 'Bridge delayed again'],
    ['Riverside Post | Bridge delayed again', 'Riverside Post', 'Bridge delayed again'],
    ['Defections Challenge Hamas’ Cooperation With ISIS | Algemeiner.com', 'Algemeiner.com', 'Defections Challenge Hamas’ Cooperation With ISIS'],
  ])('%s', (title, site, want) => expect(cleanTitle(title, site)).toBe(want));
  it('keeps a dash that is part of the title', () => {
    expect(cleanTitle('Cross-Country Movers – 10 Tips for a Calm Move', 'Move.org')).toBe('Cross-Country Movers – 10 Tips for a Calm Move');
  });
  it('decodes character references CMSs leave in titles', () => {
    expect(cleanTitle('Movers &#038; Packers &#8211; Compared', null)).toBe('Movers & Packers – Compared');
    expect(decodeEntities('A &amp;amp; B &lt;i&gt; &#x2019; &bogus;')).toBe('A & B <i> ’ &bogus;');
  });
  it('no title stays null', () => expect(cleanTitle(null, 'X')).toBeNull());
});

describe('cleanByline: names only', () => {
  it.each([
    ['By Steven Emerson', 'Steven Emerson'],
    ['by Steven Emerson', 'Steven Emerson'],
    ['avatar by Steven Emerson', 'Steven Emerson'],
    ['Avatar Steven Emerson', 'Steven Emerson'],
    ['Written by Jane Roe | February 9, 2017', 'Jane Roe'],
    ['Posted by Jane Roe on February 9, 2017', 'Jane Roe'],
    ['Jane Roe, updated 3 hours ago', 'Jane Roe'],
    ['Maria &amp; Katerina', 'Maria & Katerina'],
  ])('%s', (raw, want) => expect(cleanByline(raw)).toBe(want));
  it('drops what is not a name', () => {
    expect(cleanByline('https://example.org/author/jane')).toBeNull();
    expect(cleanByline('   ')).toBeNull();
  });
});

describe('cleanByline: labels, glued dates and job titles go', () => {
  it.each([
    ['Author: Ashley Biancuzzo', 'Ashley Biancuzzo'],
    ['View all posts by Ray Ansari', 'Ray Ansari'],
    ['This post was written by Danielle Padula, Head of Marketing and Community Development', 'Danielle Padula'],
    ['Insights from Liza Burke Marketing Director May 14, 2025', 'Liza Burke'],
    ['Andrew Gerrand 4 August 2010', 'Andrew Gerrand'],
    ['Jason Bates June 3, 2021', 'Jason Bates'],
    ['Chris Carroll30 Sep 2022, 11:07am', 'Chris Carroll'],
    ['Yucy3/4/2025000000Sharesfacebook', 'Yucy'],
    ['Harry RabinowitzTech Reporter', 'Harry Rabinowitz'],
    ['Emily WalkerCasey McDevitt', 'Emily Walker'],
    ['Mateusz HabernyFounder at Oakywood', 'Mateusz Haberny'],
    ['Reyan PerumalPublished', 'Reyan Perumal'],
    ['Keith Barry Senior Autos Reporter', 'Keith Barry'],
    ['Zackery Cuevas Writer, Hardware', 'Zackery Cuevas'],
    ['ServiceTitanNovember 26th, 202410 Min Read', 'ServiceTitan'],
    ['EcoFlow- 2025/4/29', 'EcoFlow'],
  ])('%s', (raw, want) => expect(cleanByline(raw)).toBe(want));
  it.each([
    ['Craig Randall, Alli Miles, Eszter Horanyi'],
    ['Rachel MacDonald'],
    ['Theresa May'],
    ['Vanessa Mendez, MD'],
    ['Top Growth Marketing'],
    ['Team SimplyThrilled'],
    ['AAA Travel Editor, SMT'],
  ])('keeps a name that only looks like one of those: %s', (name) => expect(cleanByline(name)).toBe(name));
  it.each([['Updated March 13, 2024'], ['View more posts'], ['page.head.extra.author'], ['{{ author }}']])(
    'rejects what is not a name: %s', (raw) => expect(cleanByline(raw)).toBeNull());
});

describe('cleanTitle: short brands and section labels the site name missed', () => {
  it.each([
    ['How to Make a Good Game: 5 Mistakes and Tips to Avoid | GDevelop', 'How to Make a Good Game: 5 Mistakes and Tips to Avoid'],
    ['The Ultimate Car Maintenance Checklist | Bridgestone Tires', 'The Ultimate Car Maintenance Checklist'],
    ['GAME CHANGER | Newegg.com', 'GAME CHANGER'],
    ["How to help babies sleep through the night | Patient Education | UC Davis Children's Hospital", 'How to help babies sleep through the night'],
    ['Blog: Best Social Media Advertising Agencies in 2025', 'Best Social Media Advertising Agencies in 2025'],
  ])('%s', (title, want) => expect(cleanTitle(title, null)).toBe(want));
  it.each([['Cats | Dogs'], ['Why we fight | and why we stop'], ['Blogging: a beginner’s guide']])(
    'keeps a pipe or colon that is part of the title: %s', (title) => expect(cleanTitle(title, null)).toBe(title));
});

describe('normalizeDate: ISO 8601, the page’s calendar day kept', () => {
  it.each([
    ['2017-02-09T08:35:00-05:00', '2017-02-09T08:35:00-05:00'],
    ['2017-02-09T23:30:00-0500', '2017-02-09T23:30:00-05:00'],
    ['2017-02-09 23:30', '2017-02-09T23:30:00'],
    ['2017-02-09', '2017-02-09'],
    ['20170209', '2017-02-09'],
    ['February 9, 2017', '2017-02-09'],
    ['Feb. 9th 2017 8:35 pm', '2017-02-09T20:35:00'],
    ['Thu, 9 February 2017', '2017-02-09'],
    ['9 Feb 2017', '2017-02-09'],
    ['2nd of March 2021', '2021-03-02'],
    ['25.Jun.2019', '2019-06-25'],
    ['3/4/2025', '2025-03-04'],
    ['25/12/2024', '2024-12-25'],
    ['25.06.2019', '2019-06-25'],
  ])('%s → %s', (raw, want) => expect(normalizeDate(raw)).toBe(want));
  it('a late-evening time with an offset stays on its day (no shift to UTC)', () => {
    expect(normalizeDate('2017-02-09T23:59:00-08:00')!.slice(0, 10)).toBe('2017-02-09');
  });
  it('what is not a date is null', () => {
    for (const s of ['yesterday', '2017-13-01', 'Dec 23', '']) expect(normalizeDate(s)).toBeNull();
  });
});

describe('readPageMeta', () => {
  it('reads JSON-LD inside @graph, people only as authors', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Riverside Post' },
        { '@type': 'Organization', name: 'Riverside Media' },
        {
          '@type': 'NewsArticle', headline: 'Bridge delayed again', datePublished: '2024-03-05T21:10:00-05:00',
          author: [{ '@type': 'Person', name: 'Jane Roe' }, { '@type': 'Organization', name: 'Riverside Media' }],
          publisher: { '@type': 'Organization', name: 'Riverside Media' },
        },
      ],
    };
    const m = meta(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${BODY}</body></html>`);
    expect(m.title).toBe('Bridge delayed again');
    expect(m.byline).toBe('Jane Roe');
    expect(m.published).toBe('2024-03-05T21:10:00-05:00');
    expect(m.siteName).toBe('Riverside Media');
  });

  it('a broken JSON-LD block is skipped, the next one read', () => {
    const m = meta(`<head><script type="application/ld+json">{"@type": "NewsArticle",</script>
      <script type="application/ld+json">{"@type":"BlogPosting","headline":"Second block","author":"Jane Roe"}</script></head><body>${BODY}</body>`);
    expect(m.title).toBe('Second block');
    expect(m.byline).toBe('Jane Roe');
  });

  it('prefers the visible h1 that agrees with the metadata title, and the date and byline shown with it', () => {
    const m = meta(`<head><meta property="og:title" content="Bridge delay: what it means | Riverside Post">
      <meta property="og:site_name" content="Riverside Post">
      <meta property="article:published_time" content="2024-01-02T10:00:00Z"></head>
      <body><header><h1>Riverside Post</h1></header><main><article>
      <h1>The bridge is delayed again: what it means for you</h1>
      <div class="meta"><span>Written by</span> <span>Jane Roe</span></div><div>March 5, 2024</div>
      ${BODY}</article></main></body>`);
    expect(m.title).toBe('The bridge is delayed again: what it means for you');
    expect(m.published).toBe('2024-03-05');
    expect(m.byline).toBe('Jane Roe');
  });

  it('an h1 that agrees with nothing (a section name) leaves the metadata title', () => {
    expect(pickHeadline([{ text: 'Our Blog' }], 'Actuary’s Industry Choice - Consulting or Insurance?', null)).toBeNull();
    expect(pickHeadline([{ text: 'Riverside Post' }, { text: 'Bridge delayed' }], 'Bridge delayed again', 'Riverside Post')?.text).toBe('Bridge delayed');
  });

  it('a date in the story is not taken for the page date', () => {
    const m = meta(`<head><meta property="article:published_time" content="2024-01-02"></head><body><article><h1>Bridge delayed</h1>
      <p>On March 5, 2021 the council first discussed the bridge, and residents have waited for a decision ever since, the chair said on Tuesday evening at the town hall.</p>${BODY}</article></body>`);
    expect(m.published).toBe('2024-01-02');
  });
});

describe('visible bylines', () => {
  it('reads the texts of separate elements with a space between them', () => {
    const html = `<html><body><div class="byline"><span>Harry Rabinowitz</span><span>Tech Reporter</span><time>30 Sep 2022</time></div></body></html>`;
    const { document, close } = documentFromHtml(html);
    try {
      expect(spacedText(document.querySelector('.byline')!)).toBe('Harry Rabinowitz Tech Reporter 30 Sep 2022');
    } finally {
      close();
    }
    expect(meta(html).byline).toBe('Harry Rabinowitz Tech Reporter 30 Sep 2022');
  });
  it('a source whose byline is not a name leaves the next source to answer', () => {
    const m = meta(`<html><head><meta name="author" content="page.head.extra.author"></head><body>
      <article><h1>Bridge delayed again</h1><p class="byline">By Jane Roe</p>${BODY}</article></body></html>`);
    expect(m.byline).toBe('By Jane Roe');
  });
});

describe('the article’s metadata', () => {
  it('title without the site suffix, byline without "by", ISO date', () => {
    const html = `<html><head><title>Bridge delayed again | Riverside Post</title><meta property="og:site_name" content="Riverside Post">
      <meta name="author" content="By Jane Roe"><meta property="article:published_time" content="2024-03-05T21:10:00-05:00"></head>
      <body><article>${BODY}</article></body></html>`;
    const { document, close } = documentFromHtml(html, 'https://riverside.example/news/bridge');
    const r = extract(document, {});
    close();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.title).toBe('Bridge delayed again');
    expect(r.article.byline).toBe('Jane Roe');
    expect(r.article.published).toBe('2024-03-05T21:10:00-05:00');
    expect(r.article.siteName).toBe('Riverside Post');
  });
});
