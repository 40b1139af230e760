/**
 * What the overlay does to the page while it is open, and undoes on close:
 * - scroll lock and print rules: a constructed sheet adopted by the document (no node, no
 *   attribute; CSP does not apply to constructed sheets). If the browser refuses that from a
 *   content script, `overflow` on `<html>` through CSSOM, with the attribute put back verbatim.
 * - the page behind is `inert` (every element child of `<html>` but the overlay's host): hidden
 *   from assistive technology, unfocusable, unclickable. Only the attributes added here are
 *   taken away again, so a page's own `inert` stays.
 * - focus: remembered on open, kept inside the overlay (Tab wraps; focus that leaves is pulled
 *   back once, never from inside its own pull: a page that moves the focus back on every focus or
 *   blur event wins, and the overlay stays usable, instead of both recursing without end),
 *   returned on close.
 * - keys, pointer and clipboard events from inside the overlay stop at the host, so the page's own
 *   shortcuts and handlers never see them. Esc closes (`onEscape`), also when a page took the focus.
 */
const STOP = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'contextmenu', 'wheel', 'copy', 'cut', 'paste'];
const FOCUSABLE = 'button:not([disabled]), select:not([disabled]), a[href], summary, [tabindex]:not([tabindex="-1"])';

export class PageGuard {
  private sheet: CSSStyleSheet | null = null;
  private styleAttr: { had: boolean; value: string | null } | null = null;
  private scroll = { x: 0, y: 0 };
  private previous: HTMLElement | null = null;
  private madeInert: Element[] = [];
  private pulling = false;
  private readonly stop = (e: Event): void => e.stopPropagation();
  private readonly onKey = (e: Event): void => this.key(e as KeyboardEvent);
  private readonly onPageKey = (e: KeyboardEvent): void => {
    // Keys from inside the overlay are handled in its shadow root; this is for a page that took the focus.
    if (e.key === 'Escape' && e.target !== this.host) this.onEscape();
  };
  private readonly onFocusIn = (e: FocusEvent): void => {
    if (e.target === this.host || this.pulling) return;
    this.pulling = true;
    try {
      this.focusFirst();
    } finally {
      this.pulling = false;
    }
  };

  constructor(
    private readonly host: HTMLElement,
    private readonly shadow: ShadowRoot,
    private readonly pageCss: string,
    /** Esc: the overlay closes an open menu first, else itself. */
    private readonly onEscape: () => void,
  ) {}

  engage(): void {
    this.previous = deepActiveElement(document);
    this.scroll = { x: window.scrollX, y: window.scrollY };
    this.lockPage();
    this.makeInert();
    this.shadow.addEventListener('keydown', this.onKey);
    for (const t of STOP) this.host.addEventListener(t, this.stop);
    document.addEventListener('focusin', this.onFocusIn, true);
    document.addEventListener('keydown', this.onPageKey, true);
  }

  release(): void {
    document.removeEventListener('keydown', this.onPageKey, true);
    document.removeEventListener('focusin', this.onFocusIn, true);
    for (const t of STOP) this.host.removeEventListener(t, this.stop);
    this.shadow.removeEventListener('keydown', this.onKey);
    for (const el of this.madeInert) el.removeAttribute('inert');
    this.madeInert = [];
    this.unlockPage();
    if (window.scrollX !== this.scroll.x || window.scrollY !== this.scroll.y) window.scrollTo(this.scroll.x, this.scroll.y);
    const prev = this.previous;
    this.previous = null;
    if (prev && prev.isConnected && prev !== document.body) prev.focus({ preventScroll: true });
    else if (document.activeElement === this.host) (document.activeElement as HTMLElement).blur();
  }

  /** The controls Tab visits, in order: enabled, and shown (not in a closed menu or `<details>`). */
  focusables(): HTMLElement[] {
    return Array.from(this.shadow.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(shown);
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.onEscape();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = this.focusables();
    if (!items.length) return;
    e.preventDefault();
    const active = this.shadow.activeElement as HTMLElement | null;
    const n = items.length;
    const i = active ? items.indexOf(active) : -1;
    let start: number;
    if (i >= 0) start = e.shiftKey ? i - 1 : i + 1;
    else {
      // Focus on something Tab does not visit (the article's scroll area): go on from where it is.
      const after = active ? items.findIndex((el) => active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) : 0;
      const firstAfter = after === -1 ? n : after;
      start = e.shiftKey ? firstAfter - 1 : firstAfter;
    }
    // The next control that really takes the focus: one that refuses it is skipped, never stuck on.
    for (let k = 0; k < n; k++) {
      const next = items[(((start + (e.shiftKey ? -k : k)) % n) + n) % n];
      next.focus();
      if (this.shadow.activeElement === next) return;
    }
  }

  private focusFirst(): void {
    const scroller = this.shadow.querySelector<HTMLElement>('.scroller');
    (scroller ?? this.focusables()[0])?.focus({ preventScroll: true });
  }

  private makeInert(): void {
    for (const el of Array.from(document.documentElement.children)) {
      if (el === this.host || el.localName === 'head' || el.hasAttribute('inert')) continue;
      el.setAttribute('inert', '');
      this.madeInert.push(el);
    }
  }

  private lockPage(): void {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(this.pageCss);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      if (document.adoptedStyleSheets.includes(sheet)) {
        this.sheet = sheet;
        return;
      }
    } catch {
      /* fall back below */
    }
    const html = document.documentElement;
    this.styleAttr = { had: html.hasAttribute('style'), value: html.getAttribute('style') };
    html.style.setProperty('overflow', 'hidden', 'important');
  }

  private unlockPage(): void {
    if (this.sheet) {
      const sheet = this.sheet;
      this.sheet = null;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    if (this.styleAttr) {
      const html = document.documentElement;
      if (this.styleAttr.had) html.setAttribute('style', this.styleAttr.value ?? '');
      else html.removeAttribute('style');
      this.styleAttr = null;
    }
  }
}

/**
 * Rendered and not inside a closed `<details>` (whose content still has boxes in some engines, so
 * `getClientRects` alone let Tab aim at the Restore buttons of a collapsed list and stay put).
 */
function shown(el: HTMLElement): boolean {
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) return false;
  if (!el.getClientRects().length) return false;
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
    if (!d.open && !(el.localName === 'summary' && el.parentElement === d)) return false;
  }
  return true;
}

/** The focused element, looking into open shadow roots (a page's own web components). */
function deepActiveElement(doc: Document): HTMLElement | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a instanceof HTMLElement ? a : null;
}
