/**
 * The reader's parts that load only when used: the table of contents (`content-toc.js`) and read
 * aloud (`content-speech.js`), and the block picker that learns rules (`content-picker.js`). The overlay asks the background to inject one (message
 * `reader:module`), and the module hands itself over through a global of the extension's isolated
 * world, as the reader module does (reader-module.ts). Their code and styles stay out of the
 * reader module, which every open of the overlay pays for.
 */
import type { LearnedRule } from '../../src/index';

export type LazyName = 'contents' | 'speech' | 'picker';
export const LAZY_NAMES: readonly LazyName[] = ['contents', 'speech', 'picker'];
export const LAZY_KEYS: Record<LazyName, symbol> = {
  contents: Symbol.for('tidy-reader.contents'),
  speech: Symbol.for('tidy-reader.speech'),
  picker: Symbol.for('tidy-reader.picker'),
};

/** What a lazy part is given: the overlay's nodes and a way to speak to the user. */
export interface ReaderParts {
  doc: Document;
  shadow: ShadowRoot;
  root: HTMLElement;
  /** Holds the scroller; side panels go beside it. */
  main: HTMLElement;
  scroller: HTMLElement;
  /** The article's title and its body (rebuilt when a removed block is restored: follow it). */
  title: HTMLElement;
  body: HTMLElement;
  /** The article's language (BCP 47), when the page gave one. */
  lang: string | null;
  /** The toolbar button that opened the part (its `aria-expanded` is the part's to keep). */
  button: HTMLButtonElement;
  say(message: string, bad?: boolean): void;
  /** The site the article is from (its host without "www."), and how to save a rule learned for it. */
  site: string;
  saveRule(rule: LearnedRule): Promise<void>;
}

/** A mounted part: the toolbar button toggles it, and the overlay destroys it on close. */
export interface LazyPart {
  toggle(): void;
  /** Esc inside the overlay: true when the part used it (it closed something of its own). */
  escape?(): boolean;
  destroy(): void;
}

export interface LazyModule {
  mount(parts: ReaderParts): LazyPart;
}

/** Adds a part's styles to the overlay's shadow root (constructed sheets; CSP does not apply). */
export function addStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    if (shadow.adoptedStyleSheets.includes(sheet)) return;
  } catch {
    /* fall back below */
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

/** Headings of the article body, in order (the title is outside the body). */
export function headingsOf(body: HTMLElement): HTMLElement[] {
  return Array.from(body.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')).filter((hd) => (hd.textContent ?? '').trim() !== '');
}

/** Register a lazy module in the isolated world (a second injection is a no-op). */
export function provide(name: LazyName, m: LazyModule): void {
  const scope = globalThis as Record<symbol, unknown>;
  scope[LAZY_KEYS[name]] ??= m;
}

export function provided(name: LazyName): LazyModule | null {
  const m = (globalThis as Record<symbol, unknown>)[LAZY_KEYS[name]] as LazyModule | undefined;
  return m && typeof m.mount === 'function' ? m : null;
}
