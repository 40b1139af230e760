import { provide } from '../lazy';
import { ReadAloud } from './read-aloud';

/**
 * `content-speech.js`: read aloud with the browser's own speech synthesis, injected only when the
 * reader's Read aloud button is first used (content/lazy.ts).
 */
provide('speech', { mount: (parts) => new ReadAloud(parts) });
