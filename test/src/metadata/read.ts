import { documentFromHtml } from '../../../node/document';
import { readMetadata, type PageMeta } from '../../../src/metadata';

/** A story's paragraphs, long enough to be an article around the metadata under test. */
export const BODY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells what the council decided about the bridge, why the cost doubled and when the work will resume.</p>`).join('');

/** What the metadata reader finds in `html` at `url`. */
export function meta(html: string, url = 'https://riverside.example/news/bridge'): PageMeta {
  const { document, close } = documentFromHtml(html, url);
  try {
    return readMetadata(document);
  } finally {
    close();
  }
}
