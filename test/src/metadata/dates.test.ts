import { describe, expect, it } from 'vitest';
import { datesInLine, pickShown, urlDate } from '../../../src/metadata/dates';

describe('urlDate: /YYYY/MM/DD/ in the path', () => {
  it.each([
    ['https://blog.example/2025/12/19/what-people-love', '2025-12-19'],
    ['https://example.org/2021/1/8/', '2021-01-08'],
    ['https://example.org/blog/2025-12-17-the-pilot-has-landed', '2025-12-17'],
    ['https://example.org/pub/20230410-homelab-4/index.html', '2023-04-10'],
    ['https://example.org/books/2025/dec/05/best-books', '2025-12-05'],
    ['https://example.org/blog/2023/october/03/wine/', '2023-10-03'],
  ])('%s', (url, want) => expect(urlDate(url)).toBe(want));
  it.each([
    ['https://example.org/2025/13/01/x'],
    ['https://example.org/archive/2025/12/'],
    ['https://example.org/id/2025121999'],
    ['https://example.org/item/20251399-x'],
    ['https://example.org/2025/foo/05/'],
    ['not a url'],
  ])('no date in %s', (url) => expect(urlDate(url)).toBeNull());
});

describe('shown dates: an update label is noticed', () => {
  it('marks "Updated on" dates', () => {
    expect(datesInLine('By Mirel ZamanUpdated on June 18, 2025 at 12:35 PM')).toEqual([{ date: '2025-06-18', updated: true }]);
    expect(datesInLine('Posted on March 5, 2024')).toEqual([{ date: '2024-03-05', updated: false }]);
  });
  it('prefers a publication date to an update in the same header', () => {
    expect(pickShown(['Published May 3, 2024 · Updated June 1, 2025'])).toEqual({ date: '2024-05-03', updated: false });
    expect(pickShown(['Last updated: June 1, 2025'])).toEqual({ date: '2025-06-01', updated: true });
  });
});
