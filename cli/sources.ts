import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, normalize, relative, sep } from 'node:path';
import { UsageError } from './args';

/**
 * The command line's INPUTs as a flat list of sources, in order. A folder becomes every
 * `.html`/`.htm`/`.html.gz` file under it (sub-folders too, so a saved corpus of one folder per
 * page works), sorted by path name; a folder with none gives one `no-inputs` error source so the
 * user hears about it. Missing paths are kept as they are: loading them reports the error.
 * A file also carries the path --out keeps for it (`rel`): below the folder it was found in, or
 * as given when that is a relative path inside the working folder, else its name.
 */
export type Source =
  | { kind: 'file'; source: string; path: string; rel: string }
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

/** The path --out keeps for a file given by name: as given when it stays inside the working folder. */
function keptPath(input: string): string {
  const n = normalize(input);
  return isAbsolute(n) || n === '..' || n.startsWith(`..${sep}`) ? basename(n) : n;
}

/**
 * The INPUTs listed in a file (--input-file), one a line: blank lines and lines starting with `#`
 * are skipped, spaces around a line are not part of it. `-` reads the list from standard input.
 */
export async function readInputList(file: string, stdin: AsyncIterable<Uint8Array>): Promise<string[]> {
  let text: string;
  try {
    if (file === '-') {
      const chunks: Buffer[] = [];
      for await (const c of stdin) chunks.push(Buffer.from(c));
      text = Buffer.concat(chunks).toString('utf8');
    } else text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`--input-file ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a list' : `cannot be read (${code ?? (e as Error).message})`}.`);
  }
  return text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
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
      if (!isDir) out.push({ kind: 'file', source: input, path: input, rel: keptPath(input) });
      else {
        let pages: string[] = [];
        try {
          pages = await pagesUnder(input);
        } catch {
          pages = [];
        }
        if (!pages.length) out.push({ kind: 'empty-folder', source: input, path: input });
        for (const p of pages) out.push({ kind: 'file', source: p, path: p, rel: relative(input, p) });
      }
    }
  }
  return out;
}
