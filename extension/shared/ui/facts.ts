import type { Article } from '../../../src/index';
import { h } from './element';

/**
 * The article's header, for the popup and the reader: the title, then the facts (author, site,
 * date, reading time, word count, language). One wording for each fact; what differs between the
 * two places is a parameter: the popup's compact header names each fact ("Reading time 4 min"),
 * the reader's runs them in one line under the title ("Steven Emerson · The Algemeiner · February
 * 9, 2017 · 4 min read"), with the date in the article's own language.
 */
export function readingTime(minutes: number): string {
  return `${Math.max(1, Math.round(minutes))} min`;
}

export function wordCount(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** "9 Feb 2017" (medium) or "February 9, 2017" (long) in `locale`; the raw value when it is not a date. */
export function publishedDate(iso: string, locale?: string, style: 'medium' | 'long' = 'medium'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // A date without a time is a calendar day: show it as such, whatever the time zone.
  const options: Intl.DateTimeFormatOptions = { dateStyle: style, ...(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? { timeZone: 'UTC' } : {}) };
  try {
    return new Intl.DateTimeFormat(locale, options).format(d);
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(d); // a page's lang that is no locale
  }
}

/** "English (en-US)" (the language, not the variant: the tag says that); the tag alone when the browser cannot name it. */
export function languageName(tag: string, locale?: string): string {
  try {
    const name = new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'language' }).of(tag.split(/[-_]/)[0]);
    return name && name.toLowerCase() !== tag.toLowerCase() ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

export type FactKey = 'site' | 'date' | 'reading' | 'words' | 'lang';

export interface HeaderOptions {
  /** 'chips': each fact with its label (the popup); 'line': the values in one line (the reader). */
  layout: 'chips' | 'line';
  /** Which facts, in order; the author always comes first. */
  facts: readonly FactKey[];
  dateStyle: 'medium' | 'long';
  /** Locale for dates and numbers (undefined: the user's). */
  locale?: string;
}

interface Fact {
  key: FactKey;
  label: string;
  /** The value alone, and as it reads in a line without labels. */
  text: string;
  inLine: string;
  /** Test id, kept from the popup's static markup. */
  testId: string;
  datetime?: string;
}

/** The locale if the browser knows it: a page's `lang` can be anything. */
function usableLocale(locale: string | undefined): string | undefined {
  try {
    return locale ? Intl.getCanonicalLocales(locale)[0] : undefined;
  } catch {
    return undefined;
  }
}

function fact(key: FactKey, a: Article, o: HeaderOptions, locale: string | undefined): Fact | null {
  const plain = (label: string, testId: string, text: string, inLine = text): Fact => ({ key, label, text, inLine, testId });
  switch (key) {
    case 'site':
      return a.siteName ? plain('Site', 'site', a.siteName) : null;
    case 'date':
      return a.published ? { ...plain('Published', 'date', publishedDate(a.published, locale, o.dateStyle)), datetime: a.published } : null;
    case 'reading':
      return plain('Reading time', 'reading-time', readingTime(a.readingMinutes), `${readingTime(a.readingMinutes)} read`);
    case 'words':
      return plain('Words', 'word-count', wordCount(a.wordCount, locale), `${wordCount(a.wordCount, locale)} words`);
    case 'lang':
      return a.lang ? plain('Language', 'language', languageName(a.lang, locale)) : null;
  }
}

/** One fact's value: a `<time>` for the date (machine-readable), text otherwise. */
function value(doc: Document, f: Fact, text: string, tag: 'span' | 'dd'): HTMLElement {
  if (f.datetime) {
    const time = h(doc, 'time', { class: f.key, 'data-testid': f.testId, datetime: f.datetime, dir: 'auto' }, text);
    return tag === 'dd' ? h(doc, 'dd', {}, time) : time;
  }
  return h(doc, tag, { class: f.key, 'data-testid': f.testId, dir: 'auto' }, text);
}

export function articleHeader(doc: Document, a: Article, o: HeaderOptions): HTMLElement {
  const title = h(doc, 'h1', { class: 'title', 'data-testid': 'title', dir: 'auto' }, a.title || 'Untitled article');
  // Each value is its own direction ("dir=auto"): in a right-to-left article, "4 min read" still
  // reads left to right, and an Arabic byline right to left in the English popup.
  const byline = (tag: 'span') => a.byline && h(doc, tag, { class: 'byline', 'data-testid': 'byline', dir: 'auto' }, a.byline);
  const locale = usableLocale(o.locale);
  const list = o.facts.flatMap((key) => fact(key, a, o, locale) ?? []);
  if (o.layout === 'line') {
    // The separators are text of the line itself, between the values: inside a value (a ::before)
    // they would take its direction and stand on the wrong side of it in a right-to-left article.
    const values = [byline('span'), ...list.map((f) => value(doc, f, f.inLine, 'span'))].filter((v): v is HTMLElement => !!v);
    const line = values.flatMap((v, i) => (i ? [doc.createTextNode(' · '), v] : [v]));
    return h(doc, 'header', { class: 'head', 'data-testid': 'head' }, title, h(doc, 'p', { class: 'meta' }, ...line));
  }
  // The byline is the first chip ("By …"), so it shares a row with the facts (the popup's header is small).
  const by = a.byline ? [h(doc, 'div', { 'data-fact': 'byline' }, h(doc, 'dt', {}, 'By'), h(doc, 'dd', { class: 'byline', 'data-testid': 'byline', dir: 'auto' }, a.byline))] : [];
  const chips = list.map((f) => h(doc, 'div', { 'data-fact': f.key }, h(doc, 'dt', {}, f.label), value(doc, f, f.text, 'dd')));
  return h(doc, 'header', { class: 'head', 'data-testid': 'head' }, title, h(doc, 'dl', { class: 'facts' }, ...by, ...chips));
}
