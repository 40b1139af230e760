import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../../node/document';
import { bylineAnywhere, dateAnywhere } from '../../../../src/metadata/sources/anywhere';
import { BODY } from '../read';

describe('bylineAnywhere: the last resort', () => {
  const find = (html: string): string | null => {
    const { document, close } = documentFromHtml(`<body>${html}</body>`);
    try {
      return bylineAnywhere(document.body);
    } finally {
      close();
    }
  };
  it.each([
    [`<header><p>By <a href="/a/kimber">Kimber Streams</a></p></header>${BODY}`, 'Kimber Streams'],
    [`${BODY}<footer><p>Posted by Colin Watson on 2025-12-18 in debusine.</p></footer>`, 'Colin Watson'],
    [`<div><span>Article by</span><span>Matias Heikkilä</span></div>${BODY}`, 'Matias Heikkilä'],
    [`<div><p>Author</p><p>Lisa D. Ellis</p></div>${BODY}`, 'Lisa D. Ellis'],
    [`<p>This post was written by Vanessa Mendez, MD, gastroenterologist, Parkview Health. Diet is one of the most important things.</p>${BODY}`, 'Vanessa Mendez, MD'],
  ])('%#', (html, want) => expect(find(html)).toBe(want));
  it('not "by" inside a sentence, a lowercase word, or a commenter', () => {
    expect(find(`${BODY}<p>The report, prepared by the council, was published on Tuesday.</p>`)).toBeNull();
    expect(find(`<p>By clicking subscribe you agree to our terms.</p>${BODY}`)).toBeNull();
    expect(find(`${BODY}<ol class="comment-list"><li><p>Posted by Pat Doe</p></li></ol>`)).toBeNull();
    expect(find(`<nav><ul><li><a href="/e">By Event Type</a></li><li><a href="/s">By Company Size</a></li></ul></nav>${BODY}`)).toBeNull();
    expect(find(`<ul class="mega-menu"><li><a href="/e">By Event Type</a></li></ul>${BODY}<p>By Jane Roe</p>`)).toBe('Jane Roe');
    // A "menu" class on a page wrapper does not hide the byline inside it.
    expect(find(`<div class="has-menu">${BODY}<p>By Jane Roe</p></div>`)).toBe('Jane Roe');
  });
});

describe('dateAnywhere: the last resort for a date', () => {
  it('a date in its own text node inside a long block still counts near the top', () => {
    const { document, close } = documentFromHtml(`<body><fieldset><legend>Advent of Code week 2</legend>20 December 2025${BODY}</fieldset></body>`);
    expect(dateAnywhere(document.body)).toBe('2025-12-20');
    close();
  });
  it('dateAnywhere: an unlabelled date only near the top of the body', () => {
    const { document, close } = documentFromHtml(`<body><div>20 December 2025</div>${BODY}</body>`);
    expect(dateAnywhere(document.body)).toBe('2025-12-20');
    close();
    const far = documentFromHtml(`<body>${BODY.repeat(4)}<div>20 December 2025</div></body>`);
    expect(dateAnywhere(far.document.body)).toBeNull();
    far.close();
  });
});
