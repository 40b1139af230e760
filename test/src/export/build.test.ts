import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../../src/index';
import { buildExport, exportFile } from '../../../src/export/build';
import { EXPORT_FORMAT_IDS } from '../../../src/export/formats';
import { exportHtml, exportMarkdown, exportText } from '../../../src/export/index';

/** The files the registry's formats build: what the popup, the reader and the CLI save. */
const SEED = readFileSync(join(__dirname, '../../../samples/seed-article.html'), 'utf8');
const URL_ = 'https://www.algemeiner.com/x';

function seedArticle() {
  const r = extract(new JSDOM(SEED, { url: URL_ }).window.document, { url: URL_ });
  if (!r.ok) throw new Error(r.error.message);
  return r.article;
}

describe('export builders', () => {
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
