/**
 * The overlay's styles, applied inside its closed shadow root. `:host` starts from
 * `all: initial !important`: for important rules the shadow tree's context wins over the page's,
 * so hostile page CSS (`* { display: none !important; opacity: 0 !important }`) cannot hide or
 * restyle the host (every property it could set is reset), and page selectors cannot match
 * anything inside the shadow root at all.
 * Themes are custom properties on `.root[data-theme]`; "auto" follows prefers-color-scheme.
 */
export const OVERLAY_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 !important;
  z-index: 2147483647 !important;
  contain: strict !important;
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.root {
  --bg: #fbfbf8; --fg: #1d1d1f; --muted: #5b5b61; --line: #d9d9d4; --accent: #0b57d0; --bar: #f1f1ec; --mark: #fff3b0;
  position: absolute; inset: 0; display: flex; flex-direction: column;
  background: var(--bg); color: var(--fg);
  font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: start;
}
.root[data-theme="sepia"] { --bg: #f4ecd8; --fg: #3b2f22; --muted: #6f5e4a; --line: #dccdaf; --accent: #8a4b0f; --bar: #ebe0c6; --mark: #f0d98c; }
.root[data-theme="dark"] { --bg: #1b1c1f; --fg: #e6e4df; --muted: #a3a19b; --line: #3a3b40; --accent: #8ab4f8; --bar: #24262a; --mark: #5c4d12; color-scheme: dark; }
@media (prefers-color-scheme: dark) {
  .root[data-theme="auto"] { --bg: #1b1c1f; --fg: #e6e4df; --muted: #a3a19b; --line: #3a3b40; --accent: #8ab4f8; --bar: #24262a; --mark: #5c4d12; color-scheme: dark; }
}
.bar {
  flex: none; display: flex; flex-wrap: wrap; align-items: center; gap: 6px;
  padding: 8px 12px; background: var(--bar); border-bottom: 1px solid var(--line);
}
.group { display: inline-flex; gap: 2px; align-items: center; }
.sep { width: 1px; height: 22px; background: var(--line); margin: 0 4px; }
.spacer { flex: 1; }
button {
  font: inherit; font-size: 13px; color: var(--fg); background: transparent;
  border: 1px solid var(--line); border-radius: 6px; padding: 4px 9px; cursor: pointer; min-height: 28px;
}
button:hover { background: color-mix(in srgb, var(--fg) 8%, transparent); }
button[aria-pressed="true"] { background: var(--fg); color: var(--bg); border-color: var(--fg); }
button.default { border-color: var(--accent); }
button:disabled { opacity: .55; cursor: default; }
button:focus-visible, summary:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.close { font-size: 18px; line-height: 1; padding: 2px 10px; }
.status { font-size: 13px; color: var(--muted); min-width: 6em; }
.status.bad { color: #b3261e; }
.scroller { flex: 1; overflow-y: scroll; overscroll-behavior: contain; outline: none; }
article {
  margin: 0 auto; padding: 32px 24px 96px; max-width: calc(var(--width, 68) * 1ch + 48px);
  font-size: calc(var(--size, 19) * 1px); line-height: 1.6;
  font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "DejaVu Serif", serif;
  overflow-wrap: break-word;
}
.root[data-font="sans"] article { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
h1.title { font-size: 1.75em; line-height: 1.2; margin: 0 0 .4em; }
.meta { color: var(--muted); font-size: .8em; margin: 0 0 2em; }
.meta > * + *::before { content: " · "; }
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
.message { margin: 4em auto; max-width: 40em; text-align: center; }
.removed { margin-top: 3em; border-top: 1px solid var(--line); padding-top: 1em; font-size: .75em; color: var(--muted); font-family: system-ui, sans-serif; }
.removed summary { cursor: pointer; }
.removed ul { list-style: none; padding: 0; }
.removed li { display: flex; gap: 8px; align-items: baseline; padding: 6px 0; border-bottom: 1px solid var(--line); }
.removed li > div { flex: 1; min-width: 0; }
.removed .kind { font-weight: 600; }
.removed .preview { display: block; overflow-wrap: anywhere; }
.removed .why { display: block; font-style: italic; overflow-wrap: anywhere; }
@media print {
  :host { position: static !important; inset: auto !important; contain: none !important; }
  .root { position: static; display: block; background: #fff; color: #000; }
  .bar, .removed { display: none !important; }
  .scroller { overflow: visible; }
  article { max-width: none; padding: 0; }
}
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
