import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { extract } from '../../../src/index';
import { pickHeadline } from '../../../src/metadata/headline';
import { spacedText } from '../../../src/metadata/byline-text';
import { BODY, meta } from './read';

describe('readMetadata', () => {
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

  describe('a <title> that is only the site\'s name loses to the h1 holding the article\'s title', () => {
    const H1 = 'Why I switched back to a paper notebook';
    it('the name as a link to the home page (a personal blog\'s header)', () => {
      const m = meta(`<head><title>Marginalia</title></head><body><header><a href="/">Marginalia</a></header>
        <article><h1>${H1}</h1>${BODY}</article></body>`);
      expect(m.title).toBe(H1);
    });
    it('the name the page states (a podcast\'s og:site_name), with the same name as a header h1 first', () => {
      const m = meta(`<head><title>The Long Listen</title><meta property="og:site_name" content="The Long Listen"></head>
        <body><h1>The Long Listen</h1><article><h1>Episode 12: ${H1}</h1>${BODY}</article></body>`);
      expect(m.title).toBe(`Episode 12: ${H1}`);
    });
    it('the name of the address', () => {
      const m = meta(`<head><title>Joe's Blog</title></head><body><article><h1>${H1}</h1>${BODY}</article></body>`, 'https://joesblog.example/2024/notebook');
      expect(m.title).toBe(H1);
    });
    it('not a title that names the article, nor one that is another site\'s name', () => {
      expect(meta(`<head><title>Bridge delayed again</title></head><body><header><a href="/">Riverside Post</a></header>
        <h1>Our Blog</h1>${BODY}</body>`).title).toBe('Bridge delayed again');
      expect(meta(`<head><title>Marginalia</title></head><body><p>Found via <a href="https://marginalia.example/">Marginalia</a></p>
        <h1>${H1}</h1>${BODY}</body>`).title).toBe('Marginalia');
    });
  });

  it('a date in the story is not taken for the page date', () => {
    const m = meta(`<head><meta property="article:published_time" content="2024-01-02"></head><body><article><h1>Bridge delayed</h1>
      <p>On March 5, 2021 the council first discussed the bridge, and residents have waited for a decision ever since, the chair said on Tuesday evening at the town hall.</p>${BODY}</article></body>`);
    expect(m.published).toBe('2024-01-02');
  });
});

describe('readMetadata: which date', () => {
  const head = (extra: string) => `<head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Bridge delayed again","datePublished":"2023-02-01T10:00:00+00:00","dateModified":"2025-06-18T10:00:00+00:00"}</script>${extra}</head>`;
  it('an "Updated" date beside the headline gives way to the first publication in the metadata', () => {
    const m = meta(`${head('')}<body><article><h1>Bridge delayed again</h1><div>By Jane Roe · Updated June 18, 2025</div>${BODY}</article></body>`);
    expect(m.published!.slice(0, 10)).toBe('2023-02-01');
  });
  it('a date beside the headline without an update label still wins', () => {
    const m = meta(`${head('')}<body><article><h1>Bridge delayed again</h1><div>By Jane Roe · June 18, 2025</div>${BODY}</article></body>`);
    expect(m.published!.slice(0, 10)).toBe('2025-06-18');
  });
  it('an "Updated" date is still taken when the metadata names no publication', () => {
    const m = meta(`<body><article><h1>Bridge delayed again</h1><div>Updated June 18, 2025</div>${BODY}</article></body>`);
    expect(m.published!.slice(0, 10)).toBe('2025-06-18');
  });
  it('the date in the URL path comes first', () => {
    const m = meta(`${head('<link rel="canonical" href="/2021/01/18/bridge">')}<body><article><h1>Bridge delayed again</h1>${BODY}</article></body>`);
    expect(m.published).toBe('2021-01-18');
    const none = meta(`${head('<link rel="canonical" href="/news/bridge">')}<body><article><h1>Bridge delayed again</h1>${BODY}</article></body>`);
    expect(none.published!.slice(0, 10)).toBe('2023-02-01');
  });
  it('a metadata date that cannot be read leaves the next source to answer', () => {
    const m = meta(`<head><meta property="article:published_time" content="sometime last week">
      <meta name="citation_publication_date" content="2019/1/22"></head><body>${BODY}</body>`);
    expect(m.published).toBe('2019-01-22');
  });
  it('with nothing else, a labelled date anywhere on the page', () => {
    const m = meta(`<body><main>${BODY}</main><footer><p>Content current as of: 09/25/2025</p></footer></body>`);
    expect(m.published).toBe('2025-09-25');
  });
  it('but not a date inside a paragraph of the story', () => {
    const long = `<p>The council first met on March 5, 2021, and residents have waited for a decision on the bridge ever since, the chair said at the town hall on Tuesday evening, with more than a hundred people listening in.</p>`;
    expect(meta(`<body><main>${BODY}${long}</main></body>`).published).toBeNull();
  });
  it('a date printed in the byline element, when no other source has one', () => {
    expect(meta(`<body><article><div class="author-name">Luke Kim December 17, 2025</div>${BODY}</article></body>`).published).toBe('2025-12-17');
    expect(meta(`<body><article><div class="author-name">Luke Kim</div>${BODY}</article></body>`).published).toBeNull();
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

describe('bylines from markup classes', () => {
  it.each([
    ['<div class="post_author">Oleg Parashchak</div>', 'Oleg Parashchak'],
    ['<span class="author_name">Denise Everheart</span>', 'Denise Everheart'],
    ['<h4 class="elementor-author-box__name">Liz Kenny</h4>', 'Liz Kenny'],
    ['<div class="text__author">Shauna Mitchell</div>', 'Shauna Mitchell'],
  ])('%s', (html, want) => expect(meta(`<body><article><h1>Bridge delayed again</h1>${BODY}${html}</article></body>`).byline).toBe(want));
  it('a biography box or a commenter is not the byline', () => {
    expect(meta(`<body><article><h1>Bridge delayed again</h1>${BODY}<div class="author-bio">Jane Roe writes about bridges.</div></article></body>`).byline).toBeNull();
    expect(meta(`<body><article><h1>Bridge delayed again</h1>${BODY}</article><ol class="comments"><li><span class="comment-author-name">Pat Doe</span></li></ol></body>`).byline).toBeNull();
  });
  it('an "author-info" box counts only when it holds no more than a name', () => {
    const page = (inner: string) => meta(`<body><article><h1>Bridge delayed again</h1><div class="author-info"><img alt=""> ${inner}</div>${BODY}</article></body>`).byline;
    expect(page('<span>Denise Everheart</span>')).toBe('Denise Everheart');
    expect(page('<span>Denise Everheart is a freelance writer and a life-long meditator who lives in Ohio.</span>')).toBeNull();
  });
  it('an element whose text is not a name leaves the next one to answer', () => {
    const m = meta(`<body><article><h1>Bridge delayed again</h1><span class="author-name">Author</span><span class="post-author">Jane Roe</span>${BODY}</article></body>`);
    expect(m.byline).toBe('Jane Roe');
  });
});

describe('"by" beside the headline', () => {
  it('starts a line or follows a separator or a date, not a filter label', () => {
    const byline = (line: string) => meta(`<body><article><h1>Bridge delayed again</h1><div>${line}</div>${BODY}</article></body>`).byline;
    expect(byline('Last updated March 3, 2025 by Erik Demaine.')).toBe('Erik Demaine.');
    expect(byline('News · By Jane Roe')).toBe('Jane Roe');
    expect(byline('Reviewed by Justin C. Meserole, Trial Attorney')).toBe('Justin C. Meserole');
    expect(byline('Filter By Event Type')).toBeNull();
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
