import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../node/document';
import { learnRule, rulesFileText } from '../../src/index';
import { newsPage } from '../src/rules/learned-page';
import { jsonLines, runCli } from './run-cli';

/**
 * `tidy-reader --rules FILE`: the options page's export of learned rules, applied to each page
 * whose address (--url, or its canonical link) is on a rule's site; a bad file is a usage error
 * that names what is wrong, before any page is read.
 */
let tmp: string;
const URL_ = 'https://www.citynews.example/2024/bridge';

function write(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

function rule(selector: string, action: 'keep' | 'remove') {
  const { document, close } = documentFromHtml(newsPage(1), URL_);
  try {
    return learnRule(document.querySelector(selector)!, 'citynews.example', action);
  } finally {
    close();
  }
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'tidy-rules-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('--rules FILE', () => {
  it('keeps and removes the blocks the rules name, on a re-hashed build of the page too, and only on the rules\' site', async () => {
    const rules = write('rules.json', rulesFileText([rule('[data-component]', 'keep'), rule('article > section:last-of-type', 'remove')]));
    const page1 = write('build1.html', newsPage(1));
    // The second build names its address in a canonical link, as saved pages do.
    const page2 = write('build2.html', newsPage(2).replace('<head>', `<head><link rel="canonical" href="${URL_}">`));
    const [plain] = jsonLines((await runCli(['-f', 'json', '--url', URL_, page1])).stdout) as { text: string }[];
    expect(plain.text).toContain('An earlier version');
    expect(plain.text).not.toContain('Jane Roe covers');

    for (const args of [['--url', URL_, page1], [page2]]) {
      const r = await runCli(['-f', 'json', '--jobs', '1', '--rules', rules, ...args]);
      expect(r.stderr).toBe('');
      const [a] = jsonLines(r.stdout) as { text: string; removed: { kind: string; text: string }[] }[];
      expect(a.text).toContain('Jane Roe covers transport');
      expect(a.text).not.toContain('An earlier version');
      expect(a.removed.map((x) => x.kind)).toEqual(['user']);
    }

    const [elsewhere] = jsonLines((await runCli(['-f', 'json', '--rules', rules, '--url', 'https://other.example/bridge', page1])).stdout) as { text: string }[];
    expect(elsewhere.text).toContain('An earlier version');
    expect(elsewhere.text).not.toContain('Jane Roe covers');
  });

  it.each([
    ['a missing file', 'missing.json', null, /--rules .*missing\.json: cannot read it \(ENOENT\)/],
    ['a file that is not JSON', 'bad.json', '{"format": "tidy-reader-rules", "rules": [', /is not JSON/],
    ['a file with a bad rule', 'bad-rule.json', '{"format":"tidy-reader-rules","version":1,"rules":[{"site":"x"}]}', /Rule 1 of the file is not valid: site is not a host name/],
  ])('refuses %s with a clear message and exit 2', async (_, name, text, message) => {
    const path = text === null ? join(tmp, name) : write(name, text);
    const r = await runCli(['--rules', path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
