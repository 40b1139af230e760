/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal and there is more than
 * one input (a pipe or a log file gets no control characters). Redrawn at most every 100 ms; any
 * other stderr line clears it first so messages never get mixed into the bar.
 */
export interface ProgressSink {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

export function progressLine(done: number, total: number, failed: number, label: string, columns = 80): string {
  const width = Math.max(10, Math.min(30, columns - 50));
  const filled = total ? Math.round((done / total) * width) : width;
  const pct = total ? Math.floor((done / total) * 100) : 100;
  const counts = `${done}/${total}${failed ? ` (${failed} failed)` : ''}`;
  let line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${counts} `;
  const room = columns - 1 - line.length;
  if (room > 3) line += label.length > room ? '…' + label.slice(label.length - room + 1) : label;
  return line.slice(0, columns - 1);
}

export class Progress {
  private last = 0;
  private shown = false;
  readonly enabled: boolean;

  constructor(private readonly sink: ProgressSink, private readonly total: number, private readonly clock: () => number = Date.now) {
    this.enabled = !!sink.isTTY && total > 1;
  }

  update(done: number, failed: number, label: string): void {
    if (!this.enabled) return;
    const t = this.clock();
    if (this.shown && done < this.total && t - this.last < 100) return;
    this.last = t;
    this.sink.write('\r\x1b[2K' + progressLine(done, this.total, failed, label, this.sink.columns || 80));
    this.shown = true;
  }

  /** Erase the bar (before another stderr line, and at the end). */
  clear(): void {
    if (this.shown) this.sink.write('\r\x1b[2K');
    this.shown = false;
  }
}
