import { foldSpace } from '../dom/text';
import { hostOf } from '../dom/url';
import type { PageMeta } from './types';
import { readJsonLd } from './sources/json-ld';
import { readMetaTags } from './sources/meta-tags';
import { readMarkup } from './sources/markup';
import { readNearHeadline } from './sources/near-headline';
import { pageUrl, readAddress } from './sources/address';
import { bylineAnywhere, dateAnywhere } from './sources/anywhere';
import { brandParts, isSiteName, pickHeadline, wholeTitle } from './headline';
import { chooseByline, siteLabel, withCoWriters } from './byline';
import { choosePublished, datesInLine, urlDate } from './dates';
import { add, emptyCandidates, metaSource, type Candidates } from './provenance';

/**
 * The page's metadata: title, byline, site, publication date, excerpt, lead image, language. Read
 * right after the page is shown as a reader sees it and before pruning, because the byline, date
 * bar and JSON-LD it reads are exactly what pruning and the clutter rules delete. Readability's own
 * metadata fills the gaps later (assemble.ts), cleaned with the same functions (clean.ts).
 *
 * Each source is asked once, most trusted first: JSON-LD, the meta tags, the page's markup (its
 * `<title>`, h1s, `<time>`s and byline elements), the page's addresses, then the lines printed
 * near the headline once the headline is chosen; the last resorts (a labelled byline or date
 * anywhere in the body) only when nothing else answered. Every field is the first source's that has
 * one (`merge`), except the three a page states in several places, which are chosen from all of
 * them: the title (headline.ts), the byline (byline.ts) and the date (dates.ts).
 *
 * To add a source: a module in `sources/` that reads the page once and returns `Partial<PageMeta>`
 * (what else it finds under names of its own, as `MetaTags` and `Markup` do); call it below and put
 * its answer at its place of trust in `merge`'s list, and in a chooser's list if it names a title,
 * byline or date. Its tests go in test/src/metadata/sources/.
 */

export type { PageMeta } from './types';
export { cleanByline, cleanTitle, normalizeDate } from './clean';
export { provenanceOf, type Candidates } from './provenance';

/** The first non-empty value per key, in source order. */
function merge(...parts: Partial<PageMeta>[]): PageMeta {
  const keys = ['title', 'byline', 'siteName', 'published', 'excerpt', 'leadImage', 'lang'] as const;
  const out = {} as PageMeta;
  for (const k of keys) out[k] = parts.map((p) => p[k]).find((v) => v != null && v !== '') ?? null;
  return out;
}

export function readMetadata(doc: Document): PageMeta {
  // First: its walk gathers the elements the other sources read.
  const markup = readMarkup(doc);
  const ld = readJsonLd(markup.tags.script);
  const tags = readMetaTags(markup.tags.meta);
  const address = readAddress(doc, markup.tags.link, tags.url);
  const lang = markup.htmlLang || tags.locale;
  const merged = merge(ld, tags, { published: markup.published, byline: markup.byline }, { lang: lang ? foldSpace(lang) : null });
  if (ld.title && merged.title === ld.title) merged.title = wholeTitle(ld.title, [tags.title, markup.docTitle]);
  const metaTitle = merged.title ?? markup.docTitle;
  const brands = brandParts([tags.title, markup.docTitle]);
  const url = pageUrl(address);
  const host = siteLabel(hostOf(url));
  // A title that is only the site's name agrees with no headline: the first h1 that is not that name is the title.
  const siteOnly = isSiteName(metaTitle, merged.siteName, host, doc, url);
  if (siteOnly) brands.add(foldSpace(metaTitle!).toLowerCase());
  const headline = pickHeadline(markup.headlines, siteOnly ? null : metaTitle, merged.siteName, brands);
  const near = headline ? readNearHeadline(headline.el) : { date: null, byline: null };
  // The last resorts run only when asked; what they answer is recorded for provenance.
  let anywhereDate: string | null = null;
  let anywhereByline: string | null = null;
  const addresses = [address.ogUrl, address.canonical, address.documentUrl];
  const chosenByline = chooseByline([ld.byline, tags.byline, markup.byline, near.byline], merged.siteName, host,
    () => (anywhereByline = doc.body ? bylineAnywhere(doc.body) : null) ?? tags.writtenBy) ?? merged.byline;
  const out: PageMeta = {
    ...merged,
    title: headline?.text ?? merged.title ?? markup.docTitle,
    published: choosePublished(
      addresses,
      near.date,
      ld.published ?? tags.published ?? null,
      merged.published,
      markup.byline,
      () => (anywhereDate = doc.body ? dateAnywhere(doc.body) : null),
    ),
    // The first source whose byline is a name: "View more posts", "Updated March 13, 2024" or an
    // unfilled template variable in one source leaves the next one to answer.
    byline: withCoWriters(headline?.el ?? null, chosenByline),
  };
  const c: Candidates = emptyCandidates();
  add(c.title, 'h1', headline?.text);
  add(c.title, 'jsonld', ld.title);
  add(c.title, metaSource(tags.keys.title), tags.title);
  add(c.title, 'title', markup.docTitle);
  if (out.byline !== chosenByline) add(c.byline, 'author-links', out.byline);
  add(c.byline, 'jsonld', ld.byline);
  add(c.byline, metaSource(tags.keys.byline), tags.byline);
  add(c.byline, 'byline-element', markup.byline);
  add(c.byline, 'byline-near-headline', near.byline);
  add(c.byline, 'byline-anywhere', anywhereByline);
  add(c.byline, 'meta:twitter-label', tags.writtenBy);
  add(c.published, 'url-date', addresses.map(urlDate).find(Boolean));
  add(c.published, 'date-near-headline', near.date?.date);
  add(c.published, 'jsonld', ld.published);
  add(c.published, metaSource(tags.keys.published), tags.published);
  add(c.published, 'time', markup.published);
  add(c.published, 'byline-element', markup.byline ? datesInLine(markup.byline)[0]?.date : null);
  add(c.published, 'date-anywhere', anywhereDate);
  add(c.siteName, 'jsonld', ld.siteName);
  add(c.siteName, metaSource(tags.keys.siteName), tags.siteName);
  add(c.lang, 'html-lang', markup.htmlLang);
  add(c.lang, metaSource(tags.keys.locale), tags.locale);
  return { ...out, candidates: c, ldArticle: ld.article };
}
