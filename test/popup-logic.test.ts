import { describe, expect, test, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { forbiddenByError, forbiddenByUrl } from '../extension/popup/forbidden';
import { languageName, publishedDate, readingTime, wordCount } from '../extension/popup/facts';
import { checkRule, normalizeSite } from '../extension/options/validate';
import { DEFAULT_SETTINGS } from '../extension/shared/settings';

vi.mock('../extension/shared/browser', () => ({ default: {} }));
const { normalizeSettings } = await import('../extension/shared/storage');

/** The popup's and options page's pure decisions: which pages are off limits, how facts read, what a valid rule is. */
describe('forbidden pages', () => {
  test.each([
    'chrome://settings/',
    'chrome://newtab/',
    'edge://extensions/',
    'about:blank',
    'about:addons',
    'view-source:https://example.com/',
    'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
    'https://chromewebstore.google.com/detail/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/x/',
    'https://microsoftedge.microsoft.com/addons/detail/x',
    'moz-extension://1234/popup.html',
  ])('%s is recognised from its URL', (url) => {
    expect(forbiddenByUrl(url)).toMatch(/\S/);
  });

  test('the PDF viewer and stores get their own reasons', () => {
    expect(forbiddenByUrl('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toMatch(/PDF/);
    expect(forbiddenByUrl('https://addons.mozilla.org/')).toMatch(/add-on stores/);
  });

  test.each(['https://example.com/', 'http://127.0.0.1:8080/a.html', 'https://chrome.google.com/search', 'file:///home/me/a.html', undefined, 'not a url'])(
    '%s is not forbidden by URL alone',
    (url) => expect(forbiddenByUrl(url)).toBeNull(),
  );

  test('injection errors map to reasons; other errors stay errors', () => {
    expect(forbiddenByError('Cannot access a chrome:// URL', undefined)).toMatch(/does not let extensions/);
    expect(forbiddenByError('The extensions gallery cannot be scripted.', 'https://chromewebstore.google.com/')).toMatch(/add-on stores/);
    expect(forbiddenByError('Cannot access contents of url "file:///a.html". Extension manifest must request permission to access this host.', 'file:///a.html')).toMatch(/Allow access to file URLs/);
    expect(forbiddenByError('Cannot access contents of the page.', 'https://example.com/doc.pdf')).toMatch(/PDF/);
    expect(forbiddenByError('Missing host permission for the tab', 'https://example.com/')).toMatch(/does not let extensions/);
    expect(forbiddenByError('The page took too long to answer.', 'https://example.com/')).toBeNull();
    expect(forbiddenByError('No tab with id: 5.', 'https://example.com/')).toBeNull();
  });
});

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

describe('user rules', () => {
  const doc = new JSDOM('').window.document;
  test('valid rules, with the site normalised', () => {
    expect(checkRule('selector', ' .promo ', '', doc)).toEqual({ ok: true, rule: { selector: '.promo' } });
    expect(checkRule('selector', 'aside[data-x="1"] > p', 'https://www.Example.com/news', doc)).toEqual({ ok: true, rule: { selector: 'aside[data-x="1"] > p', site: 'www.example.com' } });
    expect(checkRule('pattern', '/^sponsored by/i', '*.example.co.uk', doc)).toEqual({ ok: true, rule: { pattern: '/^sponsored by/i', site: '*.example.co.uk' } });
    expect(checkRule('pattern', 'Support our journalism', 'localhost:8080', doc)).toEqual({ ok: true, rule: { pattern: 'Support our journalism', site: 'localhost' } });
  });

  test('invalid rules say what is wrong and where', () => {
    expect(checkRule('selector', 'div[', '', doc)).toMatchObject({ ok: false, field: 'value', message: expect.stringContaining('not a valid CSS selector') });
    expect(checkRule('selector', '', '', doc)).toMatchObject({ ok: false, field: 'value' });
    expect(checkRule('pattern', '/a(/', '', doc)).toMatchObject({ ok: false, field: 'value', message: expect.stringContaining('Not a valid regular expression') });
    expect(checkRule('pattern', '/abc/q', '', doc)).toMatchObject({ ok: false, field: 'value' });
    expect(checkRule('selector', '.x', 'exa mple.com', doc)).toMatchObject({ ok: false, field: 'site' });
    expect(checkRule('selector', 'x'.repeat(1001), '', doc)).toMatchObject({ ok: false, field: 'value' });
    expect(normalizeSite('-bad-.com')).toBeNull();
  });
});

describe('stored settings', () => {
  test('anything unusable falls back to the default, field by field', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('junk')).toEqual(DEFAULT_SETTINGS);
    const s = normalizeSettings({ theme: 'neon', font: 'sans', fontSize: 500, lineWidth: Number.NaN, exportFormat: 'pdf', includeMetadata: 'yes', rules: 'no' });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, font: 'sans', fontSize: 32 });
  });

  test('rules keep only well-formed entries', () => {
    const s = normalizeSettings({
      rules: [{ selector: '.a' }, { pattern: 'x', site: 'Example.COM' }, { selector: '.a', pattern: 'both' }, {}, null, 'str', { selector: '   ' }, { selector: 'y'.repeat(2000) }],
    });
    expect(s.rules).toEqual([{ selector: '.a' }, { pattern: 'x', site: 'example.com' }]);
  });
});
