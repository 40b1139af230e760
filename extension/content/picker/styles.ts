/** The picker's styles, adopted by the overlay's shadow root when the picker first loads. */
export const PICKER_CSS = `
.root.picking .body { cursor: crosshair; }
.root.picking .body [data-pick-hover] { outline: 2px dashed var(--accent, #1a73e8); outline-offset: 2px; }
.pick-panel { position: sticky; bottom: 0; z-index: 2; margin: 1em 0; padding: .8em 1em; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); box-shadow: 0 2px 12px rgb(0 0 0 / .2); font-size: .8em; }
.pick-panel p { margin: 0 0 .5em; }
.pick-panel .matches { color: var(--muted); overflow-wrap: anywhere; }
.pick-panel button { margin-right: .5em; }
`;
