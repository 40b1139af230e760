import { foldSpace } from '../dom/text';
import { walkElements } from '../dom/elements';
import { closestMatch, compileList } from '../dom/select';
import { isHidden } from '../dom/hidden';
import { insideArticleElement } from '../dom/ancestry';
import { hostOf } from '../dom/url';
import { isBlockElement } from '../render/text';
import { SEPARATORS, cleanByline, decodeEntities, normalizeDate } from './normalize-meta';
import { PUBLISHED_KEYS, dateAnywhere, datesInLine, firstDate, pickShown, urlDate, type ShownDate } from '../meta/dates';

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

function fromMeta(index: Map<string, string>): Partial<PageMeta> {
  return {
    title: pick(index, 'og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline'),
    byline: pick(index, 'author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl', 'sailthru.author', 'parsely-author'),
    published: firstDate(PUBLISHED_KEYS.map((k) => index.get(k))),
    siteName: pick(index, 'og:site_name', 'application-name', 'twitter:site'),
    excerpt: pick(index, 'og:description', 'description', 'twitter:description'),
    leadImage: pick(index, 'og:image', 'twitter:image'),
  };
}

/** One walk of the body for what pages show: the first h1, `<time>`s, bylines. */
interface Markup extends Partial<PageMeta> {
  headlines?: { text: string; el: Element }[];
}

function fromMarkup(doc: Document): Markup {
  const h1s: Element[] = [];
  let time: string | null = null;
  let timeRank = 9;
  // Byline candidates by rank, in document order; the first whose text is a name wins.
  const bys: Element[][] = [[], [], [], [], [], []];
  const root = doc.body ?? doc.documentElement;
  if (!root) return {};
  walkElements(root, (el) => {
    const n = el.localName;
    if (n === 'h1' && h1s.length < 8 && !isHidden(el)) h1s.push(el);
    if (n === 'time' && timeRank > 0) {
      const dt = el.getAttribute('datetime');
      if (dt && normalizeDate(dt)) {
        const rank = el.getAttribute('itemprop') === 'datePublished' || el.hasAttribute('pubdate') ? 0 : insideArticleElement(el) ? 1 : 2;
        if (rank < timeRank) {
          time = dt;
          timeRank = rank;
        }
      }
    }
    const rank = bylineRank(el);
    if (rank < bys.length && bys[rank].length < 6) bys[rank].push(el);
    return true;
  });
  return {
    published: time,
    byline: firstName(bys.slice(0, 5).flat(), 120) ?? firstName(bys[5], 60),
    // A permalink glyph after the heading (Sphinx's "¶", "#", "§") is not part of the title.
    headlines: h1s.map((el) => ({ el, text: headingText(el).replace(/\s*[¶§#]+$/u, '').replace(HEADLINE_DATE, '') })).filter((h) => h.text.length >= 3 && h.text.length <= 300),
  };
}

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
/**
 * A full date printed inside the h1, before or after the headline ("Dec 18 2025 Preparing a
 * transition in Debusine"): the post's date, not part of its title.
 */
const HEADLINE_DATE = new RegExp(
  String.raw`^(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2})\s+(?=\S)|\s+(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})$`,
  'i',
);

/**
 * A heading's text as it reads on screen: a `<br>` or a block element inside it starts a new
 * word ("WEEKEND<br>CODING" is two), while inline markup never splits one ("Beginner<em>'s</em>").
 */
function headingText(el: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (e.localName === 'br') out += ' ';
        else if (isBlockElement(e)) {
          out += ' ';
          walk(e);
          out += ' ';
        } else walk(e);
      }
    }
  };
  walk(el);
  return foldSpace(out);
}

/**
 * An element's text with a space between the texts of different elements: textContent runs
 * blocks together ("Harry Rabinowitz" + "Tech Reporter" reads "Harry RabinowitzTech Reporter").
 */
export function spacedText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && (parent.localName === 'script' || parent.localName === 'style')) continue;
    parts.push(n.nodeValue ?? '');
  }
  return foldSpace(parts.join(' ')).replace(/\s+([,.;:!?])/g, '$1');
}

/** The text of the first element that reads as names, cleaned of labels and dates later. */
function firstName(els: Element[], maxLength: number): string | null {
  for (const el of els) {
    // People named in comments, testimonials and quotes are not the article's authors, and a
    // menu's "By Event Type" / "By Company Size" is a way to browse the site.
    if (closestMatch(el, NOT_BYLINE_LIST)) continue;
    const text = spacedText(el);
    if (text.length <= maxLength && cleanByline(text)) return text;
  }
  return null;
}

const NOT_BYLINE_AREA = '[class*="comment" i], [id*="comment" i], [class*="testimonial" i], [class*="review" i], blockquote, nav, [role="navigation"], [role="menu"], [role="menubar"], ul[class*="menu" i], li[class*="menu" i], div[class*="flyout" i], div[class*="dropdown" i]';
const NOT_BYLINE_LIST = compileList(NOT_BYLINE_AREA)!;
/** A class naming the author's name: "author-name", "author_name", "authorName", "author-box__name". */
const AUTHOR_NAME_CLASS = /author(?:s|[-_]?box)?[-_]*name$|byline[-_]*(?:name|author)$/i;
/** A class ending in "author" or "byline": "post_author", "text__author", "the-author", "article__byline". */
const AUTHOR_CLASS = /(?:^|[-_])(?:authors?|byline|author[-_]link)$/i;
/** "author-info", "author-meta": a name, or a name with a biography (only a short text counts). */
const AUTHOR_BOX_CLASS = /(?:^|[-_])author[-_]?(?:info|meta|details|wrap|wrapper)$/i;

/**
 * How sure an element is to be a byline (lower is surer), or 9. Class names vary by site, but
 * one that ends in "author-name" or "author" (in any of the usual spellings) names the byline on
 * many of them; other author-ish classes ("author-box", "author-bio") hold biographies.
 */
function bylineRank(el: Element): number {
  if (el.getAttribute('rel') === 'author') return 0;
  const ip = el.getAttribute('itemprop');
  if (ip === 'name' && el.parentElement?.closest('[itemprop~="author"]')) return 0;
  if (ip === 'author') return 1;
  const cls = el.getAttribute('class');
  if (!cls || !/author|byline/i.test(cls)) return 9;
  const tokens = cls.split(/\s+/);
  if (tokens.includes('author') && el.parentElement?.closest('.byline')) return 2;
  if (tokens.some((t) => AUTHOR_NAME_CLASS.test(t))) return 2;
  if (tokens.includes('byline')) return 3;
  if (tokens.some((t) => AUTHOR_CLASS.test(t))) return 4;
  if (tokens.some((t) => AUTHOR_BOX_CLASS.test(t))) return 5;
  return 9;
}

/** The first non-empty value per key, in source order. */
function merge(...parts: Partial<PageMeta>[]): PageMeta {
  const keys: (keyof PageMeta)[] = ['title', 'byline', 'siteName', 'published', 'excerpt', 'leadImage', 'lang'];
  const out = {} as PageMeta;
  for (const k of keys) out[k] = parts.map((p) => p[k]).find((v) => v != null && v !== '') ?? null;
  return out;
}

const titleWords = (s: string): Set<string> =>
  new Set((decodeEntities(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 || /\d/.test(w)));

/**
 * The headline as the page shows it: the first visible h1 that agrees with the page's metadata
 * title (shares a word with it). Sites put their name, a section ("Our Blog") or a slogan in an
 * h1 too; those agree with nothing and fall back to the metadata.
 */
export function pickHeadline<T extends { text: string }>(headlines: T[], metaTitle: string | null, siteName: string | null, brands: Set<string> = new Set()): T | null {
  const site = siteName ? foldSpace(siteName).toLowerCase() : null;
  const meta = metaTitle ? titleWords(metaTitle) : null;
  for (const h of headlines) {
    if (site && h.text.toLowerCase() === site) continue;
    // The site's name as a header h1 ("Yoga Pathways" over "Yoga Won't Fix … – Yoga Pathways").
    if (brands.has(h.text.toLowerCase())) continue;
    if (!meta || meta.size === 0) return h;
    for (const w of titleWords(h.text)) if (meta.has(w)) return h;
  }
  return null;
}

/** A name as bylines print it: "Jane Roe", "Dr. Jane van der Roe", "Jane Roe, MD". */
const PERSON = String.raw`(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|la|le|bin|al)){0,4}(?:,\s*(?:(?:\p{Lu}\.?){2,6}|Ph\.?D\.?)(?=[\s,.;]|$))*`;
/** A co-writer: at least a first and a last name, so "and Associates" or ", Staff Writer" is not one. */
const CO_PERSON = String.raw`\p{Lu}[\p{L}'’.-]+\s+(?:(?:de|van|von|da|del|la|le|bin|al)\s+)*\p{Lu}[\p{L}'’.-]+`;
/**
 * "By Jane Roe", and every writer of "By Jane Roe, Ann Poe and John Doe": a list of names counts
 * only when it ends in "and"/"&" and a name, so "By Jane Roe, Staff Writer" stays "Jane Roe".
 */
const BY_NAME = new RegExp(
  String.raw`(?:^|[|•·—–,:]\s*|\d\s+)(?:[Ww]ritten |[Pp]osted |[Ww]ords |[Rr]eported |[Rr]eviewed |[Ss]tory |[Aa]rticle )?[Bb]y:?\s*(${PERSON}(?:(?:\s*,\s*${CO_PERSON})*\s+(?:and|&)\s+${CO_PERSON})?)`,
  'u',
);
const BY_LABEL = /^(?:written|posted|reviewed|reported|words|story|article)?\s*by:?$|^authors?:?$/i;
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}(?:,\s*[\p{L}\s.,-]{1,40})?$/u;
/** How far from the headline a date or byline is still the article's, in characters of text. */
const NEAR_AFTER = 400;
const NEAR_BEFORE = 200;
/** A date or byline sits in a short line of its own, not in a paragraph of the story. */
const LINE_MAX = 160;

/** Short lines of text around the headline: after it first (nearest first), then before it. */
function linesNear(h1: Element): string[] {
  const doc = h1.ownerDocument;
  const lines: string[] = [];
  const take = (node: Node): number => {
    const parent = node.parentElement;
    if (!parent || parent.localName === 'script' || parent.localName === 'style') return 0;
    const t = foldSpace(node.nodeValue ?? '');
    if (!t) return 0;
    const line = foldSpace(parent.textContent ?? '');
    if (line.length <= LINE_MAX) lines.push(line);
    return t.length;
  };
  const after = doc.createTreeWalker(doc.body ?? h1, 4);
  after.currentNode = h1;
  // Past the headline's own text first.
  let n: Node | null = after.nextNode();
  while (n && h1.contains(n)) n = after.nextNode();
  for (let seen = 0; n && seen < NEAR_AFTER; n = after.nextNode()) seen += take(n);
  const before = doc.createTreeWalker(doc.body ?? h1, 4);
  before.currentNode = h1;
  for (let seen = 0, m = before.previousNode(); m && seen < NEAR_BEFORE; m = before.previousNode()) seen += take(m);
  return Array.from(new Set(lines));
}

/** The date and byline printed with the headline, where a reader sees them. */
function shownNear(h1: Element): { date: ShownDate | null; byline: string | null } {
  let byline: string | null = null;
  const lines = linesNear(h1);
  const date = pickShown(lines);
  lines.forEach((line, i) => {
    if (!byline) byline = line.match(BY_NAME)?.[1] ?? null;
    // "Written by" as a label, the name in the next element
    if (!byline && BY_LABEL.test(line) && lines[i + 1] && NAME_LINE.test(lines[i + 1])) byline = lines[i + 1];
  });
  return { date, byline };
}

/**
 * What follows the first separator of the document and OpenGraph titles: "Site", "Section | Site".
 * An h1 that is exactly one of those is the site's header, not the article's headline.
 */
function brandParts(titles: (string | null | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const t of titles) {
    if (!t) continue;
    decodeEntities(t).split(SEPARATORS).slice(1).forEach((p) => p.trim() && out.add(foldSpace(p).toLowerCase()));
  }
  return out;
}

/**
 * The publication date, in order of how often each source was right on wcxb-dev (see meta/dates):
 * a date in the URL path; the date printed with the headline, unless it is labelled an update and
 * the metadata names a first publication; the metadata; any labelled date on the page.
 */
function choosePublished(
  doc: Document,
  index: Map<string, string>,
  shown: ShownDate | null,
  metaPublished: string | null,
  merged: string | null,
  byline: string | null | undefined,
): string | null {
  const canonical = canonicalHref(doc);
  const fromUrl = [index.get('og:url'), canonical, realDocUrl(doc)].map((u) => urlDate(absolute(u, doc))).find(Boolean);
  if (fromUrl) return fromUrl;
  if (shown && !(shown.updated && metaPublished)) return shown.date;
  // A date printed inside the byline element ("Luke Kim December 17, 2025") is the article's.
  return merged ?? (byline ? datesInLine(byline)[0]?.date : null) ?? (doc.body ? dateAnywhere(doc.body) : null);
}

/** The page's own address: its canonical link or og:url, else the document's URL. */
function pageUrl(doc: Document, index: Map<string, string>): string | null {
  const canonical = canonicalHref(doc);
  return absolute(canonical, doc) ?? absolute(index.get('og:url'), doc) ?? realDocUrl(doc);
}

/** The href of `<link rel="canonical">` (tokens compared without case), read without the selector engine. */
function canonicalHref(doc: Document): string | null {
  for (const l of Array.from(doc.getElementsByTagName('link'))) {
    if ((l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) return l.getAttribute('href');
  }
  return null;
}

/** The contents of every `<meta name=…>` whose name matches, folded, empty ones left out. */
function metaValues(doc: Document, name: RegExp): string[] {
  const out: string[] = [];
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    if (name.test(m.getAttribute('name') ?? '')) {
      const v = foldSpace(m.getAttribute('content') ?? '');
      if (v) out.push(v);
    }
  }
  return out;
}

function realDocUrl(doc: Document): string | null {
  const u: unknown = doc.URL;
  return typeof u === 'string' ? u : null;
}

function absolute(u: string | null | undefined, doc: Document): string | null {
  if (!u) return null;
  try {
    return new URL(u, realDocUrl(doc) ?? undefined).href;
  } catch {
    return null;
  }
}

/** A line that starts with a byline label: "By Jane Roe", "Written by Jane Roe", "Author: Jane Roe". */
const LABELLED_BYLINE = /^(?:this\s+(?:post|article|story)\s+was\s+)?(?:(?:written|posted|words|reported|story|article)\s*)?by\b|^author\b/i;
/** How much of the body's text the last-resort byline search reads. */
const BYLINE_SEARCH_CHARS = 60_000;

/**
 * The last resort for a byline: the first short line anywhere in the body that starts with a
 * byline label and goes on with a capitalised name. Pages with no author markup and no metadata
 * still print "By Jane Roe" or "Posted by Jane Roe on …" somewhere, often under the story.
 */
export function bylineAnywhere(root: Element): string | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < BYLINE_SEARCH_CHARS; n = walker.nextNode()) {
    const t = n.nodeValue ?? '';
    seen += t.length;
    if (t.length > 200 || !LABELLED_BYLINE.test(t.trimStart())) continue;
    const parent = n.parentElement;
    if (!parent || parent.localName === 'script' || parent.localName === 'style' || closestMatch(parent, NOT_BYLINE_LIST)) continue;
    let line = spacedText(parent);
    // The label in an element of its own, the name in the next one: read their common parent.
    if (BY_LABEL.test(line) && parent.parentElement) line = spacedText(parent.parentElement);
    // A byline that opens a paragraph ("This post was written by Jane Roe, MD, …"): its start.
    if (line.length > 100) line = line.slice(0, 100);
    const name = line.replace(/^this\s+(?:post|article|story)\s+was\s+/i, '').replace(/^author:?\s*/i, 'by ').match(BY_NAME)?.[1];
    if (name && cleanByline(name)) return name;
  }
  return null;
}

function sameName(a: string, b: string | null): boolean {
  return !!b && foldSpace(a).toLowerCase() === foldSpace(b).toLowerCase();
}

/** Letters after a name that are credentials: ", MD", ", M.D. FACLM", ", MS, RD", ", CFP®", ", PhD". */
const CREDENTIALS = /^(?:,?\s*(?:(?:\p{Lu}\.?){2,6}®?|Ph\.?D\.?))+$/u;
const DOCTOR = /^(?:dr|prof)\.?\s+$/i;
/** A publication or company after a name ("Jane Roe, Riverside Post"), not another writer. */
const ORGANISATION = /\b(?:post|news|times|journal|magazine|media|press|daily|herald|tribune|gazette|group|inc|llc|ltd|team|staff|network|report|review|blog|studio|agency|university|institute|newsroom)\b/i;
/** What follows a name when more writers are named: ", Jane Roe", " and Jane Roe", " & J. Roe". */
const MORE_NAMES = /^(?:\s*,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}.'’-]*\s+\p{Lu}/u;

/** The name a site goes by in its host: "buzzsprout" for www.buzzsprout.com, "3itech" for us.3itech.com. */
export function hostName(url: string | null): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const labels = host.split('.');
  if (labels.length < 2) return null;
  // "example.co.uk": the label before a two-part public suffix.
  const i = labels.length >= 3 && labels[labels.length - 2].length <= 3 ? labels.length - 3 : labels.length - 2;
  return labels[i].replace(/[^\p{L}\p{N}]/gu, '') || null;
}

/** One word with no capital after the first letter, or with dots, digits or underscores: a login. */
const USERNAME = /^(?:[\p{Ll}\d._-]+|[\p{L}\d]*[\d._][\p{L}\d._-]*)$/u;

/**
 * The first source whose byline is a name and not the site's own name. A login in the metadata
 * ("andrew.keaveney", "kffnirmitap") is the CMS account that posted the page; a full name shown
 * on the page is the writer, so it wins over one.
 */
export function chooseByline(
  sources: (string | null | undefined)[],
  siteName: string | null,
  host: string | null = null,
  lastResort?: () => string | null,
): string | null {
  // The site's own name ("Buzzsprout" on buzzsprout.com) is the publisher: a person named by
  // another source, or anywhere on the page, comes first; the site's name only when nothing does.
  // A brand spelled as the host ("Buzzsprout", "HomeAdvisor") is the site; a person's full name
  // spelled as the host ("Andrew Liptak" on andrewliptak.com) is the writer of a personal site.
  const isSite = (c: string): boolean => sameName(c, siteName) || (!!host && !/\s/.test(c) && c.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') === host);
  const valid = sources.filter((b): b is string => !!b && !!cleanByline(b));
  let names = valid.filter((b) => !isSite(cleanByline(b)!));
  if (!names.length && lastResort) {
    const found = lastResort();
    const c = found ? cleanByline(found) : null;
    if (found && c && !isSite(c)) names = [found];
  }
  let first = names[0] ?? valid[0];
  if (first && USERNAME.test(cleanByline(first)!)) first = names.find((b) => /\s/.test(cleanByline(b)!)) ?? first;
  // The same name with the writer's credentials in another source ("Vanessa Mendez, MD",
  // "Dr. Andrew Huberman"): pages print them, and they are part of the byline.
  if (first) {
    const base = cleanByline(first)!.toLowerCase();
    first = valid.find((b) => {
      const c = cleanByline(b)!;
      const lc = c.toLowerCase();
      if (lc.startsWith(base)) return CREDENTIALS.test(c.slice(base.length));
      return lc.endsWith(base) && DOCTOR.test(c.slice(0, c.length - base.length));
    }) ?? first;
  }
  // The same first name followed by more names in another source ("Moses Kim" in the metadata,
  // "Moses Kim and Kate Shokurova" printed on the page): a co-written piece has every writer.
  if (first) {
    const base = cleanByline(first)!.toLowerCase();
    first = valid.find((b) => {
      const c = cleanByline(b)!;
      const rest = c.slice(base.length);
      const isSiteName = !!siteName && siteName.toLowerCase().includes(rest.replace(/^[\s,&]+|^and\s+/gi, '').toLowerCase());
      return c.toLowerCase().startsWith(base) && MORE_NAMES.test(rest) && !ORGANISATION.test(rest) && !isSiteName;
    }) ?? first;
  }
  // "Jane Roe and John Doe, The Commercial Appeal": the publication after the names is the site.
  const site = siteName ? foldSpace(siteName) : '';
  if (first && site && first.toLowerCase().endsWith(`, ${site.toLowerCase()}`)) first = first.slice(0, -(site.length + 2));
  return first ?? null;
}

export function readPageMeta(doc: Document): PageMeta {
  const index = metaIndex(doc);
  const lang = doc.documentElement?.getAttribute('lang') || pick(index, 'og:locale', 'language', 'content-language');
  const { headlines, ...markup } = fromMarkup(doc);
  const ld = fromJsonLd(doc);
  const fromTags = fromMeta(index);
  // Scholarly pages list every author in a citation_author tag of its own; the first alone is a
  // fraction of the byline.
  const cited = Array.from(new Set(metaValues(doc, /^citation_authors?$/i).filter(Boolean)));
  if (cited.length > 1 && cited.length <= 12) fromTags.byline = cited.join(', ');
  const merged = merge(ld, fromTags, markup, { lang: lang ? foldSpace(lang) : null });
  const rawTitle: unknown = doc.title;
  const docTitle = typeof rawTitle === 'string' ? foldSpace(rawTitle) || null : null;
  // Yoast cuts JSON-LD headlines at 110 characters, mid-sentence: a title tag that goes on with
  // more words (not with a " | Site" separator) has the whole headline.
  const ldTitle = ld.title;
  if (ldTitle && ldTitle.length >= 100 && merged.title === ldTitle) {
    const whole = [fromTags.title, docTitle].find((t) => t && t.length > ldTitle.length && t.startsWith(ldTitle) && !/^\s*(?:[|\-–—·•:»/]|$)/.test(t.slice(ldTitle.length)));
    if (whole) merged.title = whole;
  }
  const headline = pickHeadline(headlines ?? [], merged.title ?? docTitle, merged.siteName, brandParts([fromTags.title, docTitle]));
  const shown = headline ? shownNear(headline.el) : { date: null, byline: null };
  const metaPublished = ld.published ?? fromTags.published ?? null;
  return {
    ...merged,
    title: headline?.text ?? merged.title ?? docTitle,
    published: choosePublished(doc, index, shown.date, metaPublished, merged.published, markup.byline),
    // The first source whose byline is a name: "View more posts", "Updated March 13, 2024" or an
    // unfilled template variable in one source leaves the next one to answer.
    byline: withCoWriters(headline?.el ?? null, chooseByline([ld.byline, fromTags.byline, markup.byline, shown.byline], merged.siteName, hostName(pageUrl(doc, index)),
      () => (doc.body ? bylineAnywhere(doc.body) : null) ?? writtenBy(index)) ?? merged.byline),
  };
}

/** A link to a writer's page: "/author/ruima/", "/authors/adrien-ramirez". */
const AUTHOR_HREF = /\/authors?\/[^/?#]+\/?(?:[?#]|$)/i;
/** How much text a byline box may hold (names, and a line of biography each) before it is a list. */
const BYLINE_BOX_MAX = 400;
/** How far above the headline its header reaches (h1 → title block → header → article → main). */
const HEADER_LEVELS = 4;
/** More links than this around the headline is the page's navigation or body, not its header. */
const HEADER_LINKS = 40;

/**
 * Every writer of a co-written piece. Metadata often names only the first ("Rui Ma"), while the
 * page prints each writer as a link to their author page, side by side in the byline ("Rui Ma,
 * Heba Ledwon, Manoel Cortes Mendez & Suparn Patra"). The link with the chosen name is looked for
 * in the headline's header, and the box around it read, up to three levels out and only while it
 * stays short: a sidebar of all the site's writers is a list, not a byline. The box must hold
 * nothing but the names and what joins them.
 */
function withCoWriters(h1: Element | null, byline: string | null): string | null {
  const name = byline ? cleanByline(byline) : null;
  if (!h1 || !name || /,|\band\b|&/.test(name)) return byline;
  // The byline sits with the headline: look in the headline's header, widening a level at a time
  // while it holds few links, never among the page's every link.
  let first: Element | undefined;
  for (let scope = h1.parentElement, level = 0; scope && !first && level < HEADER_LEVELS; scope = scope.parentElement, level++) {
    const links = scope.getElementsByTagName('a');
    if (links.length > HEADER_LINKS) break;
    first = Array.from(links).find((a) => AUTHOR_HREF.test(a.getAttribute('href') ?? '') && foldSpace(a.textContent ?? '').toLowerCase() === name.toLowerCase());
  }
  let box = first?.parentElement ?? null;
  for (let level = 0; box && level < 3; level++, box = box.parentElement) {
    if ((box.textContent ?? '').length > BYLINE_BOX_MAX) break;
    // One name per writer's page: a second link to it ("Author's Profile") is not a second writer.
    const byHref = new Map<string, string>();
    for (const a of Array.from(box.getElementsByTagName('a'))) {
      const href = a.getAttribute('href') ?? '';
      const text = foldSpace(a.textContent ?? '');
      if (AUTHOR_HREF.test(href) && !byHref.has(href) && /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){1,3}$/u.test(text)) byHref.set(href, text);
    }
    const names = Array.from(new Set(byHref.values()));
    if (names.length < 2) continue;
    // Only names and what joins them ("By", commas, "and", "&"): "Written by X | Edited by Y" or
    // a reviewer's credit names someone who did not write the piece.
    let rest = foldSpace(box.textContent ?? '');
    for (const n of names) rest = rest.replace(n, ' ');
    if (!/^\s*(?:(?:written\s+)?by:?)?(?:[\s,&]|\band\b)*$/i.test(rest)) return byline;
    return names.length <= 6 ? names.join(', ') : byline;
  }
  return byline;
}
