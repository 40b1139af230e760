import { describe, expect, it } from 'vitest';
import { Progress, progressLine } from '../../cli/progress';

/** The progress bar: drawn only on a terminal with several inputs, throttled, erased before other output. */
function sink(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, columns: 80, writes, write: (s: string) => writes.push(s) };
}

describe('progress bar', () => {
  it('draws a bar with counts and the current input, fitted to the terminal', () => {
    const line = progressLine(3, 10, 1, '/very/long/path/to/some/page.html', 60);
    expect(line.length).toBeLessThanOrEqual(59);
    expect(line).toMatch(/^\[#+\.+\]  30% 3\/10 \(1 failed\) /);
    expect(line.endsWith('page.html')).toBe(true);
  });

  it('is silent off a terminal and for a single input', () => {
    for (const [tty, total] of [[false, 5], [true, 1]] as const) {
      const s = sink(tty);
      const p = new Progress(s, total);
      p.update(0, 0, 'a');
      p.update(1, 0, 'b');
      p.clear();
      expect(p.enabled).toBe(false);
      expect(s.writes).toEqual([]);
    }
  });

  it('redraws at most every 100 ms (but always the last step), and clears itself', () => {
    let t = 0;
    const s = sink(true);
    const p = new Progress(s, 3, () => t);
    p.update(0, 0, 'a');
    t = 50;
    p.update(1, 0, 'b'); // throttled
    t = 150;
    p.update(2, 0, 'c');
    t = 160;
    p.update(3, 0, ''); // the end is always drawn
    p.clear();
    expect(s.writes).toHaveLength(4);
    expect(s.writes.slice(0, 3).every((w) => w.startsWith('\r\x1b[2K['))).toBe(true);
    expect(s.writes[2]).toContain('100% 3/3');
    expect(s.writes[3]).toBe('\r\x1b[2K');
  });
});
