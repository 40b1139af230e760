import { h } from '../../shared/ui/element';
import { addStyles, headingsOf, type LazyPart, type ReaderParts } from '../lazy';
import { CONTENTS_CSS } from './styles';

/** How far below the top of the reading area a heading still counts as the one being read. */
const READING_LINE_PX = 48;

/**
 * The table of contents: the article's headings as a nested outline that the toolbar's Contents
 * button shows and hides. A click scrolls to the heading and moves the focus to it (for screen
 * readers); the heading being read is marked (`aria-current="location"`) as the article scrolls.
 * Nothing is added to the article's own nodes but a transient `tabindex` while a heading has the
 * focus, so exports stay as they were. Restoring a removed block rebuilds the body: the outline
 * follows it.
 */
export class Contents implements LazyPart {
  private readonly nav: HTMLElement;
  private headings: HTMLElement[] = [];
  private entries: HTMLButtonElement[] = [];
  private queued = false;
  private readonly observer: MutationObserver;
  private readonly onScroll = (): void => {
    if (this.queued || this.nav.hidden) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      this.markCurrent();
    });
  };

  constructor(private readonly p: ReaderParts) {
    addStyles(p.shadow, CONTENTS_CSS);
    this.nav = h(p.doc, 'nav', { class: 'toc', id: 'tr-contents', 'aria-label': 'Contents', hidden: true });
    p.main.prepend(this.nav);
    p.button.setAttribute('aria-controls', 'tr-contents');
    this.build();
    this.observer = new MutationObserver(() => this.build());
    this.observer.observe(p.body, { childList: true });
    p.scroller.addEventListener('scroll', this.onScroll, { passive: true });
  }

  toggle(): void {
    this.show(this.nav.hidden);
  }

  /** Esc closes the contents when the focus is in them (and goes back to the Contents button). */
  escape(): boolean {
    if (this.nav.hidden || !this.nav.contains(this.p.shadow.activeElement)) return false;
    this.show(false);
    this.p.button.focus();
    return true;
  }

  destroy(): void {
    this.observer.disconnect();
    this.p.scroller.removeEventListener('scroll', this.onScroll);
    this.nav.remove();
    this.p.button.setAttribute('aria-expanded', 'false');
  }

  private show(open: boolean): void {
    this.nav.hidden = !open;
    this.p.button.setAttribute('aria-expanded', String(open));
    if (open) this.markCurrent();
  }

  /** The outline, nested by heading level (an h4 under an h2 is one level in, not two). */
  private build(): void {
    const doc = this.p.doc;
    this.headings = headingsOf(this.p.body);
    this.entries = [];
    const top = h(doc, 'ul', {});
    const first = this.headings.length ? Number(this.headings[0].localName.slice(1)) : 1;
    const stack: { level: number; list: HTMLElement; last: HTMLElement | null }[] = [{ level: first, list: top, last: null }];
    this.headings.forEach((heading, i) => {
      const level = Number(heading.localName.slice(1));
      while (stack.length > 1 && level < stack[stack.length - 1].level) stack.pop();
      let frame = stack[stack.length - 1];
      if (level > frame.level && frame.last) {
        const sub = h(doc, 'ul', {});
        frame.last.append(sub);
        frame = { level, list: sub, last: null };
        stack.push(frame);
      }
      const entry = h(doc, 'button', { type: 'button', 'data-heading': String(i), dir: 'auto' }, (heading.textContent ?? '').replace(/\s+/g, ' ').trim());
      entry.addEventListener('click', () => this.jump(i));
      this.entries.push(entry);
      const li = h(doc, 'li', {}, entry);
      frame.list.append(li);
      frame.last = li;
    });
    this.nav.replaceChildren(h(doc, 'h2', {}, 'Contents'), top);
    this.markCurrent();
  }

  private jump(i: number): void {
    const heading = this.headings[i];
    if (!heading) return;
    const scroller = this.p.scroller;
    const top = scroller.scrollTop + heading.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 16;
    scroller.scrollTo({ top, behavior: 'instant' as ScrollBehavior });
    this.mark(i);
    heading.setAttribute('tabindex', '-1');
    heading.addEventListener('blur', () => heading.removeAttribute('tabindex'), { once: true });
    heading.focus({ preventScroll: true });
    // On a narrow window the contents cover the article: out of the way once a heading is chosen.
    if (getComputedStyle(this.nav).position === 'absolute') this.show(false);
  }

  /** The last heading at or above the reading line; the first when none is yet. */
  private markCurrent(): void {
    if (this.nav.hidden || !this.headings.length) return;
    const s = this.p.scroller;
    const area = s.getBoundingClientRect();
    // At the very end, the last heading on screen is the one being read, however low it stands.
    const atEnd = s.scrollTop > 0 && s.scrollTop + s.clientHeight >= s.scrollHeight - 2;
    const line = atEnd ? area.bottom : area.top + READING_LINE_PX;
    let current = 0;
    for (let i = 0; i < this.headings.length; i++) {
      if (this.headings[i].getBoundingClientRect().top <= line) current = i;
      else break;
    }
    this.mark(current);
  }

  private mark(i: number): void {
    this.entries.forEach((e, j) => {
      if (j === i) e.setAttribute('aria-current', 'location');
      else e.removeAttribute('aria-current');
    });
  }
}
