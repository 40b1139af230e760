import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The XSS corpus (DOMPurify's test vectors, read-only in ../shared) and the article page every
 * vector is planted in. The path comes from TIDY_XSS_CORPUS, default ../shared/corpus/xss relative
 * to the project root; tests skip with a message when it is absent.
 */
export interface Vector {
  title: string;
  payload: string;
}

export const XSS_CORPUS = resolve(process.env.TIDY_XSS_CORPUS ?? resolve(ROOT, '../shared/corpus/xss'));
const FILE = resolve(XSS_CORPUS, 'dompurify-vectors.jsonl');

export function loadVectors(): Vector[] | null {
  if (!existsSync(FILE)) return null;
  return readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as { title: string; payload: string };
      return { title: r.title, payload: r.payload };
    });
}

export const SKIP_MESSAGE = `XSS corpus not found at ${FILE} (set TIDY_XSS_CORPUS): vector tests skipped`;

const PARAGRAPHS = [
  'The council met on Tuesday evening to discuss the new bridge, which has been delayed for three years, and residents filled the hall to hear what would happen next.',
  'Engineers told the meeting that the foundations, poured in the spring, had settled more than expected, and that the contractor would need another season to finish the deck.',
  'Several residents asked why the cost had doubled, and the chair answered that steel prices, a wet winter and a change of design had each added to the bill.',
  'The vote was close: seven members supported the extra money, five opposed it, and one abstained, saying she wanted an independent review before committing more funds.',
  'Work is expected to resume next month, and the council promised monthly updates on its website and in the local paper until the bridge opens to traffic.',
];

/**
 * An article page with the vector inside the story's body (between real paragraphs so Readability
 * keeps its block), again inside a share bar (so it reaches `removed[]`), and the metadata fields
 * optionally set to `meta` (title, og tags, author, JSON-LD).
 */
export function articlePage(payload: string, opts: { meta?: string; index?: number } = {}): string {
  const m = opts.meta;
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const head = m
    ? `<title>${esc(m)}</title><meta property="og:title" content="${esc(m)}"><meta name="author" content="${esc(m)}">` +
      // The site's name carries the markup too, but is not the title: a title that is only the
      // site's name gives way to the page's h1 (metadata/headline.ts, isSiteName).
      `<meta property="og:site_name" content="The Paper ${esc(m)}"><meta name="description" content="${esc(m)}">` +
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: m, author: { name: m }, publisher: { name: `The Paper ${m}` }, description: m }).replace(/</g, '\\u003c')}</script>`
    : `<title>Bridge delayed again, vector ${opts.index ?? 0}</title>`;
  const p = (i: number): string => `<p>${PARAGRAPHS[i % PARAGRAPHS.length]}</p>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Bridge delayed again</h1>${p(0)}${p(1)}
<div class="story-body">${p(2)}<div>${payload}</div>${p(3)}</div>
<div class="share-bar"><span>Share this</span>${payload}</div>
${p(4)}${p(0)}</article></main><footer>© The Paper</footer></body></html>`;
}
