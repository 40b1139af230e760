import { compilePattern, type UserRule } from '../../src/index';

/**
 * Checks a rule the user typed before it is saved, with a message that says what is wrong.
 * The pipeline skips bad rules anyway; this is where the user learns why.
 */
export type RuleCheck = { ok: true; rule: UserRule } | { ok: false; field: 'value' | 'site'; message: string };

const HOST = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** A site as typed ("www.Example.com", "https://example.com/news", "*.example.com") → hostname. */
export function normalizeSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return '';
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) {
    try {
      s = new URL(s).hostname;
    } catch {
      return null;
    }
  }
  s = s.replace(/\/.*$/, '').replace(/:\d+$/, '');
  return HOST.test(s) ? s : null;
}

export function checkSelector(selector: string, doc: Document): string | null {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return null;
  } catch {
    return `"${selector}" is not a valid CSS selector.`;
  }
}

export function checkPattern(pattern: string): string | null {
  const m = pattern.match(/^\/(.+)\/([a-z]*)$/s);
  if (m) {
    try {
      new RegExp(m[1], m[2]);
    } catch (e) {
      return `Not a valid regular expression: ${e instanceof Error ? e.message : e}`;
    }
  }
  return compilePattern(pattern) ? null : 'Not a valid text pattern.';
}

export function checkRule(kind: 'selector' | 'pattern', rawValue: string, rawSite: string, doc: Document): RuleCheck {
  const value = rawValue.trim();
  if (!value) return { ok: false, field: 'value', message: kind === 'selector' ? 'Type a CSS selector.' : 'Type a phrase or a /regular expression/.' };
  if (value.length > 1000) return { ok: false, field: 'value', message: 'That rule is too long (at most 1,000 characters).' };
  const problem = kind === 'selector' ? checkSelector(value, doc) : checkPattern(value);
  if (problem) return { ok: false, field: 'value', message: problem };
  const site = normalizeSite(rawSite);
  if (site === null) return { ok: false, field: 'site', message: `"${rawSite.trim()}" is not a site name such as example.com.` };
  const rule: UserRule = kind === 'selector' ? { selector: value } : { pattern: value };
  if (site) rule.site = site;
  return { ok: true, rule };
}

export function sameRule(a: UserRule, b: UserRule): boolean {
  return a.selector === b.selector && a.pattern === b.pattern && (a.site ?? '') === (b.site ?? '');
}
