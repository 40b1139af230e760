/** The table of contents: a column beside the article on wide windows, a drawer over it on narrow ones. */
export const CONTENTS_CSS = `
.toc {
  flex: none; width: 280px; overflow-y: auto; overscroll-behavior: contain; padding: 20px 12px 40px;
  border-inline-end: 1px solid var(--line); background: var(--bar); font-size: 14px; line-height: 1.35;
}
@media (max-width: 1000px) {
  .toc { position: absolute; inset-block: 0; inset-inline-start: 0; z-index: 2; width: min(300px, 85%); box-shadow: 4px 0 24px rgb(0 0 0 / .2); }
}
.toc h2 { font-size: 12px; font-weight: 600; letter-spacing: .05em; text-transform: uppercase; color: var(--muted); margin: 0 8px 8px; }
.toc ul { list-style: none; margin: 0; padding: 0; }
.toc ul ul { padding-inline-start: 14px; }
.toc button {
  display: block; width: 100%; min-height: 0; text-align: start; font-size: 14px; color: var(--fg);
  border: none; border-inline-start: 3px solid transparent; border-radius: 0; padding: 5px 8px;
}
.toc button[aria-current="location"] { border-inline-start-color: var(--accent); font-weight: 600; background: color-mix(in srgb, var(--accent) 10%, transparent); }
`;
