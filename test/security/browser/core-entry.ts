/**
 * What the browser security tests inject into a page (an IIFE, global `TidyCore`): the same
 * pipeline and renderers the content script bundles, nothing else.
 */
export { extract, articleMarkdown, renderText } from '../../../src/index';
export { exportHtml, exportMarkdown, exportText } from '../../../src/export';
