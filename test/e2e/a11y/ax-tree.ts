import type { Page } from 'playwright-core';

/**
 * Chromium's accessibility tree (CDP `Accessibility.getFullAXTree`): what a screen reader is given.
 * It includes closed shadow roots, so the overlay's controls are there with the names they really
 * get (a `<label>` that points elsewhere, an `aria-label` that hides the visible text…).
 */
export interface AxNode {
  role: string;
  name: string;
  description: string;
  ignored: boolean;
  /** Properties such as `hidden`, `focusable`, `current`, by name. */
  props: Record<string, unknown>;
}

interface RawAxNode {
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
  description?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
}

export async function axTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: RawAxNode[] };
    return nodes.map((n) => ({
      role: String(n.role?.value ?? ''),
      name: String(n.name?.value ?? ''),
      description: String(n.description?.value ?? ''),
      ignored: n.ignored,
      props: Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value.value])),
    }));
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The names of the nodes of a role that a screen reader is given (not ignored). */
export async function namesOf(page: Page, role: string): Promise<string[]> {
  return (await axTree(page)).filter((n) => !n.ignored && n.role === role).map((n) => n.name);
}

/** Whether some text a screen reader is given contains `text`. */
export async function exposesText(page: Page, text: string): Promise<boolean> {
  return (await axTree(page)).some((n) => !n.ignored && (n.role === 'StaticText' || n.role === 'text') && n.name.includes(text));
}
