import type { Article } from '../types';
import { escapeHtml, metaFields } from './clean';
import type { ExportOptions } from './text';

/**
 * `.html`: a standalone page that runs nothing when opened from disk. The CSP meta tag comes first
 * in `<head>` so it governs everything after it: no script, frame, form target, font or fetch;
 * images over https or data URLs; only our inline stylesheet. The article HTML is the pipeline's
 * sanitized output (DOMPurify, strict allowlist); the CSP is the second wall if that ever fails.
 * Every piece of metadata is escaped text.
 */
export const EXPORT_CSP = "default-src 'none'; img-src https: data:; style-src 'unsafe-inline'";

const STYLE = `
  :root { color-scheme: light dark; }
  body { margin: 0; font: 19px/1.6 Georgia, "Times New Roman", serif; }
  main { max-width: 68ch; margin: 2.5rem auto; padding: 0 1.25rem; }
  header { border-bottom: 1px solid #8884; margin-bottom: 1.5rem; padding-bottom: 1rem; }
  header h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 .5rem; }
  header p { margin: .15rem 0; font: 15px/1.4 system-ui, sans-serif; opacity: .8; }
  img, video { max-width: 100%; height: auto; }
  pre { overflow-x: auto; white-space: pre-wrap; }
  table { border-collapse: collapse; } td, th { border: 1px solid #8886; padding: .25rem .5rem; }
  blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid #8886; }
`;

const LANG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

export function exportHtml(article: Article, options: ExportOptions = {}): string {
  const f = metaFields(article, options.url);
  const lang = article.lang && LANG.test(article.lang) ? ` lang="${escapeHtml(article.lang)}"` : '';
  const dir = article.dir === 'rtl' || article.dir === 'ltr' ? ` dir="${article.dir}"` : '';
  const header: string[] = [];
  if (options.includeMetadata !== false) {
    if (f.title) header.push(`<h1>${escapeHtml(f.title)}</h1>`);
    if (f.author) header.push(`<p class="byline">${escapeHtml(f.author)}</p>`);
    const siteDate = [f.site, f.date].filter(Boolean).map(escapeHtml).join(' · ');
    if (siteDate) header.push(`<p class="site">${siteDate}</p>`);
    if (f.url) header.push(`<p class="source"><a href="${escapeHtml(f.url)}" rel="noopener noreferrer">${escapeHtml(f.url)}</a></p>`);
  }
  return [
    '<!DOCTYPE html>',
    `<html${lang}${dir}>`,
    '<head>',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta charset="utf-8">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(f.title || 'Article')}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    header.length ? `<header>\n${header.join('\n')}\n</header>` : '',
    `<article>\n${article.html}\n</article>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].filter((l) => l !== '').join('\n');
}
