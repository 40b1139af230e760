import { provide } from '../lazy';
import { Contents } from './contents';

/**
 * `content-toc.js`: the reader's table of contents, injected only when the reader's Contents button
 * is first used (content/lazy.ts).
 */
provide('contents', { mount: (parts) => new Contents(parts) });
