import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { OverlayProbe } from '../../../scripts/browser/overlay-probe';

/**
 * axe-core injected into a page under test (by CDP `Runtime.evaluate`, which extension pages'
 * `script-src 'self'` does not govern), then run over the page or over the overlay. The overlay
 * lives in a closed shadow root, which axe cannot enter: for the run, the probe's handle on that
 * root is given to axe as the host's `shadowRoot` (a property defined on the host element in the
 * page's main world only; the extension's own world and the shipped code are untouched).
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export interface AxeReport {
  violations: AxeViolation[];
  /** Violations by impact: minor, moderate, serious, critical. */
  counts: Record<string, number>;
}

/** Serious and critical violations: what the "Done means" allows none of. */
export function severe(r: AxeReport): AxeViolation[] {
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function describeReport(where: string, r: AxeReport): string {
  const counts = Object.entries(r.counts).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  const list = r.violations.map((v) => `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).join(' | ')})`).join('\n');
  return `axe on ${where}: ${counts}${list ? '\n' + list : ''}`;
}

function summarize(results: { violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }): AxeReport {
  const violations = results.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  const counts: Record<string, number> = {};
  for (const v of violations) counts[v.impact ?? 'unknown'] = (counts[v.impact ?? 'unknown'] ?? 0) + v.nodes.length;
  return { violations, counts };
}

async function inject(page: Page): Promise<void> {
  const has = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!has) await page.evaluate(AXE_SOURCE);
}

/** axe over a whole page (the popup, the options page). */
export async function axePage(page: Page): Promise<AxeReport> {
  await inject(page);
  const results = await page.evaluate(() => (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<unknown> } }).axe.run(document, { resultTypes: ['violations'] }));
  return summarize(results as Parameters<typeof summarize>[0]);
}

/** axe over the overlay only (the page behind it is the page's business). */
export async function axeOverlay(probe: OverlayProbe): Promise<AxeReport> {
  await inject(probe.page);
  const results = await probe.eval(function () {
    const root = this;
    Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<unknown> } }).axe;
    return axe.run({ include: [root.host] }, { resultTypes: ['violations'] }).finally(() => {
      delete (root.host as unknown as { shadowRoot?: unknown }).shadowRoot;
    });
  });
  return summarize(results as Parameters<typeof summarize>[0]);
}
