import { foldSpace } from '../dom/text';
import { repairMojibake } from '../dom/mojibake';

/**
 * Metadata clean-up, shared by every source: a title without its " | Site" suffix, a byline that
 * is only names, a date in ISO 8601 that keeps the page's own calendar day. Pure string functions:
 * the metadata reader cleans what its sources say with them, and so does the article's assembly
 * with what Readability says.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', middot: '·', bull: '•', copy: '©', reg: '®', trade: '™',
};

/**
 * Character references left in metadata strings: CMSs often escape a title twice, so the parsed
 * attribute or JSON-LD value still reads "Movers &#038; Packers" or "A &amp; B". Repeated, because
 * "&amp;#8211;" is escaped twice over. Text only: nothing here is ever parsed as markup.
 */
export function decodeEntities(s: string): string {
  for (let i = 0; i < 3 && /&(#\d+|#x[\da-f]+|[a-z]+);/i.test(s); i++) {
    s = s.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n < 0xe000) ? String.fromCodePoint(n) : m;
      }
      return NAMED_ENTITIES[e.toLowerCase()] ?? m;
    });
  }
  return s;
}

export const SEPARATORS = /\s+[|\-–—·•:»/]\s+|\s+::\s+/;

export function cleanTitle(title: string | null, siteName: string | null): string | null {
  if (!title) return null;
  let t = foldSpace(repairMojibake(decodeEntities(title)));
  const parts = t.split(SEPARATORS);
  if (parts.length > 1) {
    const site = siteName ? foldSpace(siteName).toLowerCase() : null;
    const last = parts[parts.length - 1].toLowerCase();
    const first = parts[0].toLowerCase();
    if (site && (last === site || site.includes(last) || last.includes(site))) {
      t = t.slice(0, t.toLowerCase().lastIndexOf(parts[parts.length - 1].toLowerCase())).replace(/\s*\S+\s*$/, '').trim() || t;
    } else if (site && (first === site || site.includes(first))) {
      t = t.slice(parts[0].length).replace(/^\s*\S+\s*/, '').trim() || t;
    }
  }
  // A section label before the title: "Blog: Best Social Media Agencies…".
  t = t.replace(/^(?:blog|news|article|post|press release)\s*:\s+(?=\S)/i, '');
  // A short brand after the last " | " that the site-name check missed ("… | GDevelop",
  // "… | Bridgestone Tires", "… | Newegg.com"): at most four words, each capitalised (or a domain, or "of", "the", "and"…)
  // after a title of at least two words. Up to two such segments go.
  for (let i = 0; i < 2; i++) {
    const m = t.match(/^(.*\S\s+\S.*?)\s+\|\s+([^|]{2,32})$/);
    if (!m || !isBrand(m[2])) break;
    t = m[1].trim();
  }
  return t || null;
}

/** Looks like a site or section name: one to four capitalised words (or a domain). */
function isBrand(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length > 4) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^[\w-]+\.[a-z]{2,}$/i.test(w) || /^(?:&|and|of|the|for)$/i.test(w));
}

/** Labels pages print before the names: "Author: X", "View all posts by X", "This post was written by X". */
const BY_PREFIX = /^(?:avatar\s+|(?:this\s+(?:post|article|story)\s+(?:was\s+)?)?(?:posted|written|words|reporting|reported|story|text|authored|recipe)?\s*by\b[:\s]*|insights\s+from\b[:\s]*|(?:view|see|read)\s+(?:all|more)\s+(?:posts|articles|stories)\s+(?:by|from)\b[:\s]*|(?:posts?\s+)?authors?\s*:\s*|authors?\s+(?=\p{Lu}))/iu;
const BYLINE_MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** Where a date or time glued after the names starts: "Gerrand 4 August 2010", "Carroll30 Sep", "Bates June 3, 2021". */
const LEADING_DATE = new RegExp(`^(?:${BYLINE_MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?!\\d)|\\d{1,2}\\s+${BYLINE_MONTH}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`, 'i');
const TRAILING_DATE = new RegExp(`\\s*(?:(?:\\b|(?<=\\p{Ll}))${BYLINE_MONTH}\\.?\\s+\\d|\\d)`, 'iu');
/** Job titles that follow the names: "Keith Barry Senior Autos Reporter", "X, Head of Marketing". */
const ROLE_CORE = 'editor|reporter|writer|educators?|correspondent|columnist|contributor|founder|co-founder|director|manager|ceo|cto|cfo|coo|president|journalist|analyst|producer|strategist|specialist|consultant';
const ROLE = `(?:senior|staff|contributing|associate|assistant|managing|executive|deputy|chief|lead|head\\s+of|(?:marketing|content|product|editorial)(?=\\s+(?:${ROLE_CORE}))|${ROLE_CORE})`;
const TRAILING_ROLE = new RegExp(`(?:,\\s*|\\s+)${ROLE}\\b.*$`, 'i');
/** A last comma part that ends in a role: "…, Extension horticulture educators", "…, Senior Staff Writer". */
const TRAILING_ROLE_PHRASE = new RegExp(`,\\s*[^,]{0,60}\\b(?:${ROLE_CORE})s?$`, 'i');
/** A person's name: two to four capitalised words with lowercase letters ("Keith Barry", not "AAA Travel"). */
const PERSON = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}'’-]*|de|van|von|da|del|la|le)){1,3}$/u;
/** Values that are not names at all: a status word, a link label, an unfilled template variable. */
const NOT_A_NAME = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|updated|published|posted|modified|last updated|the author|view (?:all|more) posts|read more|more|author|authors|by|admin|administrator|unknown|anonymous|null|undefined)$|^[\w-]+(?:\.[\w-]+){2,}$|\{\{|\$\{|%[a-z_]+%/i;
/** Initials alone ("CM") are an avatar placeholder, not a byline. */
const INITIALS = /^\p{Lu}{1,2}$/u;

export function cleanByline(byline: string | null): string | null {
  if (!byline) return null;
  // An e-mail address beside the name ("Newsdesk news@example.com") is contact, not name.
  let b = foldSpace(decodeEntities(byline).replace(/\S+@[\w-]+\.[\w.-]+/g, ' '));
  // A reading time is no part of a name ("August 28, 2025 • 5 min read").
  b = b.replace(/\b\d+\s*(?:min(?:ute)?s?|hrs?|hours?)\.?(?:\s+(?:read|reading|watch|listen)(?:ing)?(?:\s+time)?)?\b/gi, ' ').trim();
  // A date before the name, run together with it ("Dec 17, 2025Julian K. Arni").
  b = b.replace(LEADING_DATE, '').replace(/^[\s,;:|•·–—-]+/, '');
  for (let i = 0; i < 3; i++) {
    const next = b.replace(BY_PREFIX, '').trim();
    if (next === b) break;
    b = next;
  }
  // A co-writer's joiner left in front ("& Zackery Cuevas Writer, Hardware"), before the role check.
  b = b.replace(/^(?:and|&)\s+/i, '');
  // A label after the names: "Help Net Security Sponsored".
  b = b.replace(/\s+(?:sponsored(?:\s+content)?|partner\s+content|advertorial)$/i, '');
  // Drop what follows the names: dates, "|", roles after a comma-free dash, "updated…"
  // Whoever reviewed, fact-checked or edited the piece comes after its writer.
  b = b.split(/\.?\s+(?:medically\s+)?(?:reviewed|fact[- ]checked|edited|illustrated|photographed)\s+by\b/i)[0];
  b = b.split(/\s+[|•·]\s+|\s+-\s+|\s+on\s+(?=\w+ \d|\S*\d|behalf\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|,?\s+(?:last\s+)?(?:updated|published|posted)\b/i)[0];
  // A date or time glued on ("Andrew Gerrand 4 August 2010", "Chris Carroll30 Sep 2022"): names have no digits.
  const date = b.search(TRAILING_DATE);
  if (date > 0) b = b.slice(0, date);
  // Two blocks' text run together ("Harry RabinowitzTech Reporter", "Emily WalkerCasey McDevitt"):
  // the first name ends where a long lowercase run meets a capital ("McDevitt", "MacDonald" stay)
  // and more words or a status label follow (a one-word brand like "Team SimplyThrilled" stays).
  const glued = b.match(/^(\p{Lu}[\p{L}'’.-]*\s+(?:[\p{L}'’.-]+\s+){0,3}\p{Lu}\p{Ll}{4,})(?=\p{Lu}\S*\s(?!and\b|&)|(?:Published|Updated|Posted)\b)/u);
  if (glued) b = glued[1];
  // A link label after the names ("A. J. Neal View In Digital Edition", "Jane Roe Follow"), or the
  // greeting that starts the writer's biography ("Jack Shepherd Hi! I'm Jack, …").
  b = b.replace(/^(\S+\s+\S.*?)\s+(?:view|read|follow|see|more|share|email|contact|subscribe|let['’]s|hi|hello)\b.*$/i, '$1');
  // A job title after at least a first and last name.
  const persons = (names: string): boolean => names.split(/,\s*|\s+(?:and|&)\s+/).every((n) => PERSON.test(n));
  const role = [b.match(TRAILING_ROLE_PHRASE), b.match(TRAILING_ROLE)].find((m) => m && persons(b.slice(0, m.index)));
  if (role) b = b.slice(0, role.index);
  b = b.replace(/^(and|&)\s+|\s*[,;:|–—-]+\s*$/g, '').trim();
  if (!b || b.length > 120 || /^https?:/i.test(b) || NOT_A_NAME.test(b) || INITIALS.test(b) || !/\p{L}/u.test(b)) return null;
  return b;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

function isoFrom(y: number, m: number, d: number, time?: string): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}${time ?? ''}`;
}

function timeOf(s: string): string | undefined {
  const m = s.match(/\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?/i);
  if (!m) return undefined;
  let h = Number(m[1]);
  const ap = m[4]?.toLowerCase().replace(/\./g, '');
  if (ap === 'pm' && h < 12) h += 12;
  if (ap === 'am' && h === 12) h = 0;
  if (h > 23) return undefined;
  return `T${pad(h)}:${m[2]}:${m[3] ?? '00'}`;
}

/** ISO 8601 from the date formats pages use; the page's calendar day is kept (no UTC shift). */
export function normalizeDate(input: string | null): string | null {
  if (!input) return null;
  // A weekday before the date says nothing more: "Thu, 09/25/2025 - 11:38" (Drupal's default).
  const s = foldSpace(input).replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?=\d)/i, '');
  let m = s.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i);
  if (m) {
    const time = m[4] ? `T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[7] ? (m[7].toUpperCase() === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : ''}` : undefined;
    return isoFrom(Number(m[1]), Number(m[2]), Number(m[3]), time);
  }
  m = s.match(/^(\d{4})(\d{2})(\d{2})(?:T|$)/);
  if (m) return isoFrom(Number(m[1]), Number(m[2]), Number(m[3]));
  m = s.match(/^(\d{4})\/(\d{1,2})\/(\d{1,2})/);
  if (m) return isoFrom(Number(m[1]), Number(m[2]), Number(m[3]), timeOf(s));
  // "3/4/2025" is month first, as English-language pages print it, unless the first number can't be
  // a month; "25.06.2019" is day first.
  m = s.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return a > 12 ? isoFrom(Number(m[3]), b, a, timeOf(s.slice(m[0].length))) : isoFrom(Number(m[3]), a, b, timeOf(s.slice(m[0].length)));
  }
  m = s.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/);
  if (m) return isoFrom(Number(m[3]), Number(m[2]), Number(m[1]), timeOf(s.slice(m[0].length)));
  // "02-12-2025": with dashes the day comes first (pages that print month first use slashes),
  // unless the second number can't be a month.
  m = s.match(/^(\d{1,2})-(\d{1,2})-(\d{4})\b/);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return b > 12 ? isoFrom(Number(m[3]), a, b) : isoFrom(Number(m[3]), b, a);
  }
  // "2023 Jan 7", as citation_publication_date writes it.
  m = s.match(/^(\d{4})\s+([a-z]{3,9})\.?\s+(\d{1,2})\b/i);
  if (m && MONTHS.includes(m[2].slice(0, 3).toLowerCase())) return isoFrom(Number(m[1]), MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, Number(m[3]));
  // "February 9, 2017", "Feb. 9th 2017 8:35 am", "Thu, 9 February 2017", "9 Feb 2017"
  m = s.match(/\b([a-z]{3,9})\.?[\s.-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s.-]+(\d{4})\b/i);
  if (m && MONTHS.includes(m[1].slice(0, 3).toLowerCase())) {
    return isoFrom(Number(m[3]), MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, Number(m[2]), timeOf(s.slice(m.index! + m[0].length)));
  }
  m = s.match(/\b(\d{1,2})(?:st|nd|rd|th)?\.?[\s.-]+(?:of\s+)?([a-z]{3,9})\.?,?[\s.-]+(\d{4})\b/i);
  if (m && MONTHS.includes(m[2].slice(0, 3).toLowerCase())) {
    return isoFrom(Number(m[3]), MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, Number(m[1]), timeOf(s.slice(m.index! + m[0].length)));
  }
  // Epoch seconds or milliseconds
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const d = new Date(Number(s) * (s.length === 10 ? 1000 : 1));
    return d.toISOString();
  }
  return null;
}
