import { afterEach, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_BUDGET_BYTES, TARGETS } from '../../scripts/build/bundles';
import { SCRIPT_FILES, reportAndZip } from '../../scripts/build/report';

/**
 * The end of `vite build` (scripts/build/report.ts): sizes, the content script's budget, the zips.
 * Run on a made-up output folder, so an over-budget build can be tried without growing the code.
 */
let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function fakeBuild(contentBytes: number): { base: string; lines: string[] } {
  root = mkdtempSync(join(tmpdir(), 'tidy-report-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ version: '9.8.7' }));
  const base = join(root, 'dist');
  for (const t of TARGETS) {
    mkdirSync(join(base, t), { recursive: true });
    for (const f of SCRIPT_FILES) writeFileSync(join(base, t, f), f === 'content.js' ? 'x'.repeat(contentBytes) : `/* ${f} */`);
  }
  return { base, lines: [] };
}

test('prints every script of both browsers, then writes the zips', async () => {
  const { base, lines } = fakeBuild(CONTENT_BUDGET_BYTES);
  await reportAndZip(root, base, { info: (m) => lines.push(m) });
  expect(lines.filter((l) => /^dist\/(chrome|firefox) \(v9\.8\.7\)$/.test(l))).toHaveLength(2);
  for (const f of SCRIPT_FILES) expect(lines.filter((l) => l.trimStart().startsWith(f + ' '))).toHaveLength(2);
  expect(lines.join('\n')).not.toContain('OVER');
  for (const t of TARGETS) expect(existsSync(join(base, `tidy-reader-${t}.zip`))).toBe(true);
});

test('fails when content.js is one byte over its budget, naming it, and writes no zip', async () => {
  const { base, lines } = fakeBuild(CONTENT_BUDGET_BYTES + 1);
  await expect(reportAndZip(root, base, { info: (m) => lines.push(m) })).rejects.toThrow(/chrome\/content\.js \(90\.0 KB\), firefox\/content\.js \(90\.0 KB\) over the content script's 90\.0 KB budget/);
  expect(lines.filter((l) => l.includes('content.js') && l.includes('OVER the 90.0 KB budget'))).toHaveLength(2);
  for (const t of TARGETS) expect(existsSync(join(base, `tidy-reader-${t}.zip`))).toBe(false);
});
