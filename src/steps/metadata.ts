import { foldSpace } from '../dom/text';

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
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
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

function meta(doc: Document, ...keys: string[]): string | null {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}" i], meta[name="${k}" i], meta[itemprop="${k}" i]`);
    const v = el?.getAttribute('content');
    if (v && foldSpace(v)) return foldSpace(v);
  }
  return null;
}

function fromMeta(doc: Document): Partial<PageMeta> {
  return {
    title: meta(doc, 'og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline'),
    byline: meta(doc, 'author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl', 'sailthru.author', 'parsely-author'),
    published: meta(doc, 'article:published_time', 'datePublished', 'dc.date', 'dcterms.created', 'dcterms.date',
      'date', 'pubdate', 'publish-date', 'sailthru.date', 'parsely-pub-date', 'og:article:published_time'),
    siteName: meta(doc, 'og:site_name', 'application-name', 'twitter:site'),
    excerpt: meta(doc, 'og:description', 'description', 'twitter:description'),
    leadImage: meta(doc, 'og:image', 'twitter:image'),
  };
}

function fromMarkup(doc: Document): Partial<PageMeta> {
  const time = doc.querySelector('article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"], time[datetime]');
  const by = doc.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline .author, .author-name, .byline');
  return {
    published: time?.getAttribute('datetime') ?? null,
    byline: by ? foldSpace(by.textContent ?? '') || null : null,
    title: foldSpace(doc.querySelector('h1')?.textContent ?? '') || null,
  };
}

/** The first non-empty value per key, in source order. */
function merge(...parts: Partial<PageMeta>[]): PageMeta {
  const keys: (keyof PageMeta)[] = ['title', 'byline', 'siteName', 'published', 'excerpt', 'leadImage', 'lang'];
  const out = {} as PageMeta;
  for (const k of keys) out[k] = parts.map((p) => p[k]).find((v) => v != null && v !== '') ?? null;
  return out;
}

export function readPageMeta(doc: Document): PageMeta {
  const lang = doc.documentElement?.getAttribute('lang') || meta(doc, 'og:locale', 'language', 'content-language');
  return merge(fromJsonLd(doc), fromMeta(doc), fromMarkup(doc), { lang: lang ? foldSpace(lang) : null });
}
