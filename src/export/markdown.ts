import type { Article } from '../types';
import { metaFields, metaText } from './clean';
import type { ExportOptions } from './text';

/**
 * A YAML double-quoted scalar. Every value is quoted, so nothing in a title can become YAML
 * syntax (`: `, `#`, `---`, `&anchor`, `!tag`, `[`…); backslash and quote are escaped, and anything
 * outside printable text (controls, line/paragraph separators, BOM, surrogates, the
 * bidi controls metaText already removed) is written as an escape.
 */
export function yamlString(s: string): string {
  let out = '"';
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const next = chars[i + 1];
    const cp = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    // `<`, `>`, `&` and a `]` that would close link text as escapes: a Markdown reader that ignores
    // front matter renders it as Markdown, where `<img onerror=…>` or `[x](javascript:…)` is live.
    else if (ch === '<' || ch === '>' || ch === '&' || (ch === ']' && (next === '(' || next === '[')) || cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff) {
      out += '\\u' + cp.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

/** `.md`: YAML front matter with the metadata that exists, then the article's Markdown. */
export function exportMarkdown(article: Article, markdown: string, options: ExportOptions = {}): string {
  const body = markdown.replace(/\r\n?/g, '\n').trim();
  if (options.includeMetadata === false) return body + '\n';
  const f = metaFields(article, options.url);
  const lines: string[] = [];
  if (f.title) lines.push(`title: ${yamlString(f.title)}`);
  if (f.author) lines.push(`author: ${yamlString(f.author)}`);
  if (f.site) lines.push(`site: ${yamlString(f.site)}`);
  if (f.date) lines.push(`date: ${yamlString(f.date)}`);
  if (f.url) lines.push(`url: ${yamlString(f.url)}`);
  const excerpt = metaText(article.excerpt);
  if (excerpt) lines.push(`excerpt: ${yamlString(excerpt)}`);
  if (!lines.length) return body + '\n';
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}
