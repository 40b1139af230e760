import { provided, type LazyName, type LazyPart, type ReaderParts } from '../lazy';

/**
 * The overlay's lazily loaded parts (contents, read aloud): loaded on the first click of their
 * toolbar button, mounted once per article, toggled by the button afterwards, destroyed when the
 * overlay closes or shows another article.
 */
export class Extras {
  private parts: Omit<ReaderParts, 'button'> | null = null;
  private buttons: Record<LazyName, HTMLButtonElement> | null = null;
  private readonly mounted = new Map<LazyName, LazyPart>();
  private loading: LazyName | null = null;

  constructor(
    private readonly load: (name: LazyName) => Promise<void>,
    private readonly say: (message: string, bad?: boolean) => void,
  ) {}

  attach(parts: Omit<ReaderParts, 'button'>, buttons: Record<LazyName, HTMLButtonElement>): void {
    this.parts = parts;
    this.buttons = buttons;
  }

  async use(name: LazyName): Promise<void> {
    const part = this.mounted.get(name);
    if (part) return part.toggle();
    if (!this.parts || !this.buttons || this.loading) return;
    const parts = this.parts;
    const button = this.buttons[name];
    this.loading = name;
    button.setAttribute('aria-busy', 'true');
    try {
      if (!provided(name)) await this.load(name);
      const m = provided(name);
      if (!m) throw new Error('it did not load');
      if (this.parts !== parts) return; // the overlay closed or changed article meanwhile
      const mounted = m.mount({ ...parts, button });
      this.mounted.set(name, mounted);
      mounted.toggle();
    } catch (e) {
      this.say(`Could not load ${{ contents: 'the contents', speech: 'read aloud', picker: 'the picker' }[name]}: ${e instanceof Error ? e.message : e}`, true);
    } finally {
      this.loading = null;
      button.removeAttribute('aria-busy');
    }
  }

  escape(): boolean {
    for (const p of this.mounted.values()) if (p.escape?.()) return true;
    return false;
  }

  destroy(): void {
    for (const p of this.mounted.values()) p.destroy();
    this.mounted.clear();
    this.parts = null;
    this.buttons = null;
  }
}
