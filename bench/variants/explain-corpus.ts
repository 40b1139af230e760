import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, readPage, truthText } from '../run';
import { bagPage } from '../scoring';
import { extractTimed } from './check';
import { breathe, pageSeed, runJobs, TOLERANCE, within, writeRun, type CorpusArgs, type VariantRow } from './corpus';
import { describeChanges, EXPLAINED_KINDS, markupChanges, minimalChanges, withChanges, type ChangeNote } from './explain';
import type { MarkupKind } from './index';

/**
 * `npm run variants -- --corpus --explain --out DIR`: for each variant of the run in DIR that moved
 * (outside the tolerance) and is one transform of the markup, the few changes that move it (see
 * explain.ts), and a count of them by kind, written to DIR/explain.md and explain.json.
 */

/** Trials per variant: most need 10–60; a run of many scattered culprits stops here, reported as cut. */
const MAX_RUNS = 150;

export interface ExplainRow {
  id: string;
  name: string;
  base: number;
  f1: number;
  /** The variant, made again, still moves (a variant that timed out on a busy machine may not). */
  reproduced: boolean;
  /** How many changes the variant makes, and the ones that move it. */
  changes: number;
  minimal: ChangeNote[];
  runs: number;
  cut: boolean;
}

function toExplain(out: string): VariantRow[] {
  const file = join(out, 'variants.json');
  if (!existsSync(file)) throw new Error(`--explain reads the run in ${out}, and ${file} is not there: run \`npm run variants -- --corpus --out ${out}\` first`);
  const rows = JSON.parse(readFileSync(file, 'utf8')) as VariantRow[];
  return rows.filter((r) => !r.timedOut && !within(r) && (EXPLAINED_KINDS as readonly string[]).includes(r.kind));
}

async function explainShard(a: CorpusArgs, file: string): Promise<void> {
  const corpus = loadCorpus(a.dir);
  const todo = toExplain(a.out).filter((_, i) => !a.shard || i % a.shard.of === a.shard.index);
  writeFileSync(file, '');
  for (const r of todo) {
    await breathe();
    const url = corpus.meta[r.id]?.url;
    const html = readPage(corpus, r.id);
    const truth = truthText(corpus.truth[r.id]);
    const f1 = (h: string): number => bagPage(truth, extractTimed(h, url, a.timeLimitMs).article?.text ?? '').f1;
    const base = f1(html);
    const changes = markupChanges(html, url, r.kind as MarkupKind, pageSeed(a.seed, r.id));
    const moves = async (some: typeof changes): Promise<boolean> => {
      await breathe();
      return Math.abs(f1(withChanges(html, url, some)) - base) > TOLERANCE;
    };
    const row: ExplainRow = { id: r.id, name: r.name, base, f1: r.f1, reproduced: await moves(changes), changes: changes.length, minimal: [], runs: 1, cut: false };
    if (row.reproduced) {
      const m = await minimalChanges(changes, moves, MAX_RUNS);
      Object.assign(row, { minimal: describeChanges(html, url, m.changes), runs: m.runs + 1, cut: m.cut });
    }
    appendFileSync(file, JSON.stringify(row) + '\n');
  }
}

const f4 = (x: number): string => (x >= 0 ? '+' : '') + x.toFixed(4);
const cell = (s: string): string => s.replace(/\|/g, '\\|');

export function explainReport(rows: ExplainRow[], command: string): string {
  const shown = rows.filter((r) => r.reproduced);
  const groups = new Map<string, number>();
  for (const r of shown) for (const g of new Set(r.minimal.map((c) => c.group))) groups.set(g, (groups.get(g) ?? 0) + 1);
  const single = shown.filter((r) => r.minimal.length === 1).length;
  return [
    `# What moves the variants that moved`,
    ``,
    `Command: \`${command}\`. ${rows.length} variants outside ${TOLERANCE} (of the kinds made of single-element changes: ${EXPLAINED_KINDS.join(', ')}); ${shown.length} moved again when made again.`,
    `For each, the fewest of its changes that still move it (delta debugging, at most ${MAX_RUNS} extractions; ${shown.filter((r) => r.cut).length} ran out and show a larger set). ${single} are moved by one change alone.`,
    ``,
    `| change | variants it moves |`,
    `|---|---|`,
    ...[...groups].sort((x, y) => y[1] - x[1]).map(([g, n]) => `| ${cell(g)} | ${n} |`),
    ``,
    `| page | variant | ΔF1 | changes that move it (of all) | the first of them |`,
    `|---|---|---|---|---|`,
    ...shown.map((r) => `| ${r.id} | ${r.name} | ${f4(r.f1 - r.base)} | ${r.minimal.length} of ${r.changes}${r.cut ? ' (cut)' : ''} | ${cell(r.minimal[0] ? `${r.minimal[0].group}: \`${r.minimal[0].element}\` "${r.minimal[0].text.slice(0, 50)}"` : '')} |`),
    ``,
  ].join('\n');
}

export async function runExplain(a: CorpusArgs, argv: string[]): Promise<number> {
  if (a.shard) {
    await explainShard(a, a.shard.file);
    return 0;
  }
  toExplain(a.out);
  const rows = await runJobs<ExplainRow>(a, argv, 'explain', explainShard);
  writeRun(a.out, 'explain', rows, (sorted) => explainReport(sorted, ['npm run variants', '--', ...argv].join(' ')));
  return 0;
}
