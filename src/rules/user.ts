import type { UserRule } from '../types';
import type { RuleGroup } from './types';
import { hostOf } from '../dom/url';

/** A user's text pattern: `/regex/flags`, or a plain phrase matched anywhere, ignoring case. */
export function compilePattern(p: string): RegExp | null {
  const m = p.match(/^\/(.+)\/([a-z]*)$/s);
  try {
    if (m) return new RegExp(m[1], m[2].replace(/[gy]/g, ''));
    const phrase = p.trim();
    if (!phrase) return null;
    return new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'i');
  } catch {
    return null;
  }
}

/** True when `site` (a hostname) covers `host`: the same host or a subdomain of it. */
export function siteMatches(site: string, host: string | null): boolean {
  const s = site.trim().toLowerCase().replace(/^\*\./, '').replace(/^www\./, '');
  if (!s) return true;
  if (!host) return false;
  const h = host.replace(/^www\./, '');
  return h === s || h.endsWith('.' + s);
}

/** A user's rules that apply at `url`, as one rule group of kind "user" (applied after the built-in groups), or undefined when none does. */
export function compileUserRules(rules: UserRule[] | undefined, url: string | undefined): RuleGroup | undefined {
  if (!rules?.length) return undefined;
  const host = hostOf(url);
  const active = rules.filter((r) => !r.site || siteMatches(r.site, host));
  const selectors = active.map((r) => r.selector?.trim()).filter((s): s is string => !!s);
  const patterns = active.map((r) => (r.pattern ? compilePattern(r.pattern) : null)).filter((p): p is RegExp => !!p);
  if (!selectors.length && !patterns.length) return undefined;
  return { kind: 'user', label: 'your rule', selectors, patterns };
}
