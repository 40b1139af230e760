import { describe, expect, it } from 'vitest';
import { hostOf } from '../../../src/dom/url';
import { chooseByline, siteLabel } from '../../../src/metadata/byline';
import { BODY, meta } from './read';

const hostName = (url: string): string | null => siteLabel(hostOf(url));

describe('chooseByline', () => {
  it('a login in the metadata gives way to a full name on the page', () => {
    expect(chooseByline(['andrew.keaveney', null, 'Denise Everheart'], null)).toBe('Denise Everheart');
    expect(chooseByline(['kffnirmitap', 'Nirmita Panchal'], null)).toBe('Nirmita Panchal');
  });
  it('a one-word byline stays when nothing better is shown', () => {
    expect(chooseByline(['jsteinhardt', null], null)).toBe('jsteinhardt');
    expect(chooseByline(['Newsdesk', 'Jane Roe'], null)).toBe('Newsdesk');
  });
  it('the site name is not a byline, nor a trailing ", Site"', () => {
    expect(chooseByline(['Riverside Post', 'Jane Roe'], 'Riverside Post')).toBe('Jane Roe');
    expect(chooseByline(['Jane Roe and John Doe, The Commercial Appeal'], 'The Commercial Appeal')).toBe('Jane Roe and John Doe');
    expect(chooseByline(['Jane Roe, Reporter'], 'The Commercial Appeal')).toBe('Jane Roe, Reporter');
  });
  it('the same name with credentials or a title in another source wins', () => {
    expect(chooseByline(['Vanessa Mendez', 'Vanessa Mendez, MD'], null)).toBe('Vanessa Mendez, MD');
    expect(chooseByline(['Michael Greger', 'By Michael Greger, M.D. FACLM'], null)).toBe('By Michael Greger, M.D. FACLM');
    expect(chooseByline(['Andrew Huberman', 'Dr. Andrew Huberman'], null)).toBe('Dr. Andrew Huberman');
    expect(chooseByline(['Vanessa Mendez', 'Vanessa Mendez, Riverside Post'], null)).toBe('Vanessa Mendez');
    expect(chooseByline(['Vanessa Mendez', 'Vanessa Mendezova'], null)).toBe('Vanessa Mendez');
  });
  it('the site named by its host gives way to a person, and answers when no one else does', () => {
    expect(hostName('https://www.buzzsprout.com/blog/x')).toBe('buzzsprout');
    expect(hostName('https://us.3itech.com/blogs/news')).toBe('3itech');
    expect(hostName('https://www.example.co.uk/a')).toBe('example');
    expect(chooseByline(['Buzzsprout', 'Alban Brooke'], null, 'buzzsprout')).toBe('Alban Brooke');
    expect(chooseByline(['Buzzsprout'], null, 'buzzsprout', () => 'By Alban Brooke')).toBe('By Alban Brooke');
    expect(chooseByline(['Buzzsprout'], null, 'buzzsprout', () => null)).toBe('Buzzsprout');
    expect(chooseByline(['Jane Roe'], null, 'buzzsprout', () => 'By Alban Brooke')).toBe('Jane Roe');
    // A personal site: the host is the writer's name, and the site's name is the publication's.
    expect(chooseByline(['Transfer Orbit'], 'Transfer Orbit', 'andrewliptak', () => 'Andrew Liptak')).toBe('Andrew Liptak');
    expect(chooseByline(['HomeAdvisor'], 'Home Advisor', 'homeadvisor', () => null)).toBe('HomeAdvisor');
  });
  it('the same first name followed by more writers in another source wins', () => {
    expect(chooseByline(['Moses Kim', 'Moses Kim and Kate Shokurova'], null)).toBe('Moses Kim and Kate Shokurova');
    expect(chooseByline(['Rui Ma', 'Rui Ma, Heba Ledwon & Suparn Patra'], null)).toBe('Rui Ma, Heba Ledwon & Suparn Patra');
    expect(chooseByline(['Moses Kim', 'Moses Kim and friends'], null)).toBe('Moses Kim');
    expect(chooseByline(['Moses Kim', 'Moses Kim, Riverside Post'], 'Riverside Post')).toBe('Moses Kim');
    expect(chooseByline(['Emily Baron Cadloff', 'Emily Baron Cadloff, Modern Farmer'], 'Modern Farmer Magazine')).toBe('Emily Baron Cadloff');
  });
  it('a printed byline names every writer of a list that ends in "and" or "&"', () => {
    const shown = (line: string) => meta(`<head><meta name="author" content="Moses Kim"></head><body><article><h1>Bridge delayed again</h1><p>${line}</p>${BODY}</article></body>`).byline;
    expect(shown('Written by <a href="/a">Moses Kim and Kate Shokurova</a>')).toBe('Moses Kim and Kate Shokurova');
    expect(shown('By Moses Kim, Ann Poe &amp; Kate Shokurova')).toBe('Moses Kim, Ann Poe & Kate Shokurova');
    expect(shown('By Moses Kim, Staff Writer')).toBe('Moses Kim');
    expect(shown('By Moses Kim and Associates')).toBe('Moses Kim');
  });
  it('writers linked side by side in the byline join the one the metadata names', () => {
    const page = (box: string) => meta(`<head><meta name="author" content="Rui Ma"></head><body><article><h1>Bridge delayed again</h1>${box}${BODY}</article></body>`).byline;
    const a = (slug: string, name: string) => `<a href="https://example.org/author/${slug}/">${name}</a>`;
    expect(page(`<div><div>${a('ruima', 'Rui Ma')}<span>, </span>${a('heba', 'Heba Ledwon')}<span> &amp;</span> ${a('suparn', 'Suparn Patra')}</div></div>`)).toBe('Rui Ma, Heba Ledwon, Suparn Patra');
    expect(page(`<div>Written by: <ul><li>${a('ruima', 'Rui Ma')}</li><li>${a('heba', 'Heba Ledwon')}</li></ul></div>`)).toBe('Rui Ma, Heba Ledwon');
    // An editor or reviewer credited beside the writer, a second link to the same writer, a list of all writers.
    expect(page(`<p>Written by ${a('ruima', 'Rui Ma')} | Edited by ${a('heba', 'Heba Ledwon')}</p>`)).toBe('Rui Ma');
    expect(page(`<p>${a('ruima', 'Rui Ma')} ${a('ruima', 'Author’s Profile')}</p>`)).toBe('Rui Ma');
    expect(page(`<aside><h3>Our writers</h3><p>${a('ruima', 'Rui Ma')}, ${a('heba', 'Heba Ledwon')}, ${'and many more who write for us every week about bridges. '.repeat(8)}</p></aside>`)).toBe('Rui Ma');
  });
  it('the "Written by" card metadata answers only when the page names no one', () => {
    const card = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Nawaz Dhandala"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">';
    expect(meta(`<head>${card}</head><body><article><h1>Bridge delayed again</h1>${BODY}</article></body>`).byline).toBe('Nawaz Dhandala');
    expect(meta(`<head>${card}</head><body><article><h1>Bridge delayed again</h1><span class="author-name">Jane Roe</span>${BODY}</article></body>`).byline).toBe('Jane Roe');
    expect(meta(`<head><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes"></head><body>${BODY}</body>`).byline).toBeNull();
  });
  it('citation_authors (the plural some journals use) counts as citation_author', () => {
    const m = meta(`<head><meta name="citation_authors" content="Jennifer Huberty"><meta name="citation_authors" content="Jeni Green"></head><body>${BODY}</body>`);
    expect(m.byline).toBe('Jennifer Huberty, Jeni Green');
  });
  it('every citation_author of a scholarly page, not only the first', () => {
    const m = meta(`<head><meta name="author" content="Aditya Mahindru"><meta name="citation_author" content="Aditya Mahindru">
      <meta name="citation_author" content="Pradeep Patil"><meta name="citation_author" content="Varun Agrawal"></head><body>${BODY}</body>`);
    expect(m.byline).toBe('Aditya Mahindru, Pradeep Patil, Varun Agrawal');
    const one = meta(`<head><meta name="author" content="Aditya Mahindru"><meta name="citation_author" content="Mahindru, A."></head><body>${BODY}</body>`);
    expect(one.byline).toBe('Aditya Mahindru');
  });
});
