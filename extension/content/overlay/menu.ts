import { h } from '../../shared/ui/element';

/**
 * The toolbar's menus ("Aa", Export): a disclosure button and the panel under it, which follows
 * the button in the DOM so Tab goes from one into the other. One menu is open at a time; Esc, a
 * click elsewhere in the overlay or picking an action closes it, and focus goes back to its button
 * when it was inside.
 */
export interface Menu {
  wrap: HTMLElement;
  button: HTMLButtonElement;
  panel: HTMLElement;
}

export class Menus {
  private readonly all: Menu[] = [];

  constructor(private readonly doc: Document) {}

  make(o: { id: string; label: string; name: string; end?: boolean; action: string }, ...children: Node[]): Menu {
    const panel = h(this.doc, 'div', { class: o.end ? 'menu end' : 'menu', id: o.id, role: 'group', 'aria-label': o.name, hidden: true }, ...children);
    const button = h(this.doc, 'button', { type: 'button', 'data-action': o.action, 'aria-expanded': 'false', 'aria-controls': o.id, 'aria-label': o.name === o.label ? undefined : `${o.label}, ${o.name}` }, o.label);
    const menu = { wrap: h(this.doc, 'div', { class: 'menu-wrap' }, button, panel), button, panel };
    button.addEventListener('click', () => this.toggle(menu));
    this.all.push(menu);
    return menu;
  }

  toggle(menu: Menu, open = menu.panel.hidden): void {
    for (const m of this.all) if (m !== menu) this.set(m, false);
    this.set(menu, open);
  }

  /** Close whatever menu is open; true when one was (so Esc closed a menu, not the overlay). */
  closeAll(): boolean {
    let closed = false;
    for (const m of this.all) {
      if (m.panel.hidden) continue;
      const root = m.panel.getRootNode() as ShadowRoot | Document;
      const hadFocus = m.panel.contains(root.activeElement);
      this.set(m, false);
      if (hadFocus) m.button.focus();
      closed = true;
    }
    return closed;
  }

  /** A click outside every open menu and its button closes them. */
  outside(target: EventTarget | null): void {
    if (this.all.some((m) => m.wrap.contains(target as Node))) return;
    for (const m of this.all) this.set(m, false);
  }

  private set(m: Menu, open: boolean): void {
    m.panel.hidden = !open;
    m.button.setAttribute('aria-expanded', String(open));
  }
}
