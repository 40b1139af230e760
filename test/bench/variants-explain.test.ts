import { describe, expect, it } from 'vitest';
import { describeChanges, minimalChanges, withChanges } from '../../bench/variants/explain';
import { explainReport, type ExplainRow } from '../../bench/variants/explain-corpus';
import { makeVariants, markupChanges, type MarkupKind } from '../../bench/variants/index';
import type { Change } from '../../bench/variants/transform';
import { loadFixture } from '../fixtures/fixture-lib';

const list = (n: number): Change[] => Array.from({ length: n }, (_, at) => ({ at, kind: 'tag', to: 'div' }));
const holds = (ats: number[]) => (some: Change[]): boolean => ats.every((a) => some.some((c) => c.at === a));

describe('the fewest changes that move a variant', () => {
  it('finds one culprit among many, and a pair that only moves together', async () => {
    const one = await minimalChanges(list(200), holds([137]));
    expect(one.changes.map((c) => c.at)).toEqual([137]);
    expect(one.cut).toBe(false);
    expect(one.runs).toBeLessThan(40);
    const two = await minimalChanges(list(90), holds([3, 71]));
    expect(two.changes.map((c) => c.at)).toEqual([3, 71]);
  });

  it('stops after its trials and says so, with a set that still moves', async () => {
    const moves = holds([1, 20, 40, 60, 80, 99]);
    const m = await minimalChanges(list(100), moves, 5);
    expect(m.cut).toBe(true);
    expect(m.runs).toBeLessThanOrEqual(5);
    expect(moves(m.changes)).toBe(true);
  });
});

describe('a variant taken apart', () => {
  const page = loadFixture('seed-wordpress').html;

  it.each(['hashed', 'tags', 'wrapped', 'unnamed'] as MarkupKind[])('the page with all of the %s changes made is the variant itself', (kind) => {
    const variant = makeVariants(page, { seed: 5, labels: 'one' }).variants.find((v) => v.kind === kind)!;
    const changes = markupChanges(page, undefined, kind, 5);
    expect(changes.length).toBeGreaterThan(3);
    expect(withChanges(page, undefined, changes)).toBe(variant.html);
    // And some of them make another page, not the variant.
    expect(withChanges(page, undefined, changes.slice(0, 1))).not.toBe(variant.html);
  });

  it('describes a change by what it did to which element, and how much text that holds', () => {
    const html = '<!doctype html><html><body><div class="story"><p>One short line.</p></div></body></html>';
    const notes = describeChanges(html, undefined, [{ at: 3, kind: 'tag', to: 'section' }, { at: 4, kind: 'wrap', to: 'w-1' }]);
    expect(notes).toEqual([
      { group: 'div→section, a block (under 1,000 characters)', element: 'div.story', text: 'One short line.' },
      { group: 'wrapper around a p, a block (under 1,000 characters)', element: 'p', text: 'One short line.' },
    ]);
  });

  it('counts the variants each kind of change moves, once per variant', () => {
    const note = (group: string) => ({ group, element: 'div', text: 'x' });
    const rows: ExplainRow[] = [
      { id: '0001', name: 'tags', base: 0.9, f1: 0.7, reproduced: true, changes: 40, minimal: [note('div→section, a container (1,000+ characters)'), note('div→section, a container (1,000+ characters)')], runs: 20, cut: false },
      { id: '0002', name: 'tags', base: 0.9, f1: 0.8, reproduced: true, changes: 30, minimal: [note('div→section, a container (1,000+ characters)')], runs: 12, cut: false },
      { id: '0003', name: 'hashed', base: 0.9, f1: 0.85, reproduced: false, changes: 50, minimal: [], runs: 1, cut: false },
    ];
    const md = explainReport(rows, 'npm run variants -- --corpus --explain');
    expect(md).toContain('| div→section, a container (1,000+ characters) | 2 |');
    expect(md).toContain('3 variants outside 0.01');
    expect(md).toContain('2 moved again');
    expect(md).not.toContain('| 0003 |');
  });
});
