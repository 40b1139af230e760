import { describe, expect, it } from 'vitest';
import { evenSample, formatReport, quantile, stepTimes, summarize, type PageTimes } from '../../bench/in-page-report';

/** The in-page benchmark's arithmetic and table (bench/in-page-report.ts), without a browser. */
const page = (i: number, tidy: [number, number], readability: [number, number]): PageTimes => ({
  page: `p${i}`,
  state: 'ok',
  tidy: { cold: tidy[0], warm: tidy[1] },
  readability: { cold: readability[0], warm: readability[1] },
  trace: { marks: [['clone', 2], ['readability', 8], ['clone', 9], ['draft', 10]], total: 10, message: 1, finish: 5, finishMarks: [['build', 1], ['sanitize', 4], ['text', 5]], ok: true },
});

describe('in-page benchmark report', () => {
  it('samples evenly, first page included', () => {
    expect(evenSample([...'abcdefghij'], 5)).toEqual([...'acegi']);
    expect(evenSample([1, 2], 5)).toEqual([1, 2]);
  });

  it('interpolates quantiles', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([0, 10], 0.95)).toBeCloseTo(9.5);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('gives each step the time up to its reading, summing a step that comes back', () => {
    expect([...stepTimes([['clone', 2], ['readability', 8], ['clone', 9], ['draft', 10]])]).toEqual([['clone', 3], ['readability', 6], ['draft', 1]]);
  });

  it('divides medians and p95s, and scales shares into Readability units', () => {
    const s = summarize([page(1, [40, 20], [20, 10]), page(2, [60, 30], [30, 20]), page(3, [80, 40], [40, 30])]);
    expect(s.ratio.warm.median).toBeCloseTo(30 / 20);
    expect(s.ratio.cold.median).toBeCloseTo(60 / 30);
    expect(s.ratio.cold.p95).toBeCloseTo(quantile([40, 60, 80], 0.95) / quantile([20, 30, 40], 0.95));
    const readability = s.steps.find((t) => t.step === 'readability')!;
    expect(readability.share).toBeCloseTo(0.6);
    expect(readability.readabilityUnits).toBeCloseTo(0.6 * (90 / 60));
    expect(s.finish.median).toBe(5);
    expect(s.finishSteps).toEqual([{ step: 'build', share: 0.2 }, { step: 'sanitize', share: 0.6 }, { step: 'text', share: 0.2 }]);
  });

  it('prints the table the README quotes', () => {
    const out = formatReport(summarize([page(1, [40, 20], [20, 10])]), 40);
    expect(out).toContain('1 of 40 pages measured');
    expect(out).toContain('| warm (second run in the page) | 20.0 ms / 20.0 ms | 10.0 ms / 10.0 ms | 2.00×, 2.00× |');
    expect(out).toContain('| cold (first run in a fresh world, compiling included) | 40.0 ms / 40.0 ms | 20.0 ms / 20.0 ms | 2.00×, 2.00× |');
    expect(out).toMatch(/readability\s+60\.0%\s+1\.20/);
  });
});
