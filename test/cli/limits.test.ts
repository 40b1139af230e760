import { describe, expect, it } from 'vitest';
import { DEFAULTS, defaultLimits, formatBytes, formatSeconds, limitMessage, parseBytes, parseCount, parseDuration } from '../../cli/limits';

/** cli/limits.ts: the values the limit options take, and the messages naming each limit. */
describe('limit values', () => {
  it('sizes in bytes, KB, MB, GB (binary units, as printed)', () => {
    expect(parseBytes('1048576')).toBe(1048576);
    expect(parseBytes('500k')).toBe(500 * 1024);
    expect(parseBytes('50MB')).toBe(50 * 1024 ** 2);
    expect(parseBytes('1.5 GB')).toBe(1.5 * 1024 ** 3);
    for (const bad of ['', 'MB', '-1', '0', '12 parsecs', '1e6']) expect(parseBytes(bad), bad).toBeNull();
  });

  it('counts with separators or k/m', () => {
    expect(parseCount('60000')).toBe(60000);
    expect(parseCount('60,000')).toBe(60000);
    expect(parseCount('120k')).toBe(120000);
    for (const bad of ['', 'many', '-3', '0']) expect(parseCount(bad), bad).toBeNull();
  });

  it('durations in seconds by default, or ms, s, m', () => {
    expect(parseDuration('30')).toBe(30000);
    expect(parseDuration('2.5s')).toBe(2500);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('2m')).toBe(120000);
    for (const bad of ['', 'soon', '-1', '0']) expect(parseDuration(bad), bad).toBeNull();
  });

  it('the environment settings of earlier versions still apply', () => {
    expect(defaultLimits({})).toEqual(DEFAULTS);
    expect(defaultLimits({ TIDY_READER_MAX_BYTES: '1000', TIDY_READER_FETCH_TIMEOUT_MS: '5' })).toMatchObject({ maxBytes: 1000, fetchTimeoutMs: 5 });
  });
});

describe('limit messages', () => {
  it('name the limit, its value and the option that raises it', () => {
    expect(limitMessage.elements(62400, 60000)).toBe('This page has 62,400 elements, over the 60,000 limit; raise it with --max-elements.');
    expect(limitMessage.bytes(60 * 1024 ** 2, 50 * 1024 ** 2)).toBe('This page is 60 MB, over the 50 MB limit; raise it with --max-bytes.');
    expect(limitMessage.bytes(null, 50 * 1024 ** 2, true)).toBe('This page is larger than the 50 MB limit once uncompressed; raise it with --max-bytes.');
    expect(limitMessage.cpu(DEFAULTS)).toBe('Cleaning this page needed more than 10 s of CPU time, its budget (1/6 of the 60 s --timeout); raise it with --timeout.');
    expect(limitMessage.wall(DEFAULTS, 4200)).toBe('This page was stopped at the 60 s --timeout after 4.2 s of CPU time (the machine is busy); raise it with --timeout, or run fewer --jobs.');
  });

  it('print sizes and times readably', () => {
    expect([formatBytes(900), formatBytes(1536), formatBytes(1.5 * 1024 ** 2), formatBytes(3 * 1024 ** 3)]).toEqual(['900 bytes', '1.5 KB', '1.5 MB', '3 GB']);
    expect([formatSeconds(50), formatSeconds(1333.3), formatSeconds(30000)]).toEqual(['50 ms', '1.3 s', '30 s']);
  });
});
