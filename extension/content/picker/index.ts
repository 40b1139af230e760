import { provide } from '../lazy';
import { Picker } from './picker';

/**
 * `content-picker.js`: the reader's block picker, injected only when the reader's Pick button is
 * first used (content/lazy.ts), so neither content.js nor the reader module carries it.
 */
provide('picker', { mount: (parts) => new Picker(parts) });
