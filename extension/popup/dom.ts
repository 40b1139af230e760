/** Lookups by `data-testid`: the popup's static HTML names every part the script fills in. */
export function part<T extends HTMLElement = HTMLElement>(id: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`popup.html has no [data-testid="${id}"]`);
  return el;
}

export type PopupState = 'loading' | 'article' | 'no-article' | 'forbidden' | 'error';

/** Exactly one state section is visible at a time (the sections only: `body` carries the state too). */
export function showState(state: PopupState): void {
  for (const s of document.querySelectorAll<HTMLElement>('section[data-state]')) s.hidden = s.dataset.state !== state;
  document.body.dataset.state = state;
}
