import { foldSpace } from '../../dom/text';
import { firstDate } from '../dates';
import type { PageMeta } from '../types';

/**
 * The second source: the page's `<meta>` tags (OpenGraph, Twitter cards, Dublin Core, article and
 * citation tags, and the names CMSs and analytics plugins use), read in one walk.
 */

export interface MetaTags extends Partial<PageMeta> {
  /** og:url, as written: one of the page's addresses. */
  url: string | null;
  /** og:locale or a language tag: the page's language when `<html lang>` does not say. */
  locale: string | null;
  /** The writer in a card's "Written by" label: the last resort for a byline. */
  writtenBy: string | null;
  /** The tag each field came from ("og:title", "article:published_time"), for provenance. */
  keys: Partial<Record<'title' | 'byline' | 'published' | 'siteName' | 'locale', string>>;
}

/** Meta names for the first publication, most specific first (lowercased). */
export const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'og:publish_date',
  'publish-date', 'publish_date', 'publishdate', 'published-date', 'published_date', 'w-published-date',
  'parsely-pub-date', 'sailthru.date', 'cxenseparse:publishtime', 'citation_publication_date', 'citation_date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'dcterms.date', 'date', 'pubdate', 'published',
  'published-time',
];

/** Scholarly pages list every author in a citation_author tag of its own (some journals say citation_authors). */
const CITATION_AUTHOR = /^citation_authors?$/i;

/**
 * Every `<meta>` value by its property / name / itemprop, lowercased (the first non-empty one wins),
 * and every `citation_author` value in order: one walk of the page's meta tags.
 */
function metaIndex(metas: Iterable<Element>): { index: Map<string, string>; cited: string[] } {
  const out = new Map<string, string>();
  const cited: string[] = [];
  for (const el of metas) {
    const v = el.getAttribute('content');
    const value = v ? foldSpace(v) : '';
    if (!value) continue;
    if (CITATION_AUTHOR.test(el.getAttribute('name') ?? '')) cited.push(value);
    for (const attr of ['property', 'name', 'itemprop']) {
      const k = el.getAttribute(attr)?.trim().toLowerCase();
      if (k && !out.has(k)) out.set(k, value);
    }
  }
  return { index: out, cited };
}

function pick(index: Map<string, string>, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = index.get(k);
    if (v) return v;
  }
  return null;
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline'];
const BYLINE_KEYS = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl', 'sailthru.author', 'parsely-author'];
const SITE_KEYS = ['og:site_name', 'application-name', 'twitter:site'];
const LOCALE_KEYS = ['og:locale', 'language', 'content-language'];

/**
 * The writer in the card metadata Yoast and other SEO plugins add: `twitter:label1` "Written by"
 * with the name in `twitter:data1`. It is the last resort, after the page's own bylines: on some
 * sites it names the account that posted the piece, not the writer the page prints.
 */
function writtenBy(index: Map<string, string>): string | null {
  for (const i of ['1', '2', '3']) {
    const label = index.get(`twitter:label${i}`);
    if (label && /^\s*(?:written\s+by|author)\s*$/i.test(label)) return index.get(`twitter:data${i}`) ?? null;
  }
  return null;
}

/** What the page's `<meta>` elements say. */
export function readMetaTags(metas: Iterable<Element>): MetaTags {
  const { index, cited } = metaIndex(metas);
  const tags: MetaTags = {
    title: pick(index, ...TITLE_KEYS),
    byline: pick(index, ...BYLINE_KEYS),
    published: firstDate(PUBLISHED_KEYS.map((k) => index.get(k))),
    siteName: pick(index, ...SITE_KEYS),
    excerpt: pick(index, 'og:description', 'description', 'twitter:description'),
    leadImage: pick(index, 'og:image', 'twitter:image'),
    url: index.get('og:url') ?? null,
    locale: pick(index, ...LOCALE_KEYS),
    writtenBy: writtenBy(index),
    // The first key that answered, as `pick` and `firstDate` read them.
    keys: {
      title: TITLE_KEYS.find((k) => index.get(k)),
      byline: BYLINE_KEYS.find((k) => index.get(k)),
      published: PUBLISHED_KEYS.find((k) => firstDate([index.get(k)])),
      siteName: SITE_KEYS.find((k) => index.get(k)),
      locale: LOCALE_KEYS.find((k) => index.get(k)),
    },
  };
  // The first citation_author alone is a fraction of a scholarly page's byline.
  const authors = Array.from(new Set(cited));
  if (authors.length > 1 && authors.length <= 12) {
    tags.byline = authors.join(', ');
    tags.keys.byline = 'citation_author';
  }
  return tags;
}
