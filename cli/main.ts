import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { parseCli, USAGE, UsageError, type CliOptions } from './args';
import { expandInputs, readInputList, type Source } from './sources';
import { defaultLimits, type Limits } from './limits';
import { formatFailureJson } from './format';
import { OutFiles, StdoutSink, fileIdentities, prepareOutDir } from './output';
import { Progress } from './progress';
import { InputError, oneLine, toErrorInfo, type ErrorInfo } from './errors';
import type { PageResult } from './page';
import type { LearnedRule } from '../src/index';

/**
 * `tidy-reader`: the pipeline on saved pages, folders, URLs, lists of them or stdin. Up to --jobs
 * pages are loaded and cleaned at once, each in a worker thread (cli/pool.ts), and the results are
 * written strictly in input order; at most a window of finished pages waits for a slow one, so
 * memory stays flat over thousands of pages. One bad input costs one line on stderr and never
 * stops the others.
 */
export const SAMPLE = resolve(dirname(fileURLToPath(import.meta.url)), '../samples/seed-article.html');

export interface RunIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: AsyncIterable<Uint8Array>;
  limits?: Limits;
}

const defaultIo = (): RunIo => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return `tidy-reader ${pkg.version}\n`;
}

/** The INPUTs of the command line, then those of each --input-file, checked against the options. */
async function inputsOf(opts: CliOptions, stdin: AsyncIterable<Uint8Array>): Promise<string[]> {
  const inputs = [...opts.inputs];
  for (const file of opts.inputFiles) {
    const listed = await readInputList(file, stdin);
    if (!listed.length) throw new UsageError(`--input-file ${file}: the list names no input.`);
    inputs.push(...listed);
  }
  if (opts.inputFiles.includes('-') && inputs.includes('-')) throw new UsageError('Standard input is the list of inputs (--input-file -): it cannot also be a page (-).');
  if (inputs.filter((p) => p === '-').length > 1) throw new UsageError('Standard input (-) can be read only once.');
  if (opts.url !== undefined && inputs.length > 1) throw new UsageError('--url gives the address of one page: use it with a single INPUT.');
  return inputs;
}

/**
 * --rules FILE: the learned rules, checked whole (src/rules/learned-file.ts); an unreadable or bad
 * file is a usage error that names it and what is wrong, before any page is read.
 */
async function learnedRules(file: string | undefined): Promise<LearnedRule[] | undefined> {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`--rules ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  const { parseRulesFile } = await import('../src/index');
  const parsed = parseRulesFile(text);
  if (!parsed.ok) throw new UsageError(`--rules ${file}: ${parsed.message}`);
  return parsed.rules;
}

export async function run(argv: string[], io: RunIo = defaultIo()): Promise<number> {
  let opts: CliOptions;
  let inputs: string[];
  let learned: LearnedRule[] | undefined;
  try {
    opts = parseCli(argv);
    if (opts.help || opts.version) {
      io.stdout.write(opts.help ? USAGE : version());
      return 0;
    }
    inputs = await inputsOf(opts, io.stdin);
    learned = await learnedRules(opts.rules);
    if (opts.out) await prepareOutDir(opts.out);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`tidy-reader: ${e.message}\nTry 'tidy-reader --help' for more information.\n`);
    return 2;
  }

  // The pipeline (jsdom, Readability, DOMPurify) loads only in the workers, once there is work:
  // --help and usage errors answer at once.
  const [{ PagePool }, { loadSource }] = await Promise.all([import('./pool'), import('./load')]);
  const sources: Source[] = await expandInputs(inputs.length ? inputs : [SAMPLE]);
  const limits: Limits = { ...(io.limits ?? defaultLimits()), ...opts.limits };
  const out = new StdoutSink(io.stdout);
  const files = opts.out
    ? new OutFiles(opts.out, opts.format, opts.overwrite, await fileIdentities(sources.flatMap((s) => (s.kind === 'file' ? [s.path] : []))))
    : null;
  const progress = new Progress(io.stderr, sources.length);
  const several = sources.length > 1;
  const pool = new PagePool(Math.min(opts.jobs, sources.length));
  let failed = 0;
  let written = 0;

  const report = async (src: Source, error: ErrorInfo): Promise<void> => {
    failed++;
    progress.clear();
    io.stderr.write(`tidy-reader: ${oneLine(src.source)}: ${oneLine(error.message)} [${error.code}]\n`);
    if (opts.format === 'json' && !files) await out.write(formatFailureJson(src.source, error));
  };

  const emit = async (src: Source, r: PageResult): Promise<void> => {
    if (!r.ok) return report(src, r.error);
    if (files) {
      const path = files.pathFor(src, r.title);
      try {
        await files.write(path, r.body);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        return report(src, toErrorInfo(e));
      }
      return out.write(path + '\n');
    }
    // Several articles in text, Markdown or HTML: a `head`-style header says which is which.
    if (several && opts.format !== 'json') await out.write(`${written > 0 ? '\n' : ''}==> ${oneLine(src.source)} <==\n`);
    await out.write(r.body);
  };

  const clean = async (i: number): Promise<PageResult> => {
    const src = sources[i];
    try {
      const raw = await loadSource(src, limits, io.stdin);
      return await pool.run({ id: i, source: src.source, raw, format: opts.format, limits, url: opts.url, learned });
    } catch (e) {
      return { id: i, ok: false, error: toErrorInfo(e) };
    }
  };

  // Results wait here until every earlier one is written; no page starts more than WINDOW ahead.
  const WINDOW = opts.jobs * 4 + 8;
  const results = new Map<number, PageResult>();
  let next = 0;
  let wakeUp: (() => void)[] = [];
  let writing = Promise.resolve();
  const flush = (): void => {
    writing = writing.then(async () => {
      for (let r = results.get(written); r; r = results.get(written)) {
        results.delete(written);
        if (!out.closed) await emit(sources[written], r);
        written++;
        progress.update(written, failed, sources[written]?.source ?? '');
        wakeUp.splice(0).forEach((w) => w());
      }
    });
  };
  const lane = async (): Promise<void> => {
    for (;;) {
      while (next < sources.length && next - written >= WINDOW && !out.closed) await new Promise<void>((r) => wakeUp.push(r));
      if (next >= sources.length || out.closed) return;
      const i = next++;
      results.set(i, await clean(i));
      flush();
    }
  };
  progress.update(0, 0, sources[0]?.source ?? '');
  try {
    await Promise.all(Array.from({ length: Math.min(opts.jobs, sources.length) }, lane));
    await writing;
  } finally {
    wakeUp = [];
    await pool.close();
  }
  progress.clear();
  if (several && (failed || progress.enabled)) {
    io.stderr.write(`tidy-reader: ${written - failed} of ${written} inputs gave an article${failed ? `, ${failed} failed` : ''}.\n`);
  }
  return failed ? 1 : 0;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // Libraries write to the global console, which would put stray lines among ours on stderr or
  // into JSON on stdout. The CLI writes only through `io`, so the console is silenced.
  for (const k of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) console[k] = () => undefined;
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`tidy-reader: unexpected error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
