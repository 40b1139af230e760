import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { exportFileName } from '../src/index';
import { UsageError } from './args';
import { extensionOf, type Format } from './format';
import type { Source } from './sources';

/**
 * Where results go. Standard output is written with back-pressure (await 'drain'), so a slow pipe
 * holds the loop instead of buffering thousands of pages in memory; a closed pipe (`| head`)
 * stops the run quietly. With --out, each input becomes one file named after it.
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

/** Files are named after the input file; URLs and stdin after the article's title. Unique per run. */
export class OutNamer {
  private readonly used = new Set<string>();

  constructor(private readonly dir: string, private readonly format: Format) {}

  pathFor(src: Source, title: string): string {
    const ext = extensionOf(this.format);
    const stem = src.kind === 'file' ? basename(src.path).replace(/\.gz$/i, '').replace(/\.html?$/i, '') : title;
    const name = exportFileName(stem, ext);
    const base = name.slice(0, -(ext.length + 1));
    let candidate = name;
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++) candidate = exportFileName(`${Array.from(base).slice(0, 80).join('')} (${n})`, ext);
    this.used.add(candidate.toLowerCase());
    return join(this.dir, candidate);
  }
}

export async function writeOut(path: string, content: string): Promise<void> {
  await writeFile(path, content, 'utf8');
}
