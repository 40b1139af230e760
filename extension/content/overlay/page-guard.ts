/**
 * What the overlay does to the page while it is open, and undoes on close:
 * - scroll lock and print rules: a constructed sheet adopted by the document (no node, no
 *   attribute; CSP does not apply to constructed sheets). If the browser refuses that from a
 *   content script, `overflow` on `<html>` through CSSOM, with the attribute put back verbatim.
 * - focus: remembered on open, kept inside the overlay (Tab wraps; focus that leaves is pulled
 *   back), returned on close.
 * - keys, pointer and clipboard events from inside the overlay stop at the host, so the page's own
 *   shortcuts and handlers never see them. Esc closes.
 */
const STOP = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'contextmenu', 'wheel', 'copy', 'cut', 'paste'];
const FOCUSABLE = 'button:not([disabled]), a[href], summary, [tabindex]:not([tabindex="-1"])';

export class PageGuard {
  private sheet: CSSStyleSheet | null = null;
  private styleAttr: { had: boolean; value: string | null } | null = null;
  private scroll = { x: 0, y: 0 };
  private previous: HTMLElement | null = null;
  private readonly stop = (e: Event): void => e.stopPropagation();
  private readonly onKey = (e: Event): void => this.key(e as KeyboardEvent);
  private readonly onFocusIn = (e: FocusEvent): void => {
    if (e.target !== this.host) this.focusFirst();
  };

  constructor(
    private readonly host: HTMLElement,
    private readonly shadow: ShadowRoot,
    private readonly pageCss: string,
    private readonly onEscape: () => void,
  ) {}

  engage(): void {
    this.previous = deepActiveElement(document);
    this.scroll = { x: window.scrollX, y: window.scrollY };
    this.lockPage();
    this.shadow.addEventListener('keydown', this.onKey);
    for (const t of STOP) this.host.addEventListener(t, this.stop);
    document.addEventListener('focusin', this.onFocusIn, true);
  }

  release(): void {
    document.removeEventListener('focusin', this.onFocusIn, true);
    for (const t of STOP) this.host.removeEventListener(t, this.stop);
    this.shadow.removeEventListener('keydown', this.onKey);
    this.unlockPage();
    if (window.scrollX !== this.scroll.x || window.scrollY !== this.scroll.y) window.scrollTo(this.scroll.x, this.scroll.y);
    const prev = this.previous;
    this.previous = null;
    if (prev && prev.isConnected && prev !== document.body) prev.focus({ preventScroll: true });
    else if (document.activeElement === this.host) (document.activeElement as HTMLElement).blur();
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
    const active = this.shadow.activeElement;
    const i = active ? items.indexOf(active as HTMLElement) : -1;
    const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : i === -1 || i === items.length - 1 ? 0 : i + 1;
    e.preventDefault();
    items[next].focus();
  }

  private focusables(): HTMLElement[] {
    return Array.from(this.shadow.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.getClientRects().length > 0);
  }

  private focusFirst(): void {
    const scroller = this.shadow.querySelector<HTMLElement>('.scroller');
    (scroller ?? this.focusables()[0])?.focus({ preventScroll: true });
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

/** The focused element, looking into open shadow roots (a page's own web components). */
function deepActiveElement(doc: Document): HTMLElement | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a instanceof HTMLElement ? a : null;
}
