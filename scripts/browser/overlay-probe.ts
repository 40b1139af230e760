import type { CDPSession, Page } from 'playwright-core';
import { HOST_TAG } from '../../extension/content/overlay/overlay';

/**
 * Reads and drives the reader overlay from a test without weakening the shipped build: the overlay
 * lives in a *closed* shadow root that page scripts and Playwright locators cannot enter, but CDP
 * `DOM.getDocument({ pierce: true })` lists closed shadow roots, and `DOM.resolveNode` turns one
 * into a handle that `Runtime.callFunctionOn` can run a function against (`this` = the shadow root).
 * Clicks are real mouse clicks at the element's centre; keys are real key presses.
 */

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

export const HOST = HOST_TAG.toUpperCase();

function findHosts(n: DomNode, out: DomNode[]): DomNode[] {
  if (n.nodeName === HOST) out.push(n);
  for (const c of n.children ?? []) findHosts(c, out);
  return out;
}

export class OverlayProbe {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly objectId: string,
    readonly shadowRootType: string,
  ) {}

  /** The overlay's shadow root, or null when no overlay host is in the page. Throws on two hosts. */
  static async find(page: Page): Promise<OverlayProbe | null> {
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const hosts = findHosts(root, []);
    if (hosts.length > 1) throw new Error(`${hosts.length} overlay hosts in the page`);
    const sr = hosts[0]?.shadowRoots?.[0];
    if (!sr) {
      await cdp.detach();
      return null;
    }
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: sr.backendNodeId });
    return new OverlayProbe(page, cdp, object.objectId!, sr.shadowRootType ?? '');
  }

  /** Count of overlay hosts in the page (0 after close). */
  static async count(page: Page): Promise<number> {
    return page.evaluate((tag) => document.getElementsByTagName(tag).length, HOST_TAG);
  }

  /** Run `fn` (a `function`, not an arrow) with `this` bound to the shadow root; arguments and result must be JSON. */
  async eval<T, A extends unknown[]>(fn: (this: ShadowRoot, ...args: A) => T, ...args: A): Promise<T> {
    const res = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: this.objectId,
      functionDeclaration: fn.toString(),
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    });
    if (res.exceptionDetails) throw new Error(`overlay eval failed: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
    return res.result.value as T;
  }

  text(selector: string): Promise<string | null> {
    return this.eval(function (sel) {
      return (this.querySelector(sel) as HTMLElement | null)?.innerText ?? null;
    }, selector);
  }

  attr(selector: string, name: string): Promise<string | null> {
    return this.eval(function (sel, n) {
      return this.querySelector(sel)?.getAttribute(n) ?? null;
    }, selector, name);
  }

  style(selector: string, prop: string): Promise<string | null> {
    return this.eval(function (sel, p) {
      const el = sel === ':host' ? this.host : this.querySelector(sel);
      return el ? getComputedStyle(el).getPropertyValue(p) : null;
    }, selector, prop);
  }

  /** The element's box in viewport coordinates, or null when absent or not rendered. */
  box(selector: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.eval(function (sel) {
      const el = this.querySelector(sel);
      const r = el?.getBoundingClientRect();
      return r && r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    }, selector);
  }

  /** A real mouse click at the centre of the element (which must be on screen and on top). */
  async click(selector: string): Promise<void> {
    await this.eval(function (sel) {
      this.querySelector(sel)?.scrollIntoView({ block: 'center', behavior: 'instant' });
    }, selector);
    const b = await this.box(selector);
    if (!b) throw new Error(`overlay element ${selector} is not rendered`);
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }

  /**
   * Click a control wherever the toolbar keeps it: at once when it is on screen, or after opening
   * the menu that holds it (the button whose `aria-controls` names the hidden panel around it).
   */
  async use(selector: string): Promise<void> {
    if (!(await this.box(selector))) {
      const opener = await this.eval(function (sel) {
        const panel = this.querySelector(sel)?.closest('[id]');
        return panel ? `[aria-controls="${panel.id}"]` : null;
      }, selector);
      if (opener) await this.click(opener);
    }
    await this.click(selector);
  }

  /** Which overlay element has focus (a selector-ish description), or null when focus is outside. */
  focused(): Promise<string | null> {
    return this.eval(function () {
      const a = this.activeElement as HTMLElement | null;
      if (!a) return null;
      return a.localName + (a.className ? '.' + String(a.className).split(' ').join('.') : '') + (a.dataset.action ? `[data-action=${a.dataset.action}]` : '');
    });
  }

  /** Like `focused`, plus the element's place in the shadow root, so two look-alike buttons differ. */
  focusedKey(): Promise<string | null> {
    return this.eval(function () {
      const a = this.activeElement as HTMLElement | null;
      if (!a) return null;
      const index = [...this.querySelectorAll('*')].indexOf(a);
      return `${a.localName}${a.className ? '.' + String(a.className).split(' ').join('.') : ''}${a.dataset.action ? `[data-action=${a.dataset.action}]` : ''}#${index}`;
    });
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => {});
  }
}
