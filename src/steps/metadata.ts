import { foldSpace } from '../dom/text';
import { walkElements } from './select';

/**
 * Step 3 — page metadata. Runs before clutter removal because the byline, date bar and JSON-LD it
 * reads are exactly what later steps delete. Sources, most trusted first: JSON-LD (with @graph),
 * OpenGraph / Twitter / Dublin Core / article meta, `<time>`, visible bylines. Readability's own
 * metadata fills the gaps later (see `assemble.ts`).
 */
export interface PageMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  excerpt: string | null;
  leadImage: string | null;
  lang: string | null;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|OpinionNewsArticle|AnalysisNewsArticle|ReportageNewsArticle|LiveBlogPosting|SocialMediaPosting|WebPage|MedicalWebPage|Review|Recipe|HowTo)$/;

function asArray<T>(v: T | T[] | undefined | null): T[] {
  return v == null ? [] : Array.isArray(v) ? v : [v];
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return foldSpace(v) || null;
  if (typeof v === 'number') return String(v);
  return null;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object') return str((v as Json).name);
  return null;
}

function typesOf(node: Json): string[] {
  return asArray(node['@type'] as string | string[]).filter((t): t is string => typeof t === 'string');
}

/** Every JSON-LD object on the page, flattened out of arrays and @graph. */
function jsonLdNodes(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Json;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse((s.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, '')), 0);
    } catch {
      // A broken JSON-LD block is common and tells us nothing: skip it.
    }
  }
  return out;
}

function fromJsonLd(doc: Document): Partial<PageMeta> {
  const nodes = jsonLdNodes(doc);
  const art = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage'))
    ?? nodes.find((n) => typesOf(n).includes('WebPage'));
  if (!art) return {};
  const authors = asArray(art.author as unknown).map(nameOf).filter((x): x is string => !!x);
  const publisher = nameOf(art.publisher);
  const image = asArray(art.image as unknown)[0];
  return {
    title: str(art.headline) ?? str(art.name),
    byline: authors.length ? Array.from(new Set(authors)).join(', ') : null,
    published: str(art.datePublished) ?? str(art.dateCreated),
    siteName: publisher,
    excerpt: str(art.description),
    leadImage: typeof image === 'string' ? str(image) : str((image as Json | undefined)?.url),
  };
}

/** Every `<meta>` value by its property / name / itemprop, lowercased; the first non-empty one wins. */
function metaIndex(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const v = el.getAttribute('content');
    const value = v ? foldSpace(v) : '';
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const k = el.getAttribute(attr)?.trim().toLowerCase();
      if (k && !out.has(k)) out.set(k, value);
    }
  }
  return out;
}

function pick(index: Map<string, string>, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = index.get(k);
    if (v) return v;
  }
  return null;
}

function fromMeta(index: Map<string, string>): Partial<PageMeta> {
  return {
    title: pick(index, 'og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline'),
    byline: pick(index, 'author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl', 'sailthru.author', 'parsely-author'),
    published: pick(index, 'article:published_time', 'datepublished', 'dc.date', 'dcterms.created', 'dcterms.date',
      'date', 'pubdate', 'publish-date', 'sailthru.date', 'parsely-pub-date', 'og:article:published_time'),
    siteName: pick(index, 'og:site_name', 'application-name', 'twitter:site'),
    excerpt: pick(index, 'og:description', 'description', 'twitter:description'),
    leadImage: pick(index, 'og:image', 'twitter:image'),
  };
}

/** One walk of the body for what pages show: the first h1, `<time>`s, bylines. */
function fromMarkup(doc: Document): Partial<PageMeta> {
  let h1: Element | null = null;
  let time: string | null = null;
  let timeRank = 9;
  let by: Element | null = null;
  let byRank = 9;
  const root = doc.body ?? doc.documentElement;
  if (!root) return {};
  walkElements(root, (el) => {
    const n = el.localName;
    if (n === 'h1' && !h1) h1 = el;
    if (n === 'time' && timeRank > 0) {
      const dt = el.getAttribute('datetime');
      if (dt) {
        const rank = el.getAttribute('itemprop') === 'datePublished' || el.hasAttribute('pubdate') ? 0 : el.closest('article') ? 1 : 2;
        if (rank < timeRank) {
          time = dt;
          timeRank = rank;
        }
      }
    }
    if (byRank > 0) {
      const rank = bylineRank(el);
      if (rank < byRank) {
        by = el;
        byRank = rank;
      }
    }
    return true;
  });
  const byText = by ? foldSpace((by as Element).textContent ?? '') : '';
  return {
    published: time,
    byline: byText || null,
    title: h1 ? foldSpace((h1 as Element).textContent ?? '') || null : null,
  };
}

/** How sure an element is to be a byline (lower is surer), or 9. */
function bylineRank(el: Element): number {
  if (el.getAttribute('rel') === 'author') return 0;
  const ip = el.getAttribute('itemprop');
  if (ip === 'name' && el.parentElement?.closest('[itemprop="author"]')) return 0;
  if (ip === 'author') return 1;
  const cls = el.getAttribute('class');
  if (!cls) return 9;
  const tokens = cls.split(/\s+/);
  if (tokens.includes('author-name')) return 2;
  if (tokens.includes('author') && el.parentElement?.closest('.byline')) return 2;
  if (tokens.includes('byline')) return 3;
  return 9;
}

/** The first non-empty value per key, in source order. */
function merge(...parts: Partial<PageMeta>[]): PageMeta {
  const keys: (keyof PageMeta)[] = ['title', 'byline', 'siteName', 'published', 'excerpt', 'leadImage', 'lang'];
  const out = {} as PageMeta;
  for (const k of keys) out[k] = parts.map((p) => p[k]).find((v) => v != null && v !== '') ?? null;
  return out;
}

export function readPageMeta(doc: Document): PageMeta {
  const index = metaIndex(doc);
  const lang = doc.documentElement?.getAttribute('lang') || pick(index, 'og:locale', 'language', 'content-language');
  return merge(fromJsonLd(doc), fromMeta(index), fromMarkup(doc), { lang: lang ? foldSpace(lang) : null });
}
