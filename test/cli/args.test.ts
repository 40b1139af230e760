import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../../cli/args';

/** The command line's --format: the registry's ids, the older names as aliases, anything else a usage error. */
describe('--format', () => {
  it('takes the export registry ids and json; txt is the default', () => {
    expect(parseCli([]).format).toBe('txt');
    for (const f of ['txt', 'md', 'html', 'json'] as const) expect(parseCli(['--format', f]).format).toBe(f);
    expect(parseCli(['-f', 'MD']).format).toBe('md');
  });

  it('still accepts the names scripts used before (text, markdown)', () => {
    expect(parseCli(['--format', 'text']).format).toBe('txt');
    expect(parseCli(['--format=markdown']).format).toBe('md');
    expect(parseCli(['-f', 'Markdown']).format).toBe('md');
  });

  it('names the valid formats when given another', () => {
    expect(() => parseCli(['--format', 'xml'])).toThrow(UsageError);
    expect(() => parseCli(['--format', 'xml'])).toThrow('Unknown format "xml": use one of txt, md, html, json.');
    expect(() => parseCli(['--format', 'toString'])).toThrow(UsageError);
    expect(() => parseCli(['--format', '__proto__'])).toThrow(UsageError);
  });
});
