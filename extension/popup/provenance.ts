import type { Article, FactCandidate, FactName } from '../../src/index';
import { h } from '../shared/ui/element';
import { languageName, publishedDate } from '../shared/ui/facts';

/**
 * Where each fact of the popup's header came from, shown when the fact is hovered or focused, with
 * what the page's other sources said when they disagree: one click on one of those makes it the
 * fact (for this popup's article, so Copy and Download use it too). The popup's alone: the reader's
 * header stays a plain line, and none of this is in the content script.
 */

/** The header's `data-fact` keys, by the fact they show. */
const FACT_OF: Record<string, FactName> = { title: 'title', byline: 'byline', site: 'siteName', date: 'published', lang: 'lang' };

/** Each source in words, with its code (the CLI's JSON names it by the code). */
const SOURCE_WORDS: [RegExp, string][] = [
  [/^jsonld$/, 'the page’s structured data (JSON-LD)'],
  [/^meta:twitter-label$/, 'the page’s “Written by” card tag'],
  [/^meta:(.+)$/, 'the page’s $1 meta tag'],
  [/^h1$/, 'the headline on the page (h1)'],
  [/^title$/, 'the page’s title (tab title)'],
  [/^time$/, 'a date marked up on the page (<time>)'],
  [/^byline-element$/, 'the byline element on the page'],
  [/^byline-near-headline$/, 'the byline printed by the headline'],
  [/^date-near-headline$/, 'the date printed by the headline'],
  [/^url-date$/, 'the date in the page’s address'],
  [/^author-links$/, 'the writers linked in the byline'],
  [/^byline-anywhere$/, 'a “By …” line on the page'],
  [/^date-anywhere$/, 'a labelled date on the page'],
  [/^html-lang$/, 'the page’s language tag (<html lang>)'],
  [/^readability$/, 'Readability’s guess'],
];

export function sourceWords(source: string): string {
  for (const [re, words] of SOURCE_WORDS) if (re.test(source)) return source.replace(re, words);
  return source;
}

function shown(fact: FactName, value: string): string {
  if (fact === 'published') return publishedDate(value);
  if (fact === 'lang') return languageName(value);
  return value;
}

/**
 * The article with `alt` as its `fact`: the chosen value becomes an alternative in its place, so
 * the user can go back with one more click.
 */
export function chooseAlternative(a: Article, fact: FactName, alt: FactCandidate): Article {
  const p = a.provenance;
  if (!p) return a;
  const was = a[fact];
  const others = p[fact].alternatives.filter((c) => c !== alt);
  const alternatives = was != null && p[fact].source ? [{ source: p[fact].source, value: was }, ...others] : others;
  return { ...a, [fact]: alt.value, provenance: { ...p, [fact]: { source: alt.source, alternatives } } };
}

/**
 * Adds each fact's source (and its alternatives as buttons) to `header` as built by articleHeader;
 * `pick` gets the fact and the alternative the user chose.
 */
export function addSources(header: HTMLElement, a: Article, pick: (fact: FactName, alt: FactCandidate) => void): void {
  const p = a.provenance;
  if (!p) return;
  const doc = header.ownerDocument;
  const title = header.querySelector('h1');
  if (title) {
    const box = h(doc, 'div', { 'data-fact': 'title', class: 'title-fact' });
    title.replaceWith(box);
    box.append(title);
  }
  for (const el of header.querySelectorAll<HTMLElement>('[data-fact]')) {
    const fact = FACT_OF[el.dataset.fact ?? ''];
    const source = fact ? p[fact]?.source : null;
    if (!fact || !source) continue;
    const id = `source-${fact}`;
    const alts = p[fact].alternatives.map((alt) =>
      h(doc, 'button', { type: 'button', class: 'alt', 'data-testid': `alt-${fact}`, 'data-source': alt.source, title: `From ${sourceWords(alt.source)}` }, `Use “${shown(fact, alt.value)}”`));
    alts.forEach((b, i) => b.addEventListener('click', () => pick(fact, p[fact].alternatives[i])));
    const note = h(doc, 'span', { id, class: 'from', 'data-testid': id, 'data-source': source }, `From ${sourceWords(source)}`);
    const others = alts.length ? [h(doc, 'span', { class: 'others' }, 'Other sources say:'), ...alts] : [];
    // In the facts' list, a second dd of the fact's group (a dl's div holds only dt and dd).
    el.append(h(doc, el.parentElement?.localName === 'dl' ? 'dd' : 'span', { class: 'sources' }, note, ...others));
    // Focusable, so the source shows for the keyboard too, and is read with the fact.
    el.tabIndex = 0;
    el.setAttribute('aria-describedby', id);
  }
}
