import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The Readability corpus (`TIDY_READABILITY_CORPUS`, default ../shared/corpus/readability). */
export const READABILITY_CORPUS = process.env.TIDY_READABILITY_CORPUS ?? resolve(import.meta.dirname, '../../../shared/corpus/readability');
export const CORPUS_AVAILABLE = existsSync(READABILITY_CORPUS);

export function corpusPageNames(): string[] {
  if (!CORPUS_AVAILABLE) return [];
  return readdirSync(READABILITY_CORPUS)
    .filter((n) => existsSync(join(READABILITY_CORPUS, n, 'source.html')))
    .sort();
}

/** Pages small enough to mutate hundreds of times in a few seconds each. */
export function smallCorpusPages(maxBytes = 80_000): { name: string; html: string }[] {
  return corpusPageNames()
    .filter((n) => statSync(join(READABILITY_CORPUS, n, 'source.html')).size < maxBytes)
    .map((name) => ({ name, html: readFileSync(join(READABILITY_CORPUS, name, 'source.html'), 'utf8') }));
}
