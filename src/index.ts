export { extract, failure, DEFAULT_MAX_ELEMENTS } from './extract';
export { renderText } from './render/text';
export { renderMarkdown, articleMarkdown } from './render/markdown';
export { htmlToFragment } from './dom/parse';
export type * from './types';
export { restoreRemoval, countedBlocks } from './render/restore';
