import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { load as loadYaml } from 'js-yaml';
import { documentFromHtml } from '../../node/document';
import { articleMarkdown } from '../../src/index';
import { purifierFor, sanitizeToString } from '../../src/steps/sanitize';
import { exportFileName, exportHtml, exportMarkdown, exportText, metaText } from '../../src/export';
import type { Article } from '../../src/types';
import { assertProperty, FUZZ_SEED, runs } from '../property/config';
import { checkHtml, checkMarkdown, checkTree } from './check';

/**
 * Threat 7, aimed at the renderers this area owns: hostile fragments (text that looks like HTML or
 * Markdown, attributes that try to break out of link syntax, every URL trick) go through the
 * sanitizer and the Markdown renderer; hostile metadata goes through every export. The outputs
 * must pass the sanitizer check, the front matter must parse back, and file names must be safe.
 * The seed is in the test names; replay with TIDY_FUZZ_SEED=… (see test/property/config.ts).
 */
const win = documentFromHtml('<!DOCTYPE html><body></body>');
afterAll(() => win.close());
const doc = win.document;
const purifier = purifierFor(doc.defaultView as Window & typeof globalThis)!;
const parser = new (doc.defaultView as Window & typeof globalThis).DOMParser();

const PIECES = [
  '<', '>', '&', '"', "'", '`', '\\', '[', ']', '(', ')', '!', '*', '_', '#', '-', '|', '~', ' ', '\n', '\t', ':', '/',
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<svg onload=alert(1)>', '</p>', '<!--', '-->', '<![CDATA[',
  'javascript:alert(1)', 'JaVaScRiPt:', 'data:text/html,', 'https://ok.example/', 'mailto:x@y.z', '&lt;', '&#60;', '&amp;lt;',
  '](javascript:alert(1))', '[x](javascript:alert(1))', '<javascript:alert(1)>', '<https://ok.example>', '\\"', '\u202e', '\u2028',
  '\u0000', '\ufeff', '---', '```', '    ', '> ', '1. ', '- ', '+ ', '=', '{{', '}}', 'é', '😀', 'word',
];
const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((a) => a.join(''));
const escAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One block of article markup whose every text, alt, title and href is hostile. */
const fragment = fc
  .tuple(hostile, hostile, hostile, hostile, hostile, fc.constantFrom('p', 'li', 'blockquote', 'td', 'h2', 'pre', 'code', 'figcaption'))
  .map(([text, href, title, alt, raw, tag]) => {
    const inner = `${escText(text)} <a href="${escAttr(href)}" title="${escAttr(title)}">${escText(alt)}</a> <img src="https://ok.example/i.png" alt="${escAttr(alt)}" title="${escAttr(title)}"> <a href="https://ok.example/${escAttr(href)}">${escText(text)}</a> ${raw}`;
    return tag === 'li' ? `<ul><li>${inner}</li></ul>` : tag === 'td' ? `<table><tr><td>${inner}</td></tr></table>` : `<${tag}>${inner}</${tag}>`;
  });

describe(`hostile fragments through sanitizer and Markdown (seed ${FUZZ_SEED})`, () => {
  it('sanitized HTML and its Markdown pass the check', () => {
    assertProperty(
      fc.property(fragment, (html) => {
        const holder = doc.createElement('div');
        holder.appendChild(doc.createRange().createContextualFragment(html));
        const clean = sanitizeToString(purifier, holder);
        expect(checkHtml(clean)).toEqual([]);
        expect(checkMarkdown(articleMarkdown(clean, doc))).toEqual([]);
      }),
      runs(400),
    );
  });
});

const article = (m: { title: string; byline: string; site: string; excerpt: string; date: string }): Article => ({
  title: m.title,
  byline: m.byline,
  siteName: m.site,
  published: m.date,
  lang: 'en',
  dir: 'ltr',
  excerpt: m.excerpt,
  leadImage: null,
  wordCount: 2,
  readingMinutes: 1,
  html: '<p>Body text.</p>',
  text: 'Body text.',
  removed: [],
});
const anyText = fc.oneof(hostile, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
const meta = fc.record({ title: anyText, byline: anyText, site: anyText, excerpt: anyText, date: anyText });

describe(`hostile metadata through every export (seed ${FUZZ_SEED})`, () => {
  it('HTML export is clean, Markdown front matter parses back, text header stays one line per field', () => {
    assertProperty(
      fc.property(meta, hostile, (m, url) => {
        const a = article(m);
        const opts = { url: 'https://ok.example/' + url, includeMetadata: true };
        const html = exportHtml(a, opts);
        const document = parser.parseFromString(html, 'text/html');
        expect(document.head.firstElementChild?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
        expect(checkTree(document.body)).toEqual([]);
        if (metaText(m.title)) expect(document.querySelector('header h1')?.textContent).toBe(metaText(m.title));
        const md = exportMarkdown(a, 'Body text.', opts);
        expect(checkMarkdown(md)).toEqual([]);
        const fm = md.startsWith('---\n') ? (loadYaml(md.split(/^---$/m)[1]) as Record<string, string>) : {};
        if (metaText(m.byline)) expect(fm.author).toBe(metaText(m.byline));
        const header = exportText(a, opts).split('\n\n')[0].split('\n');
        expect(header.every((l) => /^(Title|Author|Site|Date|URL): /.test(l))).toBe(true);
      }),
      runs(300),
    );
  });
  it('file names are always safe', () => {
    assertProperty(
      fc.property(anyText, fc.constantFrom('txt', 'md', 'html'), (t, ext) => {
        const n = exportFileName(t, ext);
        expect(n).not.toMatch(/[\/\\:*?"<>|~\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
        expect(n).not.toMatch(/^[.\- ]|[. ]\.[a-z]+$/);
        expect(n).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
        expect(Array.from(n).length).toBeLessThanOrEqual(100);
        expect(n.endsWith('.' + ext)).toBe(true);
      }),
      runs(1000),
    );
  });
});
