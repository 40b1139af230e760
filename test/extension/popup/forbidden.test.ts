import { describe, expect, test } from 'vitest';
import { forbiddenByError, forbiddenByUrl } from '../../../extension/popup/forbidden';

/** The popup's decision which pages are off limits, from the address or from the browser's error. */
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
