import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The shape of `src/`, checked on every test run: small files, no import cycles, and layers that
 * only import downwards (dom/ and the shared types at the bottom, the pipeline in extract.ts and the
 * door, index.ts, at the top), so a reader can follow the code from the door down without meeting
 * an arrow back up.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const MAX_LINES = 300;

/** Each folder's layer: a module imports from its own folder or from a lower layer, never up or sideways. */
const LAYERS: Record<string, number> = {
  'types.ts': 0, 'limits.ts': 0, types: 0, dom: 0,
  rules: 1, render: 1, vendor: 1, 'failure.ts': 1,
  clutter: 2, metadata: 2, export: 2,
  steps: 3, warnings: 3,
  'assemble.ts': 4,
  'article-steps.ts': 4, 'guard.ts': 4,
  'finish.ts': 5,
  'extract.ts': 6,
  'index.ts': 7,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return name.endsWith('.ts') ? [p] : [];
  });
}

/** The relative modules a file imports or re-exports (type-only ones too: they are arrows a reader follows). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)|(?:^|\n)\s*import\s+'([^']+)'/g)]
    .map((m) => m[1] ?? m[2] ?? m[3]);
  return specs.filter((s) => s.startsWith('.')).map((s) => {
    const base = resolve(dirname(file), s);
    const hit = [`${base}.ts`, `${base}.d.ts`, join(base, 'index.ts'), base].find((p) => existsSync(p) && statSync(p).isFile());
    if (!hit) throw new Error(`${relative(ROOT, file)}: cannot resolve ${s}`);
    return hit;
  });
}

/** The layer key of a file: its top-level folder under src/, or its own name for a top-level file. */
const unit = (file: string): string => relative(SRC, file).split('/')[0];

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('src/ layout', () => {
  it(`has no source file over ${MAX_LINES} lines`, () => {
    const long = files.map((f) => [relative(ROOT, f), readFileSync(f, 'utf8').split('\n').length - 1] as const).filter(([, n]) => n > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('imports nothing outside src/ but packages (a pure pipeline: no host, node/ or test code)', () => {
    const out = [...graph].flatMap(([f, deps]) => deps.filter((d) => !d.startsWith(SRC + '/')).map((d) => `${relative(ROOT, f)} -> ${relative(ROOT, d)}`));
    expect(out).toEqual([]);
  });

  it('knows the layer of every folder', () => {
    expect(files.map(unit).filter((u) => !(u in LAYERS))).toEqual([]);
  });

  it('imports only from its own folder or a lower layer (dom/ and rules/ import nothing above them)', () => {
    const up: string[] = [];
    for (const [f, deps] of graph) {
      for (const d of deps) {
        if (unit(d) !== unit(f) && LAYERS[unit(d)] >= LAYERS[unit(f)]) up.push(`${relative(SRC, f)} -> ${relative(SRC, d)}`);
      }
    }
    expect(up).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string): void => {
      state.set(f, 'open');
      stack.push(f);
      for (const d of graph.get(f) ?? []) {
        if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d].map((p) => relative(SRC, p)).join(' -> '));
        else if (!state.has(d)) visit(d);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('finds the imports it checks (the checks above are not vacuous)', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(graph.get(join(SRC, 'extract.ts'))).toContain(join(SRC, 'steps/prune.ts'));
    expect(graph.get(join(SRC, 'metadata/index.ts'))).toContain(join(SRC, 'metadata/sources/json-ld.ts'));
  });
});
