/** The read-aloud bar: under the article, above the toasts, one row where it fits. */
export const SPEECH_CSS = `
.player {
  flex: none; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; padding: 6px 12px;
  background: var(--bar); border-top: 1px solid var(--line); font-size: 13px;
}
.player label { display: inline-flex; align-items: center; gap: 4px; color: var(--muted); }
.player .voice select { max-width: 16em; }
.player .play { min-width: 5.5em; font-weight: 600; }
`;
