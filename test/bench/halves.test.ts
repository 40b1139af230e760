import { describe, expect, it } from 'vitest';
import { halfOf, mergeResults, type PageResult } from '../../bench/run';

/**
 * The bench's halves (issue 9, item 6): a rule is screened on the even-numbered pages and its
 * effect is reported on the odd-numbered ones, so each half's figures must come from its own pages.
 */

function row(id: string, f1: number): PageResult {
  return {
    id,
    bag: { precision: f1, recall: f1, f1 },
    meta: { title: true, author: null, date: null },
    withFound: f1 === 1 ? 1 : 0,
    withTotal: 1,
    withoutLeaked: 0,
    withoutTotal: 1,
    missed: [],
    leaked: [],
    ms: 10,
    failed: null,
  } as PageResult;
}

describe('halves of a corpus', () => {
  it('splits numbered pages by their number, other ids by their place in the list', () => {
    expect(halfOf('0002', 7)).toBe('even');
    expect(halfOf('4073', 0)).toBe('odd');
    expect(halfOf('page-a', 0)).toBe('even');
    expect(halfOf('page-b', 1)).toBe('odd');
  });

  it("summarizes each half over its own pages, after the shards are merged", () => {
    const ids = ['0001', '0002', '0003', '0004'];
    const part = (rows: PageResult[]): { corpus: string; preds: { ours: Record<string, never>; readability: Record<string, never> }; rows: { ours: PageResult[]; readability: PageResult[] } } =>
      ({ corpus: 'c', preds: { ours: {}, readability: {} }, rows: { ours: rows, readability: [] } });
    const r = mergeResults([part([row('0001', 1), row('0003', 1)]), part([row('0002', 0.5), row('0004', 0.5)])], ids);
    expect(r.halves.even.ours.pages).toBe(2);
    expect(r.halves.even.ours.f1).toBeCloseTo(0.5);
    expect(r.halves.odd.ours.f1).toBeCloseTo(1);
    expect(r.halves.odd.ours.withFound).toBe(1);
    expect(r.summary.ours.f1).toBeCloseTo(0.75);
  });
});
