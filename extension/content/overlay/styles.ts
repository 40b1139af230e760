import { ARTICLE_FONTS } from '../../shared/measure';

/**
 * The overlay's styles, applied inside its closed shadow root. `:host` starts from
 * `all: initial !important`: for important rules the shadow tree's context wins over the page's,
 * so hostile page CSS (`* { display: none !important; opacity: 0 !important }`) cannot hide or
 * restyle the host (every property it could set is reset), and page selectors cannot match
 * anything inside the shadow root at all. Three things still reach a shadow tree from the page,
 * and each is shut out here:
 * - `all` leaves `direction` alone, so an RTL page would mirror the toolbar: `.root` is `ltr`
 *   (the article carries its own `dir`).
 * - Page rules on the host's pseudo-elements (`::before`, `::after`, `::first-line`…), which can
 *   load URLs the page chose: switched off from inside, with `!important`.
 * - A page's `@font-face` rules are the document's and apply to shadow trees too: a page could
 *   name a face "Georgia" and learn when the reader opens (and show other glyphs). So every font
 *   here is a generic family, which the browser maps to the user's own fonts and no `@font-face`
 *   can claim.
 * Themes are custom properties on `.root[data-theme]`; "auto" follows prefers-color-scheme. Every
 * custom property used is set on `.root`, so none is inherited from the page through the host.
 * `--line` is for rules between areas, `--control` for control borders (3:1 against the
 * background, WCAG 1.4.11).
 */
const LIGHT = '--bg: #fbfbf8; --fg: #1d1d1f; --muted: #5b5b61; --line: #d9d9d4; --control: #8a8a86; --accent: #0b57d0; --bar: #f1f1ec; --mark: #fff3b0; --speak: #dde9fb;';
const DARK = '--bg: #1b1c1f; --fg: #e6e4df; --muted: #a3a19b; --line: #3a3b40; --control: #8b8a86; --accent: #8ab4f8; --bar: #24262a; --mark: #5c4d12; --speak: #233653; color-scheme: dark;';
const SEPIA = '--bg: #f4ecd8; --fg: #3b2f22; --muted: #6f5e4a; --line: #dccdaf; --control: #927c5f; --accent: #8a4b0f; --bar: #ebe0c6; --mark: #f0d98c; --speak: #e8d5ae;';
const UI_FONT = ARTICLE_FONTS.sans;

export const OVERLAY_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 !important;
  z-index: 2147483647 !important;
  contain: strict !important;
  direction: ltr !important;
}
:host::before, :host::after, :host::marker, :host::backdrop {
  content: none !important; display: none !important; background: none !important;
  border-image: none !important; list-style-image: none !important;
}
:host::first-line, :host::first-letter { background: none !important; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.root {
  ${LIGHT}
  --size: 20; --measure: 620px;
  position: absolute; inset: 0; display: flex; flex-direction: column;
  background: var(--bg); color: var(--fg); direction: ltr;
  font: 15px/1.4 ${UI_FONT};
  text-align: start;
}
.root[data-theme="sepia"] { ${SEPIA} }
.root[data-theme="dark"] { ${DARK} }
@media (prefers-color-scheme: dark) { .root[data-theme="auto"] { ${DARK} } }
.bar {
  flex: none; display: flex; align-items: center; gap: 6px; position: relative; z-index: 2;
  padding: 6px 12px; background: var(--bar); border-bottom: 1px solid var(--line);
}
.spacer { flex: 1; }
.menu-wrap { position: relative; }
.menu {
  position: absolute; top: calc(100% + 8px); inset-inline-start: 0; min-width: 15em;
  display: grid; gap: 10px; padding: 12px; border: 1px solid var(--control); border-radius: 8px;
  background: var(--bg); box-shadow: 0 6px 24px rgb(0 0 0 / .18);
}
.menu.end { inset-inline-start: auto; inset-inline-end: 0; }
.menu .row { display: flex; gap: 4px; align-items: center; flex-wrap: wrap; }
.menu .label { flex: 1 0 100%; font-size: 12px; color: var(--muted); }
.menu .value { min-width: 5.5em; text-align: center; font-size: 13px; font-variant-numeric: tabular-nums; }
button, select {
  font: inherit; font-size: 13px; color: var(--fg); background: transparent;
  border: 1px solid var(--control); border-radius: 6px; padding: 4px 9px; cursor: pointer; min-height: 30px;
}
select { background: var(--bg); }
button:hover { background: color-mix(in srgb, var(--fg) 8%, transparent); }
button[aria-pressed="true"], button[aria-expanded="true"] { background: var(--fg); color: var(--bg); border-color: var(--fg); }
button.default { border-width: 2px; border-color: var(--accent); }
button:disabled { opacity: .55; cursor: default; }
button:focus-visible, summary:focus-visible, select:focus-visible, a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.close { font-size: 18px; line-height: 1; padding: 2px 10px; }
.progress { flex: none; height: 3px; background: var(--line); }
.progress > div { height: 100%; background: var(--accent); transform-origin: 0 0; transform: scaleX(0); }
.status {
  position: absolute; bottom: 20px; left: 50%; transform: translate(-50%, 8px); z-index: 3;
  max-width: min(36em, calc(100% - 32px)); padding: 8px 14px; border-radius: 8px;
  background: var(--fg); color: var(--bg); font-size: 14px; pointer-events: none;
  opacity: 0; transition: opacity .2s, transform .2s;
}
.status.shown { opacity: 1; transform: translate(-50%, 0); }
.status.bad { background: #b3261e; color: #fff; }
.main { flex: 1; min-height: 0; display: flex; position: relative; }
.scroller {
  flex: 1; overflow-y: scroll; overscroll-behavior: contain; outline: none;
  scrollbar-color: var(--control) var(--bg);
}
/* The reader's own <article> (the article's body may hold <article> elements of its own). */
.scroller > article {
  margin: 0 auto; padding: 40px 24px 96px; max-width: calc(min(var(--measure), 40em) + 48px);
  font-size: calc(var(--size) * 1px); line-height: 1.6; font-family: serif;
  overflow-wrap: break-word;
}
.root[data-font="sans"] .scroller > article { font-family: ${UI_FONT}; }
h1.title { font-size: 1.7em; line-height: 1.2; margin: 0 0 .4em; }
.meta { color: var(--muted); font-size: .8em; margin: 0 0 2em; font-family: ${UI_FONT}; }
.body img, .body video { max-width: 100%; height: auto; }
.body a { color: var(--accent); }
.body pre { overflow-x: auto; font-size: .85em; background: var(--bar); padding: .8em; border-radius: 6px; }
.body code { font-size: .9em; }
.body blockquote { margin: 1em 0; padding: 0 1em; border-inline-start: 3px solid var(--line); color: var(--muted); }
.body table { border-collapse: collapse; display: block; overflow-x: auto; }
.body th, .body td { border: 1px solid var(--line); padding: .3em .6em; }
.body figure { margin: 1em 0; }
.body figcaption { font-size: .8em; color: var(--muted); }
.body [data-restored] { background: var(--mark); border-radius: 4px; padding: 0 .4em; }
.body [data-speaking], .title[data-speaking] { background: var(--speak); border-radius: 4px; box-shadow: 0 0 0 .25em var(--speak); }
.message { margin: 4em auto; max-width: 40em; text-align: center; }
.warnings { margin: 1em 0; font-family: ${UI_FONT}; font-size: .75em; }
.warning { margin: .4em 0; padding: .5em .8em; border-left: 3px solid #b7791f; background: var(--chip, rgb(127 127 127 / .12)); }
.warning button { margin-left: .6em; font: inherit; }
.removed { margin-top: 3em; border-top: 1px solid var(--line); padding-top: 1em; font-size: .75em; font-family: ${UI_FONT}; }
.removed summary { cursor: pointer; color: var(--muted); }
.removed ul { list-style: none; padding: 0; }
.removed li { display: flex; gap: 10px; align-items: flex-start; padding: 8px 0; border-bottom: 1px solid var(--line); }
.removed li > div { flex: 1; min-width: 0; }
.removed .kind { font-weight: 600; }
.removed .preview { display: block; overflow-wrap: anywhere; }
.removed .why { display: block; color: var(--muted); }
.removed .rule summary { font-size: .9em; }
.removed .rule code { font-family: monospace; overflow-wrap: anywhere; }
@media print {
  :host { position: static !important; inset: auto !important; contain: none !important; }
  .root { position: static; display: block; background: #fff; color: #000; }
  .bar, .removed, .progress, .status, .toc, .player, .menu { display: none !important; }
  .main { display: block; }
  .scroller { overflow: visible; }
  .scroller > article { max-width: none; padding: 0; }
}
@media (prefers-reduced-motion: reduce) { .status { transition: none; } }
`;

/**
 * Page-level rules held only while the overlay is open, in a constructed sheet adopted by the
 * document (CSP does not govern constructed sheets, and it leaves no node or attribute on the page):
 * the page cannot scroll behind the overlay, and printing prints the article alone.
 */
export const PAGE_CSS = `
html, body { overflow: hidden !important; }
@media print {
  body { display: none !important; }
  html, body { overflow: visible !important; }
}
`;
