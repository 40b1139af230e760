import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * The command line's INPUTs as a flat list of sources, in order. A folder becomes every
 * `.html`/`.htm`/`.html.gz` file under it (sub-folders too, so a saved corpus of one folder per
 * page works), sorted by path name; a folder with none gives one `no-inputs` error source so the
 * user hears about it. Missing paths are kept as they are: loading them reports the error.
 */
export type Source =
  | { kind: 'file'; source: string; path: string }
  | { kind: 'url'; source: string; url: string }
  | { kind: 'stdin'; source: string }
  | { kind: 'empty-folder'; source: string; path: string };

export const PAGE_FILE = /\.(?:html?|html?\.gz)$/i;

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

async function pagesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, depth: number): Promise<void> => {
    if (depth > 32) return;
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p, depth + 1);
      else if ((e.isFile() || e.isSymbolicLink()) && PAGE_FILE.test(e.name)) out.push(p);
    }
  };
  await walk(dir, 0);
  // Sorted by name: by the path below the folder, code point order (the same on every machine).
  return out.sort((a, b) => {
    const ra = relative(dir, a);
    const rb = relative(dir, b);
    return ra < rb ? -1 : ra > rb ? 1 : 0;
  });
}

export async function expandInputs(inputs: string[]): Promise<Source[]> {
  const out: Source[] = [];
  for (const input of inputs) {
    if (input === '-') out.push({ kind: 'stdin', source: '-' });
    else if (isUrl(input)) out.push({ kind: 'url', source: input, url: input });
    else {
      let isDir = false;
      try {
        isDir = (await stat(input)).isDirectory();
      } catch {
        // Not there or not readable: the loader says which, for this input only.
      }
      if (!isDir) out.push({ kind: 'file', source: input, path: input });
      else {
        let pages: string[] = [];
        try {
          pages = await pagesUnder(input);
        } catch {
          pages = [];
        }
        if (!pages.length) out.push({ kind: 'empty-folder', source: input, path: input });
        for (const p of pages) out.push({ kind: 'file', source: p, path: p });
      }
    }
  }
  return out;
}
