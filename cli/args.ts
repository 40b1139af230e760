import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { FORMATS, formatHelp, parseFormat, type Format } from './format';
import { CPU_SHARE, DEFAULTS, formatBytes, formatCount, formatSeconds, parseBytes, parseCount, parseDuration, type Limits } from './limits';

const CORES = availableParallelism();

export const USAGE = `Usage: tidy-reader [OPTIONS] [INPUT...]

Turns cluttered article pages into clean text: title, author, date, site and the article itself,
without share bars, reCAPTCHA notices, related-coverage teasers, newsletter boxes or comment prompts.

INPUT        a .html, .htm or .html.gz file; a folder (every such file under it, sorted by name);
             an http(s) URL; or - for standard input. With no INPUT, the shipped sample article.

Options:
  -f, --format FORMAT    ${formatHelp(' '.repeat(25))}
  -u, --url URL          the page's address, for resolving its links (one INPUT only); without
                         it a page's own canonical or og:url address is used, else links stay
                         relative
      --rules FILE       apply the rules learned in the reader (the options page's "Export all
                         learned rules" file) to each page whose address (--url, or the page's
                         own canonical or og:url address) is on a rule's site
  -o, --out DIR          write one file per input into DIR, keeping each file's path below the
                         folder it was found in; never over an input or a file this run did not
                         write
      --overwrite        with --out: replace files an earlier run wrote (never an input)
  -j, --jobs N           pages cleaned at once, each in a worker thread (default: the number of
                         cores, here ${CORES}); output stays in input order
  -i, --input-file FILE  read more INPUTs from FILE, one a line (# starts a comment); - reads
                         the list from standard input. May be given more than once
      --max-bytes SIZE   largest page read, uncompressed (default ${formatBytes(DEFAULTS.maxBytes)}; e.g. 200MB)
      --max-elements N   most elements a page may have, counted before parsing (default ${formatCount(DEFAULTS.maxElements)})
      --timeout SECONDS  most wall-clock time one page may take, parse included (default
                         ${DEFAULTS.timeoutMs / 1000}); 1/${CPU_SHARE} of it (${formatSeconds(DEFAULTS.timeoutMs / CPU_SHARE)}) is the page's budget of CPU time
  -V, --version          print the version
  -h, --help             show this help

Exit status: 0 when every input gave an article, 1 when any did not, 2 for a usage error.
Environment: TIDY_READER_FETCH_TIMEOUT_MS (default 20000), the time a download may take.
`;

export interface CliOptions {
  format: Format;
  url?: string;
  /** --rules: the learned rules file (read and checked by run()). */
  rules?: string;
  out?: string;
  overwrite: boolean;
  jobs: number;
  inputFiles: string[];
  limits: Partial<Limits>;
  help: boolean;
  version: boolean;
  inputs: string[];
}

export class UsageError extends Error {}

function positive<T>(name: string, value: string | undefined, parse: (s: string) => number | null, example: string): number | undefined {
  if (value === undefined) return undefined;
  const n = parse(value);
  if (n === null) throw new UsageError(`--${name} needs ${example}, not "${value}".`);
  return n;
}

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        url: { type: 'string', short: 'u' },
        rules: { type: 'string' },
        out: { type: 'string', short: 'o' },
        overwrite: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        'input-file': { type: 'string', short: 'i', multiple: true },
        'max-bytes': { type: 'string' },
        'max-elements': { type: 'string' },
        timeout: { type: 'string' },
        version: { type: 'boolean', short: 'V' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    // parseArgs' messages name the option; drop its advice about "--" which does not apply here.
    throw new UsageError((e as Error).message.split('\n')[0].replace(/\s*To specify a positional argument.*$/, ''));
  }
  const { values, positionals } = parsed;
  const format = parseFormat(values.format ?? FORMATS[0]);
  if (!format) throw new UsageError(`Unknown format "${values.format}": use one of ${FORMATS.join(', ')}.`);
  if (values.url !== undefined) {
    let ok = false;
    try {
      ok = /^https?:$/.test(new URL(values.url).protocol);
    } catch {
      ok = false;
    }
    if (!ok) throw new UsageError(`--url needs an http(s) address, not "${values.url}".`);
  }
  if (values.rules !== undefined && !values.rules.trim()) throw new UsageError('--rules needs the rules file.');
  if (values.out !== undefined && !values.out.trim()) throw new UsageError('--out needs a folder name.');
  if (values.overwrite && values.out === undefined) throw new UsageError('--overwrite is about the files --out writes: give --out too.');
  const inputFiles = values['input-file'] ?? [];
  if (inputFiles.filter((f) => f === '-').length > 1) throw new UsageError('Standard input (--input-file -) can be read only once.');
  if (positionals.filter((p) => p === '-').length + inputFiles.filter((f) => f === '-').length > 1) {
    throw new UsageError('Standard input (-) can be read only once: it cannot be both a page and the list of inputs.');
  }
  const jobs = positive('jobs', values.jobs, (s) => (/^\d+$/.test(s.trim()) && Number(s) >= 1 && Number(s) <= 256 ? Number(s) : null), 'a whole number from 1 to 256') ?? CORES;
  const limits: Partial<Limits> = {};
  const maxBytes = positive('max-bytes', values['max-bytes'], parseBytes, 'a size such as 50MB or 500k');
  const maxElements = positive('max-elements', values['max-elements'], parseCount, 'a whole number such as 60000');
  const timeoutMs = positive('timeout', values.timeout, parseDuration, 'a number of seconds such as 30 or 2.5');
  if (maxBytes !== undefined) limits.maxBytes = maxBytes;
  if (maxElements !== undefined) limits.maxElements = maxElements;
  if (timeoutMs !== undefined) limits.timeoutMs = timeoutMs;
  return {
    format,
    url: values.url,
    rules: values.rules,
    out: values.out,
    overwrite: !!values.overwrite,
    jobs,
    inputFiles,
    limits,
    help: !!values.help,
    version: !!values.version,
    inputs: positionals,
  };
}
