import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

/**
 * Threat 6 (code): the security lint (eslint.config.js) passes on the product code, and each rule
 * really fires — so a future innerHTML, eval or remote script fails `npm test`. Also the layout
 * rules: hosts import the pipeline through its door, src/index.ts, and product code no test code.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function problems(code: string, file: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  return r.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('security lint', () => {
  it('passes on src/, extension/, cli/, node/, scripts/, bin/ and bench/', async () => {
    const results = await eslint.lintFiles(['src', 'extension', 'cli', 'node', 'scripts', 'bin', 'bench']);
    const errors = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(ROOT.length)}:${m.line} ${m.ruleId}: ${m.message}`));
    expect(results.length).toBeGreaterThan(20);
    expect(errors).toEqual([]);
  }, 120_000);

  const forbidden: [string, string][] = [
    ['eval', 'eval("1")'],
    ['new Function', 'new Function("return 1")'],
    ['implied eval', 'setTimeout("alert(1)", 1)'],
    ['innerHTML', 'document.body.innerHTML = "<b>x</b>"'],
    ['computed innerHTML', 'document.body["innerHTML"] = "x"'],
    ['outerHTML', 'document.body.outerHTML = "x"'],
    ['insertAdjacentHTML', 'document.body.insertAdjacentHTML("beforeend", "x")'],
    ['document.write', 'document.write("x")'],
    ['createContextualFragment', 'new Range().createContextualFragment("x")'],
    ['srcdoc', '(document.createElement("iframe") as HTMLIFrameElement).srcdoc = "x"'],
    ['remote import', 'void import("https://cdn.example/x.js")'],
    ['computed import', 'const u = "x"; void import(u)'],
    ['script element', 'document.createElement("script")'],
    ['remote script URL', 'const s = "https://cdn.example/lib.min.js"'],
    ['javascript: URL', 'location.href = "javascript:alert(1)"'],
    ['executeScript code', 'chrome.scripting.executeScript({ target: { tabId: 1 }, code: "alert(1)" })'],
  ];
  for (const [name, code] of forbidden) {
    for (const file of ['src/x.ts', 'extension/content/x.ts', 'extension/popup/x.ts']) {
      it(`forbids ${name} in ${file}`, async () => {
        expect((await problems(`${code};\n`, file)).length).toBeGreaterThan(0);
      });
    }
  }
  it('allows the innerHTML of the one named sink, src/dom/parse.ts, and nowhere else', async () => {
    const code = 'export function f(t: HTMLTemplateElement, h: string): void { t.innerHTML = h; }\n';
    expect(await problems(code, 'src/dom/parse.ts')).toEqual([]);
    expect((await problems(code, 'src/dom/other.ts')).length).toBe(1);
    expect((await problems('eval("x");\n', 'src/dom/parse.ts')).length).toBe(1);
  });
  it('forbids "_" property names in the extension, which the build shortens (scripts/build/minify.ts)', async () => {
    for (const code of ['const m = { _tab: 1 };', 'declare const m: { _tab: number }; void m._tab;', "declare const m: Record<string, number>; void m['_tab'];"]) {
      expect((await problems(`${code}\n`, 'extension/content/x.ts')).length, code).toBeGreaterThan(0);
    }
    expect(await problems('const m = { tab: 1, __proto__: null };\nvoid m;\n', 'extension/content/x.ts')).toEqual([]);
  });
  it('does not accept inline disables', async () => {
    expect((await problems('// eslint-disable-next-line\neval("1");\n', 'src/x.ts')).length).toBeGreaterThan(0);
  });
});

describe('layout lint', () => {
  it('lets the CLI and the benchmark import the pipeline through its door only', async () => {
    for (const file of ['cli/x.ts', 'bench/x.ts']) {
      for (const code of ["import { extract } from '../src/index';", "import { extract } from '../src';", "import type { Article } from '../src/index';"]) {
        expect(await problems(`${code}\n`, file), `${code} in ${file}`).toEqual([]);
      }
      for (const code of [
        "import type { Article } from '../src/types';",
        "import { renderText } from '../src/render/text';",
        "export { extract } from '../src/extract';",
        "void import('../src/steps/sanitize');",
      ]) {
        const found = await problems(`${code}\n`, file);
        expect(found.length, `${code} in ${file}`).toBeGreaterThan(0);
        expect(found.join(' '), `${code} in ${file}`).toContain('src/index.ts');
      }
    }
  });

  it('keeps test code out of the product', async () => {
    for (const file of ['src/x.ts', 'extension/content/x.ts', 'cli/x.ts', 'node/x.ts', 'scripts/x.ts', 'bench/x.ts']) {
      for (const code of ["import { runPage } from '../test/fixtures/fixture-lib';", "void import('../test/e2e/harness/server');"]) {
        const found = await problems(`${code}\n`, file);
        expect(found.length, `${code} in ${file}`).toBeGreaterThan(0);
        expect(found.join(' '), `${code} in ${file}`).toContain('test code');
      }
    }
    expect(await problems("import { describe } from 'vitest';\nvoid describe;\n", 'scripts/x.ts')).toEqual([]);
  });
});
