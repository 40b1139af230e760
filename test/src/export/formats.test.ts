import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, EXPORT_FORMAT_IDS, EXPORT_FORMAT_ALIASES, exportFormatId } from '../../../src/export/formats';

/** The one registry of export formats that the popup, the reader and the CLI read. */

describe('export registry', () => {
  it('every id has exactly one entry, under its own id, with a file extension and a MIME type', () => {
    expect(Object.keys(EXPORT_FORMATS)).toEqual([...EXPORT_FORMAT_IDS]);
    for (const id of EXPORT_FORMAT_IDS) {
      const f = EXPORT_FORMATS[id];
      expect(f.id).toBe(id);
      expect(f.extension).toMatch(/^[a-z0-9]{1,8}$/);
      expect(f.mime).toMatch(/^[a-z]+\/[a-z0-9.+-]+;charset=utf-8$/);
      expect(f.name).toMatch(/\S/);
      expect(f.summary).toMatch(/\S/);
    }
    // An alias never shadows an id, and always names one.
    for (const [alias, id] of Object.entries(EXPORT_FORMAT_ALIASES)) {
      expect(EXPORT_FORMAT_IDS).not.toContain(alias);
      expect(EXPORT_FORMAT_IDS).toContain(id);
    }
  });

  it('resolves ids and aliases in any case, and nothing else', () => {
    expect(exportFormatId('md')).toBe('md');
    expect(exportFormatId(' HTML ')).toBe('html');
    expect(exportFormatId('markdown')).toBe('md');
    expect(exportFormatId('Text')).toBe('txt');
    for (const bad of ['', 'json', 'pdf', 'constructor', '__proto__', 'toString']) expect(exportFormatId(bad)).toBeNull();
  });
});
