// Lint for the product code (src/, extension/, cli/, node/, bin/, scripts/, bench/). Security: no code
// from strings, no remote code, and no HTML-parsing sinks outside the one place that turns strings
// into DOM. Layout: hosts reach the pipeline only through its door, src/index.ts, and no product code
// imports test code. Run by `npm run lint` and by test/lint.test.ts as part of `npm test`.
import tseslint from 'typescript-eslint';

/**
 * The one sanitized sink per context. `src/dom/parse.ts` parses into an inert `<template>` of a
 * fresh document; the pipeline only feeds it its own DOMPurify output, and the extension's
 * contexts (popup, options, content/overlay) reach it only through `extension/shared/sink.ts`,
 * which sanitizes again with the same allowlist before any node is inserted.
 */
export const HTML_SINK_FILES = ['src/dom/parse.ts'];

const HTML_SINKS = [
  {
    selector: 'AssignmentExpression[left.type="MemberExpression"][left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]',
    message: 'Assigning innerHTML/outerHTML/srcdoc parses a string as HTML: use nodes, or the sanitized sink (extension/shared/sink.ts).',
  },
  {
    selector: 'AssignmentExpression[left.type="MemberExpression"][left.computed=true][left.property.value=/^(innerHTML|outerHTML|srcdoc)$/]',
    message: 'Assigning innerHTML/outerHTML/srcdoc parses a string as HTML: use nodes, or the sanitized sink (extension/shared/sink.ts).',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe)$/]',
    message: 'This parses a string as HTML: use nodes, or the sanitized sink (extension/shared/sink.ts).',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name="document"]',
    message: 'document.write parses a string as HTML.',
  },
];

const REMOTE_CODE = [
  { selector: 'ImportExpression[source.type!="Literal"]', message: 'Dynamic import of a computed specifier can load remote code.' },
  { selector: 'ImportExpression[source.value=/^(https?:)?\\/\\//]', message: 'No remote scripts.' },
  { selector: 'CallExpression[callee.name="importScripts"]', message: 'No importScripts: bundle the code.' },
  { selector: 'CallExpression[callee.property.name="createElement"][arguments.0.value=/^script$/i]', message: 'No script elements: bundle the code.' },
  { selector: 'NewExpression[callee.name=/^(Worker|SharedWorker)$/]', message: 'No workers loaded from URLs.' },
  { selector: 'Literal[value=/^(https?:)?\\/\\/\\S+\\.m?js(\\?\\S*)?$/]', message: 'No remote script URLs.' },
  { selector: 'Property[key.name="code"][parent.parent.callee.property.name="executeScript"]', message: 'executeScript runs bundled files, never code strings.' },
];

const CODE_FROM_STRINGS = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
};
// `no-script-url` would flag the popup's list of URL schemes it refuses; what matters is never
// navigating to or linking a javascript: URL, which this catches.
const SCRIPT_URLS = [
  { selector: 'AssignmentExpression[right.value=/^\\s*javascript:/i]', message: 'No javascript: URLs.' },
  { selector: 'CallExpression[callee.property.name="setAttribute"][arguments.1.value=/^\\s*javascript:/i]', message: 'No javascript: URLs.' },
];

// The build shortens every property named `_x` (scripts/build/minify.ts), consistently across
// one build. A message, a stored setting or a page's property under such a name would be renamed on
// one side only, so the extension's own code uses none.
const MANGLED_NAMES = [
  { selector: 'Property[key.name=/^_[a-z]/]', message: 'Property names starting with "_" are shortened by the build: pick another name.' },
  { selector: 'MemberExpression[property.name=/^_[a-z]/]', message: 'Property names starting with "_" are shortened by the build: pick another name.' },
  { selector: 'Literal[value=/^_[a-z]\\w*$/]', message: 'Property names starting with "_" are shortened by the build: pick another name.' },
];

const PRODUCT = ['src/**/*.ts', 'extension/**/*.ts', 'cli/**/*.ts', 'node/**/*.ts', 'scripts/**/*.ts', 'bin/**/*.mjs', 'bin/**/*.js'];

/**
 * The one door: hosts import the pipeline through `src/index.ts` only, so everything behind it can
 * move without touching them (a name they need is exported there). Product code never imports
 * test code: what a product script and the tests share lives outside test/.
 */
export const DOOR_HOSTS = ['extension/**/*.ts', 'cli/**/*.ts', 'bench/**/*.ts'];
const NOT_TEST = { regex: '(^|/)test/', message: 'Product code does not import test code: move what both need out of test/.' };
const THROUGH_THE_DOOR = { regex: '(^|/)src/(?!index(\\.[jt]s)?$)', message: 'Import the pipeline through its door, src/index.ts (export the name there if it is missing).' };
// The same for `import()`, which no-restricted-imports does not see.
const NO_TEST_IMPORT = [{ selector: 'ImportExpression[source.value=/(^|\\/)test\\//]', message: NOT_TEST.message }];
const DOOR_IMPORT = [{ selector: 'ImportExpression[source.value=/(^|\\/)src\\/(?!index(\\.[jt]s)?$)/]', message: THROUGH_THE_DOOR.message }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/**', 'scratch/**', 'samples/**', 'docs/**'] },
  {
    files: PRODUCT,
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2023,
      sourceType: 'module',
      // Declared so no-implied-eval recognises setTimeout("code") and friends as the globals.
      globals: { window: 'readonly', self: 'readonly', globalThis: 'readonly', setTimeout: 'readonly', setInterval: 'readonly', execScript: 'readonly' },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error', noInlineConfig: true },
    rules: {
      ...CODE_FROM_STRINGS,
      'no-restricted-syntax': ['error', ...HTML_SINKS, ...REMOTE_CODE, ...SCRIPT_URLS, ...NO_TEST_IMPORT],
      'no-restricted-imports': ['error', { patterns: [NOT_TEST] }],
    },
  },
  {
    files: ['extension/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS, ...REMOTE_CODE, ...SCRIPT_URLS, ...MANGLED_NAMES, ...NO_TEST_IMPORT, ...DOOR_IMPORT] },
  },
  {
    files: HTML_SINK_FILES,
    rules: { 'no-restricted-syntax': ['error', ...REMOTE_CODE, ...SCRIPT_URLS, ...NO_TEST_IMPORT] },
  },
  {
    // Node launchers (never bundled into the extension) import the project's own TS entry by path.
    files: ['bin/**/*.mjs'],
    rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS, ...REMOTE_CODE.slice(1), ...SCRIPT_URLS, ...NO_TEST_IMPORT] },
  },
  {
    // The hosts the door is for. The benchmark is a Node tool: it gets only the layout rules.
    files: ['bench/**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error', noInlineConfig: true },
    rules: { 'no-restricted-syntax': ['error', ...NO_TEST_IMPORT, ...DOOR_IMPORT] },
  },
  {
    files: ['cli/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS, ...REMOTE_CODE, ...SCRIPT_URLS, ...NO_TEST_IMPORT, ...DOOR_IMPORT] },
  },
  {
    // The CLI's pool starts Node worker threads from the CLI's own files (its bundle, or its
    // TypeScript through tsx), never from a URL given to it.
    files: ['cli/pool.ts'],
    rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS, ...REMOTE_CODE.filter((r) => !r.selector.startsWith('NewExpression')), ...SCRIPT_URLS, ...NO_TEST_IMPORT, ...DOOR_IMPORT] },
  },
  {
    files: DOOR_HOSTS,
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_TEST, THROUGH_THE_DOOR] }] },
  },
);
