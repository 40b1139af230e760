/**
 * The pipeline's public data shapes. Everything here is plain data (JSON-safe) so it can cross
 * extension message boundaries and be printed by the CLI unchanged.
 */

/** Kinds of clutter the pipeline removes: each rule group in `rules/` has one, a user's rules are "user", and the structural steps report theirs as "chrome" or "related". */
export type RemovalKind =
  | 'share'
  | 'recaptcha'
  | 'related'
  | 'newsletter'
  | 'comments'
  | 'chrome'
  | 'user';

/** One block the pipeline took out, so the UI can show it and offer to restore it. */
export interface Removal {
  /** Stable within one extraction; the UI uses it to ask for a restore. */
  id: number;
  kind: RemovalKind;
  /** Why it went: the rule that matched, in words a user can read. */
  reason: string;
  /** A short preview of the removed text (at most ~120 characters). */
  text: string;
  /**
   * Sanitized HTML of the removed block, for restoring it into the article. Empty when the block
   * held nothing worth restoring (e.g. an empty share bar). `extract` sanitizes the removals when
   * this is first read (of any of them), not before: most readers never open the Removed list.
   */
  html: string;
  /**
   * Where the block sat: the index of the top-level article block it was removed from or before
   * (-1 when it was removed before Readability ran and its place is unknown; restore appends).
   */
  position: number;
}

/** The facts whose source the article records. */
export type FactName = 'title' | 'byline' | 'siteName' | 'published' | 'lang';

/**
 * A value one of the page's sources gives for a fact, cleaned as the fact is. `source` names it:
 * `jsonld`, `meta:og` / `meta:article` / `meta:author` / … (the tag's prefix), `h1`, `title` (the
 * document's), `time`, `byline-element`, `byline-near-headline`, `date-near-headline`, `url-date`,
 * `author-links`, `byline-anywhere`, `date-anywhere`, `html-lang`, `readability`.
 */
export interface FactCandidate {
  source: string;
  value: string;
}

/** Where a fact came from (null: no value), and what the other sources said when they disagree. */
export interface FactProvenance {
  source: string | null;
  alternatives: FactCandidate[];
}

export type Provenance = Record<FactName, FactProvenance>;

/**
 * A sign that the article looks cut short. `evidence` holds what was measured; `fix` the action
 * that fits: `show-tail` (show what was removed near the end), `page-text` (use the page's own
 * article text, in `pageText`), or none.
 */
export interface Warning {
  code: 'jsonld-longer' | 'paywalled' | 'ends-mid-sentence' | 'removed-at-end' | 'page-larger';
  /** In words (warningMessage): the CLI's JSON has it; the pipeline leaves it to the hosts. */
  message?: string;
  evidence: Record<string, string | number | boolean>;
  fix: 'show-tail' | 'page-text' | null;
  /** The page's own article text (its JSON-LD articleBody), plain text, for the `page-text` fix. */
  pageText?: string;
}

/**
 * What the page says of its article: its JSON-LD's text, length and paywall flag; the words of
 * article-like prose the page holds outside the article, in all and the most under one parent.
 */
export interface PageSignals {
  ld: { body: string | null; wordCount: number | null; paywalled: boolean } | undefined;
  outside: { words: number; group: number };
}

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 (date or date-time) or null. */
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  wordCount: number;
  readingMinutes: number;
  /** Sanitized article HTML (a fragment, no html/head/body). */
  html: string;
  /** Plain text: paragraphs separated by a blank line, headings and list items on their own lines. */
  text: string;
  removed: Removal[];
  /** Where the title, byline, site, date and language came from. */
  provenance?: Provenance;
  /** What the page says of its article, for the cut-short warnings (`cutShortWarnings(article)`). */
  signals?: PageSignals;
  /** Signs that the article was cut short, as `cutShortWarnings` finds them (the CLI's JSON has them). */
  warnings?: Warning[];
}

/** The facts about the article that come from the page's metadata, not from its cleaned text. */
export type ArticleFacts = Pick<Article, 'title' | 'byline' | 'siteName' | 'published' | 'lang' | 'dir' | 'excerpt' | 'leadImage' | 'provenance' | 'signals'>;

export type FailureCode = 'no-article' | 'not-html' | 'too-large' | 'timeout' | 'parse-error' | 'no-dom';

export interface Failure {
  code: FailureCode;
  /** A sentence a user understands. */
  message: string;
}

export type ExtractResult = { ok: true; article: Article } | { ok: false; error: Failure };

/** A user's own clutter rule, from the options page. */
export interface UserRule {
  /** CSS selector, or a text pattern (a plain phrase, or /regex/flags). */
  selector?: string;
  pattern?: string;
  /** Hostname the rule applies to (matches the host and its subdomains); omitted = every site. */
  site?: string;
}

/**
 * How a learned rule describes a block so that it is found again when the site re-hashes its class
 * names, wraps it in other elements or edits its text a little (rules/learned.ts says how).
 */
export interface BlockDescription {
  /** The block's tag name. */
  tag: string;
  /** The nearest ancestor that is a landmark or carries a stable attribute; null: the page's body. */
  anchor: { tag: string; attr: [string, string] | null } | null;
  /** Tag names from below the anchor down to the block's parent (support only: wrappers may change). */
  path: string[];
  /** The block's own stable attributes ([name, value]; `class` one word-like class each). */
  attrs: [string, string][];
  /** Its aria-label or first heading's text, lowercased ('' when it has none). */
  label: string;
}

/** A rule learned from the reader: keep or remove a block on a site. */
export interface LearnedRule {
  /** Hostname (matches the host and its subdomains). */
  site: string;
  action: 'keep' | 'remove';
  block: BlockDescription;
  /** The block's first distinct words (lowercased, 3+ letters): support when its text changes a little. */
  fingerprint: string[];
  /** ISO 8601 time it was made. */
  created: string;
  /** Switched off in the options page: kept but not applied. */
  enabled: boolean;
}

export interface ExtractOptions {
  /** The page's URL: resolves relative links and picks per-site user rules. */
  url?: string;
  rules?: UserRule[];
  /** Rules learned from the reader (keep or remove a block), applied where their site matches `url`. */
  learned?: LearnedRule[];
  /** Extract even when the page does not look like an article ("Try anyway"). */
  force?: boolean;
  /** Upper bound on elements Readability will parse before giving up (too-large). */
  maxElements?: number;
  /** Budget in ms; checked between steps, so a slow page fails with `timeout` instead of hanging. */
  timeBudgetMs?: number;
  /** Clock, injectable for tests; defaults to performance.now / Date.now. */
  now?: () => number;
  /**
   * The document is a browser's own (the content script's page): the page is measured before it is
   * copied by selector queries, which run natively there, instead of a walk that is cheaper in jsdom
   * but gives each of the page's nodes a wrapper in the script's world.
   */
  nativeDom?: boolean;
  /** Called after each step (or group of steps) with its name and the clock's reading: the benchmarks' shares per step. */
  trace?: (step: string, at: number) => void;
}
