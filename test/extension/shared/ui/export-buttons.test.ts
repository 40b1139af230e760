// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_IDS, exportFile } from '../../../../src/index';
import { safeFragment } from '../../../../extension/shared/sink';
import { exportButtons, markDefaultFormat, type ExportContext } from '../../../../extension/shared/ui/export-buttons';
import { RestorableArticle } from '../../../../extension/shared/ui/restorable-article';
import { SEED_URL, seedArticle } from './seed';

/**
 * The Copy and Download buttons of the popup and the reader: made from the export registry, and a
 * Copy button copies exactly what its format's Download button saves.
 */
const article = seedArticle();
let copied: string[] = [];
let clipboardWorks = true;

beforeEach(() => {
  copied = [];
  clipboardWorks = true;
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (t: string) => (clipboardWorks ? void copied.push(t) : Promise.reject(new Error('denied'))) },
  });
  document.execCommand = () => false;
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

function setup(includeMetadata = true, restored: number[] = []) {
  const view = new RestorableArticle(article, document.createElement('div'), safeFragment, restored);
  const said: [string, boolean | undefined][] = [];
  const ctx: ExportContext = { source: () => view.current(), url: () => SEED_URL, includeMetadata: () => includeMetadata, parent: document.body, say: (m, bad) => said.push([m, bad]) };
  return { view, said, ...exportButtons(document, ctx) };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('export buttons', () => {
  it('one Copy button per copyable format and one Download button per format, from the registry', () => {
    const { copy, download } = setup();
    expect(copy.map((b) => [b.dataset.action, b.textContent])).toEqual([['copy-txt', 'Copy text'], ['copy-md', 'Copy Markdown']]);
    expect(download.map((b) => [b.dataset.testid, b.textContent])).toEqual(EXPORT_FORMAT_IDS.map((id) => [`download-${id}`, `.${id}`]));
  });

  it('Copy copies what Download saves, metadata header included when the setting is on', async () => {
    for (const includeMetadata of [true, false]) {
      copied = [];
      const { view, copy, said } = setup(includeMetadata);
      const { markdown } = view.current();
      copy[0].click();
      copy[1].click();
      await flush();
      expect(copied).toEqual([
        exportFile(article, markdown, 'txt', { url: SEED_URL, includeMetadata }).text,
        exportFile(article, markdown, 'md', { url: SEED_URL, includeMetadata }).text,
      ]);
      expect(copied[0].startsWith('Title: ')).toBe(includeMetadata);
      expect(copied[1].startsWith('---\n')).toBe(includeMetadata);
      expect(said).toEqual([['Copied the text.', false], ['Copied the Markdown.', false]]);
    }
  });

  it('copies the article as it reads now, restored blocks included', async () => {
    const related = article.removed.find((r) => r.kind === 'related' && r.html)!;
    const { copy } = setup(true, [related.id]);
    copy[0].click();
    await flush();
    expect(copied[0]).toContain('The Americans, the Kurds');
  });

  it('says so when the browser blocks the clipboard', async () => {
    clipboardWorks = false;
    const { copy, said } = setup();
    copy[0].click();
    await flush();
    expect(copied).toEqual([]);
    expect(said).toEqual([['Copying was blocked by the browser.', true]]);
  });

  it('Download saves the registry file through a link, named after the title', () => {
    const urls: string[] = [];
    URL.createObjectURL = () => (urls.push('blob:x'), 'blob:x');
    URL.revokeObjectURL = () => undefined;
    const clicked: { name: string; href: string }[] = [];
    const grab = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      clicked.push({ name: a.download, href: a.getAttribute('href') ?? '' });
      e.preventDefault();
    };
    document.body.addEventListener('click', grab);
    try {
      const { download, said } = setup();
      download[2].click();
      expect(clicked).toEqual([{ name: 'Defections Challenge Hamas’ Cooperation With ISIS.html', href: 'blob:x' }]);
      expect(said).toEqual([['Saved Defections Challenge Hamas’ Cooperation With ISIS.html.', undefined]]);
      expect(document.body.querySelector('a[download]')).toBeNull(); // the link is gone again
    } finally {
      document.body.removeEventListener('click', grab);
    }
  });

  it('marks the default format', () => {
    const { download } = setup();
    const box = document.createElement('div');
    box.append(...download);
    markDefaultFormat(box, 'html');
    expect(download.map((b) => b.classList.contains('default'))).toEqual([false, false, true]);
  });
});
