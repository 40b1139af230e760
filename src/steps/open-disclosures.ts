import { isHidden } from '../dom/hidden';

/**
 * Open the page's collapsed answers. A FAQ or a step-by-step guide often prints each part as a
 * disclosure: a heading or question that is a button (`aria-controls` naming its panel) and the
 * panel itself hidden (`display: none`, `hidden`) until the reader opens it. The text is the
 * article's, and a reader opens them all at a click; but pruning drops hidden elements, and
 * Readability its invisible ones, so a guide came out as its headings alone.
 *
 * Bounded by shape so that the page's other hidden panels (menus, cookie settings, sign-in boxes,
 * a government site's "Here's how you know" banner) stay hidden: the controls must be headings
 * (in or around h2–h6 or `role="heading"`) or questions (ending in "?"), at least two of them (an
 * accordion, not a lone toggle), and each panel holds words mostly outside links and no form field.
 * Only the collapse is lifted (the panel and its wrappers below the control's): a panel inside a
 * hidden drawer stays hidden with it.
 *
 * Runs on the copy before pruning (which deletes hidden elements) and after the streamed parts are
 * in place (an accordion can be in one of them). Costs one lookup of `[aria-controls]` per page.
 */

/** The control's own words: a heading or question, not a paragraph. */
const MAX_CONTROL_CHARS = 200;
/** A panel's words are mostly outside links (a menu's are links). */
const MAX_LINK_SHARE = 0.5;
const MIN_PANEL_CHARS = 40;
const MIN_ITEMS = 2;
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?=;|$)/gi;
const HEADING = 'h2, h3, h4, h5, h6, [role="heading"]';
const FIELD = 'input, textarea, select, button[type="submit"]';

const fold = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

function isHeadingOrQuestion(control: Element): boolean {
  const t = fold(control.textContent);
  if (!t || t.length > MAX_CONTROL_CHARS) return false;
  return /\?\s*$/.test(t) || !!control.closest(HEADING) || !!control.querySelector(HEADING);
}

function readsAsText(panel: Element): boolean {
  const t = fold(panel.textContent);
  if (t.length < MIN_PANEL_CHARS || panel.querySelector(FIELD)) return false;
  let linked = 0;
  for (const a of panel.getElementsByTagName('a')) linked += fold(a.textContent).length;
  return linked <= t.length * MAX_LINK_SHARE;
}

/**
 * What hides the panel when it is collapsed: the panel and its wrappers up to the one that also
 * holds its control (a collapse wrapper, as Chakra's, hides a div around the panel). None when
 * nothing there hides it, or when the control's side is hidden too (a menu inside a closed drawer).
 */
function collapse(panel: Element, control: Element, body: Element): Element[] {
  const hiding: Element[] = [];
  let p: Element | null = panel;
  for (; p && p !== body && !p.contains(control); p = p.parentElement) if (isHidden(p)) hiding.push(p);
  for (; p && p !== body; p = p.parentElement) if (isHidden(p)) return [];
  return hiding;
}

function show(panel: Element): void {
  panel.removeAttribute('hidden');
  if (panel.getAttribute('aria-hidden') === 'true') panel.removeAttribute('aria-hidden');
  const style = panel.getAttribute('style');
  if (style !== null) panel.setAttribute('style', style.replace(HIDING_STYLE, ''));
}

/** The collapsed panels of the page's accordions, opened in place; returns how many. */
export function openDisclosures(body: Element): number {
  const doc = body.ownerDocument;
  const opened = new Set<Element>();
  const hiding = new Set<Element>();
  for (const control of body.querySelectorAll('[aria-controls]')) {
    if (!isHeadingOrQuestion(control)) continue;
    for (const id of (control.getAttribute('aria-controls') ?? '').split(/\s+/)) {
      const panel = id ? doc.getElementById(id) : null;
      if (!panel || opened.has(panel) || panel.contains(control) || !body.contains(panel)) continue;
      const els = collapse(panel, control, body);
      if (!els.length || !readsAsText(panel)) continue;
      opened.add(panel);
      for (const el of els) hiding.add(el);
    }
  }
  if (opened.size < MIN_ITEMS) return 0;
  for (const el of hiding) show(el);
  return opened.size;
}
