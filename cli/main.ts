import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { parseCli, USAGE, UsageError, type CliOptions } from './args';
import { expandInputs, type Source } from './sources';
import { defaultLimits, loadSource, type Limits } from './load';
import { formatArticle, formatFailureJson } from './format';
import { OutNamer, StdoutSink, prepareOutDir, writeOut } from './output';
import { Progress } from './progress';
import { oneLine, toErrorInfo, type ErrorInfo } from './errors';

/**
 * `tidy-reader`: the pipeline on saved pages, folders, URLs or stdin. Inputs run one at a time,
 * each fully finished (window closed, output written) before the next, so memory stays flat over
 * thousands of pages; one bad input costs one line on stderr and never stops the others.
 */
export const SAMPLE = resolve(dirname(fileURLToPath(import.meta.url)), '../samples/seed-article.html');

export interface RunIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: AsyncIterable<Uint8Array>;
  limits?: Limits;
}

const defaultIo = (): RunIo => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });

export async function run(argv: string[], io: RunIo = defaultIo()): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseCli(argv);
    if (opts.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    if (opts.out) await prepareOutDir(opts.out);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`tidy-reader: ${e.message}\nTry 'tidy-reader --help' for more information.\n`);
    return 2;
  }

  // The pipeline (jsdom, Readability, DOMPurify) loads only once there is work: --help and usage
  // errors answer at once.
  const { cleanPage } = await import('./clean');
  const sources: Source[] = await expandInputs(opts.inputs.length ? opts.inputs : [SAMPLE]);
  const limits = io.limits ?? defaultLimits();
  const out = new StdoutSink(io.stdout);
  const namer = opts.out ? new OutNamer(opts.out, opts.format) : null;
  const progress = new Progress(io.stderr, sources.length);
  const several = sources.length > 1;
  let failed = 0;
  let done = 0;

  const report = async (src: Source, error: ErrorInfo): Promise<void> => {
    failed++;
    progress.clear();
    io.stderr.write(`tidy-reader: ${oneLine(src.source)}: ${oneLine(error.message)} [${error.code}]\n`);
    if (opts.format === 'json' && !namer) await out.write(formatFailureJson(src.source, error));
  };

  for (const src of sources) {
    if (out.closed) break;
    progress.update(done, failed, src.source);
    try {
      const page = await loadSource(src, limits, io.stdin);
      const cleaned = cleanPage(page, opts.url);
      if (!cleaned.ok) await report(src, cleaned.error);
      else {
        const body = formatArticle(opts.format, cleaned.article, cleaned.markdown, src.source, cleaned.url);
        if (namer) {
          const path = namer.pathFor(src, cleaned.article.title);
          await writeOut(path, body);
          await out.write(path + '\n');
        } else {
          // Several articles in text, Markdown or HTML: a `head`-style header says which is which.
          if (several && opts.format !== 'json') await out.write(`${done > 0 ? '\n' : ''}==> ${oneLine(src.source)} <==\n`);
          await out.write(body);
        }
      }
    } catch (e) {
      await report(src, toErrorInfo(e));
    }
    done++;
  }
  progress.update(done, failed, '');
  progress.clear();
  if (several && (failed || progress.enabled)) {
    io.stderr.write(`tidy-reader: ${done - failed} of ${done} inputs gave an article${failed ? `, ${failed} failed` : ''}.\n`);
  }
  return failed ? 1 : 0;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // Libraries under jsdom write to the global console (css-tree: "[csstree-match] BREAK after
  // 15000 iterations" on some stylesheets), which would put stray lines among ours on stderr or
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
