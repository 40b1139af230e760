/** Small text helpers shared by steps; no DOM writes here. */

export function foldSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A preview of at most `max` characters, cut on a word boundary. */
export function preview(s: string, max = 120): string {
  const t = foldSpace(s);
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return (sp > max / 2 ? cut.slice(0, sp) : cut) + '…';
}

/** Whether `s` has at least `n` words, reading only as far as the n-th (a whole page's text is long). */
export function hasWords(s: string, n: number): boolean {
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
  for (let i = 0; i < n; i++) if (!re.exec(s)) return false;
  return true;
}

export function countWords(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu);
  return m ? m.length : 0;
}
