import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { exportFileName } from '../src/index';
import { UsageError } from './args';
import { extensionOf, type Format } from './format';
import type { Source } from './sources';
import { InputError } from './errors';

/**
 * Where results go. Standard output is written with back-pressure (await 'drain'), so a slow pipe
 * holds the loop instead of buffering thousands of pages in memory; a closed pipe (`| head`)
 * stops the run quietly. With --out, each input becomes one file (OutFiles).
 */
export class StdoutSink {
  closed = false;

  constructor(private readonly stream: NodeJS.WritableStream = process.stdout) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') this.closed = true;
      else throw e;
    });
  }

  async write(s: string): Promise<void> {
    if (this.closed) return;
    if (!this.stream.write(s)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.stream.off('drain', done);
          this.stream.off('close', done);
          this.stream.off('error', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('close', done);
        this.stream.on('error', done);
      });
    }
  }
}

export async function prepareOutDir(dir: string): Promise<void> {
  try {
    const st = await stat(dir);
    if (!st.isDirectory()) throw new UsageError(`--out ${dir}: this exists and is not a folder.`);
    return;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`--out ${dir}: ${(e as Error).message}`);
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(`--out ${dir}: the folder cannot be created (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
}

/**
 * Where --out puts each input's file, and the writing of it. A file keeps its path below the
 * folder it was found in (`corpus/a/b/page.html` → `OUT/a/b/page.md`), or its path as given when
 * that is a relative path inside the working folder; URLs and standard input are named after the
 * article's title. Two inputs that would share a file get `name (2).md`.
 *
 * Nothing is written over: not a file this run did not create (unless --overwrite), and never one
 * of the run's inputs, with or without it (the clean copy of a page replacing the page is how a
 * saved page was lost). A file is created with O_EXCL, so a file that appears meanwhile is safe too.
 */
export class OutFiles {
  private readonly used = new Set<string>();

  /** `inputs`: the device and inode (`dev:ino`) of every input file. */
  constructor(private readonly dir: string, private readonly format: Format, private readonly overwrite: boolean, private readonly inputs: Set<string>) {}

  pathFor(src: Source, title: string): string {
    const ext = extensionOf(this.format);
    const [folder, stem] = src.kind === 'file' ? [dirname(src.rel), basename(src.rel).replace(/\.gz$/i, '').replace(/\.html?$/i, '')] : ['.', title];
    const name = exportFileName(stem, ext);
    const base = name.slice(0, -(ext.length + 1));
    let candidate = join(this.dir, folder, name);
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++) candidate = join(this.dir, folder, exportFileName(`${Array.from(base).slice(0, 80).join('')} (${n})`, ext));
    this.used.add(candidate.toLowerCase());
    return candidate;
  }

  async write(path: string, content: string): Promise<void> {
    const existing = await stat(path).catch(() => null);
    if (existing && this.inputs.has(`${existing.dev}:${existing.ino}`)) {
      throw new InputError('output-exists', `Not written: ${path} is one of this run's inputs, and tidy-reader never writes over an input.`);
    }
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content, { encoding: 'utf8', flag: this.overwrite ? 'w' : 'wx' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new InputError('output-exists', `Not written: ${path} already exists and this run did not write it; use --overwrite to replace it.`);
      throw new InputError('unwritable', `Not written: ${path} cannot be written (${code ?? (e as Error).message}).`);
    }
  }
}

/** `dev:ino` of each file, to recognize an input under any name (a symlink, `./x`, a hard link). */
export async function fileIdentities(paths: string[]): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const p of paths) {
    const st = await stat(p).catch(() => null);
    if (st?.isFile()) ids.add(`${st.dev}:${st.ino}`);
  }
  return ids;
}
