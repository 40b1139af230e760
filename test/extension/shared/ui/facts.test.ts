// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { articleHeader, languageName, publishedDate, readingTime, wordCount } from '../../../../extension/shared/ui/facts';
import type { Article } from '../../../../src/index';

/** How the popup and the reader word an article's facts, and the header both build from them. */
describe('facts', () => {
  test('reading time, word count, date and language read naturally', () => {
    expect(readingTime(0.2)).toBe('1 min');
    expect(readingTime(7)).toBe('7 min');
    expect(wordCount(12345, 'en-US')).toBe('12,345');
    expect(publishedDate('2017-02-09', 'en-GB')).toBe('9 Feb 2017');
    expect(publishedDate('2017-02-09T08:35:00-05:00', 'en-US')).toMatch(/Feb 9, 2017/);
    expect(publishedDate('sometime', 'en-US')).toBe('sometime');
    expect(languageName('fr', 'en')).toBe('French (fr)');
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
  });
});

const ARTICLE: Article = {
  title: 'A <b>title</b>', byline: 'Ann <i>Writer</i>', siteName: 'The Site', published: '2017-02-09', lang: 'en-US', dir: 'ltr',
  excerpt: null, leadImage: null, wordCount: 1234, readingMinutes: 5.4, html: '<p>x</p>', text: 'x', removed: [],
};

describe('article header', () => {
  test('the reader: title, then the facts in one line, the date long in the article\'s language', () => {
    const head = articleHeader(document, ARTICLE, { layout: 'line', facts: ['site', 'date', 'reading'], dateStyle: 'long', locale: 'en-US' });
    expect(head.querySelector('h1.title')?.textContent).toBe('A <b>title</b>');
    expect([...head.querySelectorAll('.meta > *')].map((e) => e.textContent)).toEqual(['Ann <i>Writer</i>', 'The Site', 'February 9, 2017', '5 min read']);
    expect(head.querySelector('time.date')?.getAttribute('datetime')).toBe('2017-02-09');
    expect(head.querySelectorAll('b, i')).toHaveLength(0); // page strings are text only
  });

  test('the popup: each fact with its label, under the same test ids, the date medium', () => {
    const head = articleHeader(document, ARTICLE, { layout: 'chips', facts: ['site', 'date', 'reading', 'words', 'lang'], dateStyle: 'medium', locale: 'en-GB' });
    const byId = (id: string) => head.querySelector(`[data-testid="${id}"]`)?.textContent;
    expect(byId('title')).toBe('A <b>title</b>');
    expect(byId('byline')).toBe('Ann <i>Writer</i>');
    expect(byId('site')).toBe('The Site');
    expect(byId('date')).toBe('9 Feb 2017');
    expect(head.querySelector('time[data-testid="date"]')?.getAttribute('datetime')).toBe('2017-02-09');
    expect(byId('reading-time')).toBe('5 min');
    expect(byId('word-count')).toBe('1,234');
    expect(byId('language')).toMatch(/English \(en-US\)$/);
    expect([...head.querySelectorAll('dt')].map((e) => e.textContent)).toEqual(['By', 'Site', 'Published', 'Reading time', 'Words', 'Language']);
  });

  test('facts the article lacks are left out; an untitled article says so; a bad page locale falls back', () => {
    const bare = { ...ARTICLE, title: '', byline: null, siteName: null, published: null, lang: 'not a locale!' };
    const head = articleHeader(document, bare, { layout: 'chips', facts: ['site', 'date', 'reading'], dateStyle: 'long', locale: 'not a locale!' });
    expect(head.querySelector('h1')?.textContent).toBe('Untitled article');
    expect(head.querySelector('[data-testid="byline"]')).toBeNull();
    expect([...head.querySelectorAll('[data-fact]')].map((e) => (e as HTMLElement).dataset.fact)).toEqual(['reading']);
    expect(publishedDate('2017-02-09', 'not a locale!', 'long')).toMatch(/2017/);
  });
});
