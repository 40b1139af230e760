import { parseArgs } from 'node:util';
import { FORMATS, formatHelp, parseFormat, type Format } from './format';

export const USAGE = `Usage: tidy-reader [--format ${FORMATS.join('|')}] [--url URL] [--out DIR] [INPUT...]

Turns cluttered article pages into clean text: title, author, date, site and the article itself,
without share bars, reCAPTCHA notices, related-coverage teasers, newsletter boxes or comment prompts.

INPUT        a .html, .htm or .html.gz file; a folder (every such file under it, sorted by name);
             an http(s) URL; or - for standard input. With no INPUT, the shipped sample article.

Options:
  -f, --format FORMAT  ${formatHelp(' '.repeat(23))}
  -u, --url URL        the page's address, for resolving its links (one INPUT only)
  -o, --out DIR        write one file per input into DIR instead of standard output
  -h, --help           show this help

Exit status: 0 when every input gave an article, 1 when any did not, 2 for a usage error.
Environment: TIDY_READER_FETCH_TIMEOUT_MS (default 20000), TIDY_READER_MAX_BYTES (default 50 MB).
`;

export interface CliOptions {
  format: Format;
  url?: string;
  out?: string;
  help: boolean;
  inputs: string[];
}

export class UsageError extends Error {}

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
        out: { type: 'string', short: 'o' },
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
    if (positionals.length > 1) throw new UsageError('--url gives the address of one page: use it with a single INPUT.');
  }
  if (values.out !== undefined && !values.out.trim()) throw new UsageError('--out needs a folder name.');
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('Standard input (-) can be read only once.');
  return { format, url: values.url, out: values.out, help: !!values.help, inputs: positionals };
}
