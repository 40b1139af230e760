import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../../src/index';
import { buildExport, EXPORT_FORMATS, EXPORT_FORMAT_IDS, EXPORT_FORMAT_ALIASES, exportFile, exportFormatId } from '../../../src/export/formats';
import { exportHtml, exportMarkdown, exportText } from '../../../src/export/index';

/** The one registry of export formats that the popup, the reader and the CLI read. */
const SEED = readFileSync(join(__dirname, '../../../samples/seed-article.html'), 'utf8');
const URL_ = 'https://www.algemeiner.com/x';

function seedArticle() {
  const r = extract(new JSDOM(SEED, { url: URL_ }).window.document, { url: URL_ });
  if (!r.ok) throw new Error(r.error.message);
  return r.article;
}

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

  it('builds the three files with safe names, types, and the metadata setting honoured', () => {
    const article = seedArticle();
    const txt = exportFile(article, '# md', 'txt', { url: URL_, includeMetadata: true });
    expect(txt.name).toBe('Defections Challenge Hamas’ Cooperation With ISIS.txt');
    expect(txt.type).toBe('text/plain;charset=utf-8');
    expect(txt.text).toMatch(/^Title: Defections/);
    expect(txt.text).toBe(exportText(article, { url: URL_ }));
    expect(exportFile(article, '# md', 'md', { url: URL_, includeMetadata: false }).text).toBe('# md\n');
    expect(exportFile(article, '# md', 'md', { url: URL_ }).text).toBe(exportMarkdown(article, '# md', { url: URL_ }));
    const html = exportFile(article, '', 'html', { url: URL_, includeMetadata: true });
    expect(html.name).toBe('Defections Challenge Hamas’ Cooperation With ISIS.html');
    expect(html.type).toBe('text/html;charset=utf-8');
    expect(html.text).toContain('Content-Security-Policy');
    expect(html.text).toBe(exportHtml(article, { url: URL_, includeMetadata: true }));
    for (const id of EXPORT_FORMAT_IDS) expect(exportFile(article, '# md', id, { url: URL_ }).text).toBe(buildExport(id, article, '# md', { url: URL_ }));
  });
});
