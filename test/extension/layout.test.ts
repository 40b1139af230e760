import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The shape of extension/ (and cli/, which shares the rule about src/): no import circles, every
 * import of the pipeline through its one door (src/index.ts), no file over 300 lines, and
 * webextension-polyfill imported in exactly one module. Imports are read with TypeScript's own
 * pre-processor, type-only imports included (a circle of types is still a circle to a reader).
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAX_LINES = 300;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(f) ? [p] : [];
  });
}

const sources = [...files(join(ROOT, 'extension')), ...files(join(ROOT, 'cli'))];

/** The module specifiers a file imports, as written. */
function imports(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/** A relative specifier as a file of the repository (".ts" or "/index.ts"). */
function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base + '.ts', join(base, 'index.ts'), base]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* next */
    }
  }
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${spec}`);
}

/** Every import circle among `nodes` (Tarjan's strongly connected components of size > 1, or a self-import). */
function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.map((f) => relative(ROOT, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe('extension/ and cli/ layout', () => {
  it('finds the files it checks', () => {
    expect(sources.length).toBeGreaterThan(40);
  });

  it('has no import circles in extension/ (type imports included)', () => {
    const graph = new Map<string, string[]>();
    for (const f of sources.filter((s) => s.startsWith(join(ROOT, 'extension')))) {
      graph.set(f, imports(f).map((s) => resolveLocal(f, s)).filter((p): p is string => !!p && p.startsWith(join(ROOT, 'extension'))));
    }
    expect(circles(graph)).toEqual([]);
  });

  it('reaches the pipeline only through src/index.ts', () => {
    const door = join(ROOT, 'src/index.ts');
    const inside = sources.flatMap((f) =>
      imports(f)
        .map((s) => resolveLocal(f, s))
        .filter((p): p is string => !!p && p.startsWith(join(ROOT, 'src') + '/') && p !== door)
        .map((p) => `${relative(ROOT, f)} → ${relative(ROOT, p)}`),
    );
    expect(inside).toEqual([]);
  });

  it('keeps every file under 300 lines', () => {
    const long = sources.map((f) => [relative(ROOT, f), readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('imports webextension-polyfill in exactly one module (types aside)', () => {
    const importing = sources.filter((f) => /^\s*import\s+(?!type\b)[^;]*from\s+['"]webextension-polyfill['"]/m.test(readFileSync(f, 'utf8')));
    expect(importing.map((f) => relative(ROOT, f))).toEqual(['extension/shared/browser.ts']);
  });

  it('the checker sees a circle when there is one', () => {
    const a = '/x/a.ts';
    const b = '/x/b.ts';
    expect(circles(new Map([[a, [b]], [b, [a]]])).length).toBe(1);
    expect(circles(new Map([[a, [b]], [b, []]]))).toEqual([]);
  });
});
