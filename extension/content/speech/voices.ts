/**
 * The voices read aloud offers: only the browser's local ones (`localService`), since a remote
 * voice sends the text it reads over the network, and of those the ones for the article's language
 * first, the system's default among them first. With none for that language, every local voice.
 */
export interface VoiceChoice {
  voices: SpeechSynthesisVoice[];
  /** Whether the list matches the article's language (else it is every local voice). */
  matched: boolean;
}

const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0];

export function voicesFor(all: readonly SpeechSynthesisVoice[], lang: string | null): VoiceChoice {
  const local = all.filter((v) => v.localService);
  const want = lang ? primary(lang) : null;
  const same = want ? local.filter((v) => primary(v.lang) === want) : [];
  const rank = (v: SpeechSynthesisVoice): number => (lang && v.lang.toLowerCase().replace('_', '-') === lang.toLowerCase() ? 0 : 2) + (v.default ? 0 : 1);
  const voices = (same.length ? same : local).slice().sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  return { voices, matched: same.length > 0 };
}

/** The blocks read one by one: the most nested of these that hold text (a list item's paragraphs, not the item twice). */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dt, dd, pre, td, th';

export function readableBlocks(title: HTMLElement, body: HTMLElement): HTMLElement[] {
  const inBody = Array.from(body.querySelectorAll<HTMLElement>(BLOCKS)).filter((el) => !el.querySelector(BLOCKS) && (el.textContent ?? '').trim() !== '');
  return [title, ...inBody];
}

export function textOf(el: HTMLElement): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
