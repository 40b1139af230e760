/**
 * `npm run fixture:add -- NAME FILE_OR_URL [--url URL] [--force]`: a new golden fixture from the
 * current pipeline output. Reads the page the way the CLI does (.html, .htm, .html.gz, http(s)),
 * then writes test/fixtures/NAME/{page.html, expected.txt, expected.json}. Review the text and
 * metadata before committing: the fixture pins whatever the pipeline does today.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

// The same folder as test/fixtures/fixture-lib.ts; the pipeline loads only after the arguments check.
const FIXTURES_DIR = process.env.TIDY_FIXTURES_DIR ?? resolve(import.meta.dirname, '../test/fixtures');

const USAGE = 'usage: npm run fixture:add -- NAME FILE_OR_URL [--url URL] [--force]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, force: { type: 'boolean' } } });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const [name, input, ...extra] = parsed.positionals;
  if (!name || !input || extra.length) {
    console.error(USAGE);
    return 2;
  }
  if (!/^[a-z0-9][a-z0-9._-]{0,80}$/i.test(name)) {
    console.error(`fixture name "${name}": use letters, digits, ".", "_" and "-" only`);
    return 2;
  }
  const dir = join(FIXTURES_DIR, name);
  if (existsSync(dir) && !parsed.values.force) {
    console.error(`${dir} exists; add --force to overwrite it`);
    return 2;
  }
  const { expandInputs } = await import('../cli/sources');
  const { defaultLimits, loadSource } = await import('../cli/load');
  const { toErrorInfo } = await import('../cli/errors');
  const { expectedOf, normalizeText, runPage } = await import('../test/fixtures/fixture-lib');
  const [src] = await expandInputs([input]);
  if (!src || src.kind === 'empty-folder' || src.kind === 'stdin') {
    console.error('give one page: a file or an http(s) URL');
    return 2;
  }
  let page;
  try {
    page = await loadSource(src, defaultLimits());
  } catch (e) {
    const err = toErrorInfo(e);
    console.error(`${input}: ${err.message} [${err.code}]`);
    return 1;
  }
  const url = parsed.values.url ?? page.url;
  const run = runPage(page.html, url);
  if (!run.article) {
    console.error(`${input}: no article (${run.error})`);
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'page.html'), page.html);
  writeFileSync(join(dir, 'expected.txt'), normalizeText(run.article.text));
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expectedOf(run.article, url), null, 2) + '\n');
  const a = run.article;
  console.log(`wrote ${dir}/{page.html,expected.txt,expected.json}`);
  console.log(`  title: ${a.title}\n  byline: ${a.byline}\n  site: ${a.siteName}\n  published: ${a.published}\n  words: ${a.wordCount}, removed: ${a.removed.length}`);
  console.log('Review expected.txt and expected.json before committing.');
  return 0;
}

process.exitCode = await main();
