import { h } from '../../shared/ui/element';
import { languageName } from '../../shared/ui/facts';
import { addStyles, type LazyPart, type ReaderParts } from '../lazy';
import { SPEECH_CSS } from './styles';
import { readableBlocks, textOf, voicesFor } from './voices';

const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2];

/**
 * Read aloud: the article, block by block (one utterance a paragraph: long utterances stall in
 * some engines, and a paragraph is where the highlight and the scroll position follow), with the
 * browser's own `speechSynthesis` (no permission, no network: local voices only, voices.ts).
 * A bar under the article holds play/pause, the speed and the voice. The block being read is
 * marked (`data-speaking`, which exports leave out) and kept in view. Pause remembers the last
 * word boundary and goes on from there; a change of speed or voice goes on from there too. The
 * overlay's close destroys it, which stops the speech. Events of an utterance that was cancelled
 * (a generation number tells) are ignored, so a late `end` never skips a paragraph.
 */
export class ReadAloud implements LazyPart {
  private readonly bar: HTMLElement;
  private readonly play: HTMLButtonElement;
  private readonly rate: HTMLSelectElement;
  private readonly voice: HTMLSelectElement;
  private blocks: HTMLElement[] = [];
  private index = 0;
  /** Characters of the current block already read (from the last word boundary). */
  private offset = 0;
  private boundary = 0;
  private generation = 0;
  private playing = false;
  private voices: SpeechSynthesisVoice[] = [];
  private readonly observer: MutationObserver;
  private readonly onVoices = (): void => this.listVoices();

  constructor(private readonly p: ReaderParts) {
    addStyles(p.shadow, SPEECH_CSS);
    const doc = p.doc;
    this.play = h(doc, 'button', { type: 'button', 'data-action': 'speech-play', class: 'play' }, 'Play');
    this.play.addEventListener('click', () => (this.playing ? this.pause() : this.resume()));
    const previous = h(doc, 'button', { type: 'button', 'data-action': 'speech-previous', 'aria-label': 'Previous paragraph' }, '⏮');
    previous.addEventListener('click', () => this.skip(-1));
    const next = h(doc, 'button', { type: 'button', 'data-action': 'speech-next', 'aria-label': 'Next paragraph' }, '⏭');
    next.addEventListener('click', () => this.skip(1));
    this.rate = h(doc, 'select', { 'data-action': 'speech-rate', 'aria-label': 'Speed' }, ...RATES.map((r) => h(doc, 'option', { value: String(r), selected: r === 1 }, `${r}×`)));
    this.rate.addEventListener('change', () => this.restart());
    this.voice = h(doc, 'select', { 'data-action': 'speech-voice', 'aria-label': 'Voice' });
    this.voice.addEventListener('change', () => this.restart());
    const stop = h(doc, 'button', { type: 'button', 'data-action': 'speech-stop', 'aria-label': 'Stop reading aloud' }, '×');
    stop.addEventListener('click', () => this.toggle());
    this.bar = h(doc, 'div', { class: 'player', id: 'tr-player', role: 'region', 'aria-label': 'Read aloud', hidden: true }, previous, this.play, next, h(doc, 'label', {}, 'Speed ', this.rate), h(doc, 'label', { class: 'voice' }, 'Voice ', this.voice), stop);
    p.main.after(this.bar);
    p.button.setAttribute('aria-controls', 'tr-player');
    this.blocks = readableBlocks(p.title, p.body);
    // Restoring a removed block rebuilds the body: read on from the same place in the new one.
    this.observer = new MutationObserver(() => {
      const wasPlaying = this.playing;
      this.halt();
      this.blocks = readableBlocks(p.title, p.body);
      this.index = Math.min(this.index, this.blocks.length - 1);
      if (wasPlaying) this.resume();
    });
    this.observer.observe(p.body, { childList: true });
    const synth = speechSynthesis;
    synth.addEventListener?.('voiceschanged', this.onVoices);
    this.listVoices();
  }

  /** The toolbar button: open the bar and read from the first block in view; again: stop and close. */
  toggle(): void {
    if (this.bar.hidden) {
      this.bar.hidden = false;
      this.p.button.setAttribute('aria-expanded', 'true');
      this.index = this.firstInView();
      this.offset = 0;
      this.resume();
      this.play.focus();
    } else {
      this.halt();
      this.unmark();
      this.bar.hidden = true;
      this.p.button.setAttribute('aria-expanded', 'false');
      this.p.button.focus();
    }
  }

  destroy(): void {
    this.halt();
    this.unmark();
    this.observer.disconnect();
    speechSynthesis.removeEventListener?.('voiceschanged', this.onVoices);
    this.bar.remove();
    this.p.button.setAttribute('aria-expanded', 'false');
  }

  private listVoices(): void {
    const { voices, matched } = voicesFor(speechSynthesis.getVoices(), this.p.lang);
    const chosen = this.currentVoice()?.voiceURI;
    this.voices = voices;
    const doc = this.p.doc;
    const options = voices.map((v, i) => h(doc, 'option', { value: String(i), selected: v.voiceURI === chosen }, `${v.name} (${v.lang})`));
    if (!voices.length) options.push(h(doc, 'option', { value: '' }, 'The browser’s default voice'));
    this.voice.replaceChildren(...options);
    this.voice.title = matched || !this.p.lang ? '' : `No voice for ${languageName(this.p.lang)} is installed`;
  }

  private currentVoice(): SpeechSynthesisVoice | null {
    return this.voices[Number(this.voice.value)] ?? null;
  }

  private resume(): void {
    this.playing = true;
    this.play.textContent = 'Pause';
    this.speak();
  }

  private pause(): void {
    this.halt();
    this.offset = this.boundary;
    this.play.textContent = 'Play';
  }

  /** Stop speaking (a cancelled utterance's events are ignored from here on). */
  private halt(): void {
    this.playing = false;
    this.play.textContent = 'Play';
    this.generation++;
    speechSynthesis.cancel();
  }

  /** Speed or voice changed: go on from the last word read, with the new one. */
  private restart(): void {
    if (!this.playing) return;
    this.halt();
    this.offset = this.boundary;
    this.resume();
  }

  private skip(by: number): void {
    const wasPlaying = this.playing;
    this.halt();
    this.index = Math.max(0, Math.min(this.blocks.length - 1, this.index + by));
    this.offset = 0;
    if (wasPlaying) this.resume();
    else this.mark(this.blocks[this.index]);
  }

  private speak(): void {
    const block = this.blocks[this.index];
    if (!block) {
      this.halt();
      this.unmark();
      this.index = 0;
      this.offset = 0;
      this.p.say('Finished reading aloud.');
      return;
    }
    this.mark(block);
    const text = textOf(block).slice(this.offset);
    const base = this.offset;
    this.boundary = base;
    const generation = ++this.generation;
    const u = new SpeechSynthesisUtterance(text);
    if (this.p.lang) u.lang = this.p.lang;
    const voice = this.currentVoice();
    if (voice) u.voice = voice;
    u.rate = Number(this.rate.value) || 1;
    u.addEventListener('boundary', (e) => {
      if (generation === this.generation) this.boundary = base + (e as SpeechSynthesisEvent).charIndex;
    });
    u.addEventListener('end', () => {
      if (generation !== this.generation) return;
      this.index++;
      this.offset = 0;
      this.speak();
    });
    u.addEventListener('error', (e) => {
      const error = (e as SpeechSynthesisErrorEvent).error;
      if (generation !== this.generation || error === 'interrupted' || error === 'canceled') return;
      this.halt();
      this.p.say(`Read aloud stopped: ${error === 'synthesis-unavailable' || error === 'voice-unavailable' ? 'no voice is available' : error}.`, true);
    });
    speechSynthesis.speak(u);
  }

  private mark(block: HTMLElement | undefined): void {
    this.unmark();
    if (!block) return;
    block.setAttribute('data-speaking', '');
    this.keepInView(block);
  }

  private unmark(): void {
    for (const el of [this.p.title, ...this.p.body.querySelectorAll('[data-speaking]')]) el.removeAttribute('data-speaking');
  }

  /** The block being read stays in view: when it is not, it is brought a third of the way down. */
  private keepInView(block: HTMLElement): void {
    const s = this.p.scroller;
    const area = s.getBoundingClientRect();
    const r = block.getBoundingClientRect();
    if (r.top >= area.top + 8 && r.bottom <= area.bottom - 8) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    s.scrollTo({ top: s.scrollTop + r.top - area.top - s.clientHeight / 3, behavior: (smooth ? 'smooth' : 'instant') as ScrollBehavior });
  }

  /** The first block whose bottom is below the top of the reading area. */
  private firstInView(): number {
    const top = this.p.scroller.getBoundingClientRect().top;
    const i = this.blocks.findIndex((b) => b.getBoundingClientRect().bottom > top + 8);
    return Math.max(0, i);
  }
}
