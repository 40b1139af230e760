import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type Article } from '../../../../src/index';

/** The seed article, extracted from the test's jsdom document (which then holds the seed page). */
export const SEED_URL = 'https://www.algemeiner.com/x';
const SEED = readFileSync(join(__dirname, '../../../../samples/seed-article.html'), 'utf8');

export function seedArticle(): Article {
  const doc = new DOMParser().parseFromString(SEED, 'text/html');
  // The pipeline sanitizes with the window of the document it reads: the test's own document.
  document.documentElement.replaceWith(document.importNode(doc.documentElement, true));
  const r = extract(document, { url: SEED_URL });
  if (!r.ok) throw new Error(r.error.message);
  return r.article;
}
