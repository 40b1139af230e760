import { foldSpace } from '../../dom/text';
import { firstDate } from '../dates';
import type { PageMeta } from '../types';
import type { PageSignals } from '../../types';

/**
 * The first source: JSON-LD (schema.org), with `@graph`. The most trusted, because a site writes it
 * for search engines about this one article; people only as its authors.
 */

type Json = Record<string, unknown>;

/** The article as the page's JSON-LD describes it: its text, its length, whether it is behind a paywall. */
export type LdArticle = NonNullable<PageSignals['ld']>;

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
function jsonLdNodes(scripts: Iterable<Element>): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Json;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of scripts) {
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse((s.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, '')), 0);
    } catch {
      // A broken JSON-LD block is common and tells us nothing: skip it.
    }
  }
  return out;
}

/** What the page's JSON-LD says about its article (the first article-typed object, else a WebPage), from its `<script>`s. */
export function readJsonLd(scripts: Iterable<Element>): Partial<PageMeta> & { article?: LdArticle } {
  const nodes = jsonLdNodes(scripts);
  const art = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage'))
    ?? nodes.find((n) => typesOf(n).includes('WebPage'));
  if (!art) return {};
  const publisher = nameOf(art.publisher);
  // People only: an Organization as author is the publisher again ("Cleveland Clinic"), while the
  // page names its writer in its byline.
  const authors = asArray(art.author as unknown)
    .filter((a) => !(a && typeof a === 'object' && typesOf(a as Json).some((t) => t === 'Organization' || t === 'NewsMediaOrganization' || t === 'Corporation')))
    .map(nameOf)
    .filter((x): x is string => !!x && (!publisher || x.toLowerCase() !== publisher.toLowerCase()));
  const image = asArray(art.image as unknown)[0];
  return {
    title: str(art.headline) ?? str(art.name),
    byline: authors.length ? Array.from(new Set(authors)).join(', ') : null,
    published: firstDate([str(art.datePublished), str(art.dateCreated)]),
    siteName: publisher,
    excerpt: str(art.description),
    leadImage: typeof image === 'string' ? str(image) : str((image as Json | undefined)?.url),
    // What the page says of the article's length and access, for the cut-short warnings (warnings/).
    article: {
      body: typeof art.articleBody === 'string' ? art.articleBody : null,
      wordCount: Number(art.wordCount) || null,
      paywalled: ([art, ...asArray(art.hasPart as Json | Json[])] as Json[]).some((p) => !!p && String(p.isAccessibleForFree).toLowerCase() === 'false'),
    },
  };
}
