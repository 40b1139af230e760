import { foldSpace } from '../dom/text';
import { cleanByline } from './clean';

/**
 * Which byline: the sources' candidates, chosen (`chooseByline`) and completed with the co-writers
 * the page prints beside the headline (`withCoWriters`).
 */

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
export function siteLabel(host: string | null): string | null {
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
export function withCoWriters(h1: Element | null, byline: string | null): string | null {
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
