import { findBlocks, type LearnedRule } from '../../../src/index';
import { h } from '../../shared/ui/element';
import { liveRule, probeOf } from '../../shared/learn';
import { addStyles, type LazyPart, type ReaderParts } from '../lazy';
import { PICKER_CSS } from './styles';

/**
 * The picker (`content-picker.js`, loaded on the first click of the reader's Pick button): while it
 * is on, hovering a block of the article outlines it, and a click (or Enter on a focused block)
 * proposes a rule that removes it on this site, saying what the rule would match in the page; the
 * user confirms or cancels. The rule is made from the live page's block (shared/learn.ts), so it
 * names the page's stable structure, not the reader's sanitized copy. Nothing in the article
 * changes; the next extraction applies the rule.
 */
const HOVER = 'data-pick-hover';

export class Picker implements LazyPart {
  private on = false;
  private hovered: Element | null = null;
  private panel: HTMLElement | null = null;

  private readonly over = (e: Event): void => this.hover(this.blockAt(e.target));
  private readonly click = (e: Event): void => {
    const block = this.blockAt(e.target);
    if (!block) return;
    e.preventDefault();
    e.stopPropagation();
    this.propose(block);
  };
  private readonly key = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter') return;
    const block = this.blockAt(e.target);
    if (block) {
      e.preventDefault();
      this.propose(block);
    }
  };

  constructor(private readonly p: ReaderParts) {
    addStyles(p.shadow, PICKER_CSS);
  }

  /**
   * The article's container: below the body, down the chain of only children (Readability wraps
   * the article in a div or two, which would make the whole article one block).
   */
  private container(): Element {
    let c: Element = this.p.body;
    while (c.children.length === 1) c = c.children[0];
    return c;
  }

  /** The block of the article under `target`: the container's child that holds it. */
  private blockAt(target: EventTarget | null): Element | null {
    const container = this.container();
    let el = target instanceof Element ? target : null;
    while (el && el.parentElement !== container) el = el.parentElement;
    return el && el !== this.panel ? el : null;
  }

  private hover(block: Element | null): void {
    if (block === this.hovered) return;
    this.hovered?.removeAttribute(HOVER);
    this.hovered = block;
    block?.setAttribute(HOVER, '');
  }

  toggle(): void {
    this.set(!this.on);
  }

  private set(on: boolean): void {
    this.on = on;
    this.p.root.classList.toggle('picking', on);
    this.p.button.setAttribute('aria-pressed', String(on));
    const body = this.p.body;
    for (const c of Array.from(this.container().children)) {
      if (on) c.setAttribute('tabindex', '0');
      else c.removeAttribute('tabindex');
    }
    if (on) {
      body.addEventListener('mouseover', this.over);
      body.addEventListener('focusin', this.over);
      body.addEventListener('click', this.click, true);
      body.addEventListener('keydown', this.key);
      this.p.say('Pick a block of the article to remove it on this site (Esc to stop).');
    } else {
      body.removeEventListener('mouseover', this.over);
      body.removeEventListener('focusin', this.over);
      body.removeEventListener('click', this.click, true);
      body.removeEventListener('keydown', this.key);
      this.hover(null);
      this.closePanel();
    }
  }

  private propose(block: Element): void {
    const site = this.p.site;
    const rule = liveRule(document, probeOf(block), site, 'remove');
    const matches = document.body ? findBlocks(document.body, rule) : [];
    const what = ((matches[0] as HTMLElement | undefined)?.innerText ?? block.textContent ?? '').replace(/\s+/g, ' ').trim();
    const d = this.p.doc;
    const confirm = h(d, 'button', { type: 'button', 'data-testid': 'pick-confirm' }, `Always remove this on ${site}`);
    const cancel = h(d, 'button', { type: 'button', 'data-testid': 'pick-cancel' }, 'Cancel');
    this.closePanel();
    this.panel = h(
      d, 'div', { class: 'pick-panel', role: 'group', 'aria-label': 'Proposed rule', 'data-testid': 'pick-panel' },
      h(d, 'p', {}, `Remove this ${describe(rule)} from every article on ${site}?`),
      h(d, 'p', { class: 'matches', 'data-testid': 'pick-matches' }, `It matches ${matches.length} block${matches.length === 1 ? '' : 's'} on this page${what ? `: “${what.length > 90 ? what.slice(0, 89) + '…' : what}”` : ''}.`),
      confirm, cancel,
    );
    confirm.addEventListener('click', () => void this.save(rule));
    cancel.addEventListener('click', () => {
      this.closePanel();
      (block as HTMLElement).focus?.();
    });
    block.after(this.panel);
    confirm.focus();
  }

  private async save(rule: LearnedRule): Promise<void> {
    try {
      await this.p.saveRule(rule);
      this.set(false);
      this.p.say(`Saved: from the next extraction, this ${describe(rule)} is removed on ${rule.site}.`);
    } catch (e) {
      this.p.say(`Could not save the rule: ${e instanceof Error ? e.message : e}`, true);
    }
  }

  private closePanel(): void {
    this.panel?.remove();
    this.panel = null;
  }

  /** Esc stops picking (first closing a proposal). */
  escape(): boolean {
    if (!this.on) return false;
    if (this.panel) this.closePanel();
    else this.set(false);
    return true;
  }

  destroy(): void {
    if (this.on) this.set(false);
  }
}

/** "section “About the author”", "paragraph": the block in words. */
function describe(rule: LearnedRule): string {
  const names: Record<string, string> = { p: 'paragraph', ul: 'list', ol: 'list', blockquote: 'quote', figure: 'figure', table: 'table', pre: 'code block' };
  const name = names[rule.block.tag] ?? (/^h[1-6]$/.test(rule.block.tag) ? 'heading' : 'block');
  return rule.block.label ? `${name} “${rule.block.label}”` : name;
}
