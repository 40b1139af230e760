import { foldSpace } from '../dom/text';

/**
 * Metadata clean-up, shared by every source: a title without its " | Site" suffix, a byline that
 * is only names, a date in ISO 8601 that keeps the page's own calendar day.
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

const SEPARATORS = /\s+[|\-–—·•:»/]\s+|\s+::\s+/;

export function cleanTitle(title: string | null, siteName: string | null): string | null {
  if (!title) return null;
  let t = foldSpace(decodeEntities(title));
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
  return t || null;
}

export function cleanByline(byline: string | null): string | null {
  if (!byline) return null;
  let b = foldSpace(decodeEntities(byline))
    .replace(/^(avatar\s+)?(posted|written|words|reporting|story|text)?\s*by[:\s]+/i, '')
    .replace(/^avatar\s+/i, '')
    .replace(/^(avatar\s+)?by\s+/i, '');
  // Drop what follows the names: dates, "|", roles after a comma-free dash, "updated…"
  b = b.split(/\s+[|•·]\s+|\s+-\s+|\s+on\s+(?=\w+ \d)|,?\s+(?:updated|published|posted)\b/i)[0];
  b = b.replace(/^(and|&)\s+|\s*[,;]\s*$/g, '').trim();
  if (!b || b.length > 120 || /^https?:/i.test(b)) return null;
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
  const s = foldSpace(input);
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
