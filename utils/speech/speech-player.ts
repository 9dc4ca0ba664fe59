import type { VoiceLike } from './order-voices';

/** The part of SpeechSynthesisUtterance the player uses. */
export interface UtteranceLike {
  text: string;
  rate: number;
  lang: string;
  voice: VoiceLike | null;
  onend: ((e: unknown) => void) | null;
  onerror: ((e: { error?: string }) => void) | null;
}

/** The part of speechSynthesis the player uses. */
export interface SynthLike {
  speak(u: UtteranceLike): void;
  cancel(): void;
}

export type PlayerState = 'stopped' | 'playing' | 'paused' | 'ended';

/** What the player shows: which sentence, whether it is speaking, and an error in words. */
export interface PlayerSnapshot {
  index: number;
  state: PlayerState;
  rate: number;
  error: string | null;
}

/** Speeds the Speed control offers. */
export const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export const clampRate = (r: number) => Math.min(2, Math.max(0.75, Number.isFinite(r) ? r : 1));

export interface SpeechPlayerOptions {
  synth: SynthLike;
  texts: string[];
  makeUtterance: (text: string) => UtteranceLike;
  lang?: string | null;
  voice?: VoiceLike | null;
  rate?: number;
  onChange?: (s: PlayerSnapshot) => void;
}

/** Errors a cancel() raises on the utterance it cut off: ours, not the voice's. */
const OURS = new Set(['interrupted', 'canceled']);

/**
 * Reads `texts` aloud one utterance each, in order (long utterances stop after ~15 s with some voices).
 * Pause cancels the current sentence and Play says it again from its start: speechSynthesis.pause() is
 * unreliable across browsers and voices. Events of a cancelled utterance are ignored.
 */
export function createSpeechPlayer(o: SpeechPlayerOptions) {
  const snap: PlayerSnapshot = { index: 0, state: 'stopped', rate: clampRate(o.rate ?? 1), error: null };
  let voice = o.voice ?? null;
  let current: UtteranceLike | null = null; // kept referenced: Chrome may drop an utterance's events otherwise
  const emit = () => o.onChange?.({ ...snap });

  function speak(i: number) {
    current = null; // before cancel(): the cut-off utterance's end or error event must be ignored
    o.synth.cancel();
    snap.index = i;
    snap.state = 'playing';
    snap.error = null;
    const u = o.makeUtterance(o.texts[i]);
    u.rate = snap.rate;
    u.lang = voice?.lang ?? o.lang ?? '';
    u.voice = voice;
    u.onend = () => {
      if (current !== u || snap.state !== 'playing') return;
      if (snap.index + 1 < o.texts.length) speak(snap.index + 1);
      else {
        current = null;
        snap.state = 'ended';
        emit();
      }
    };
    u.onerror = (e) => {
      if (current !== u || OURS.has(e?.error ?? '')) return;
      current = null;
      snap.state = 'stopped';
      snap.error =
        `The voice stopped with an error (${e?.error ?? 'unknown'}). ` +
        'Press Play to try again, or choose another voice.';
      emit();
    };
    current = u;
    emit();
    o.synth.speak(u);
  }

  function halt(state: PlayerState) {
    current = null;
    o.synth.cancel();
    snap.state = state;
    emit();
  }

  const go = (i: number) => {
    const to = Math.max(0, Math.min(o.texts.length - 1, i));
    if (snap.state === 'playing') speak(to);
    else {
      snap.index = to;
      if (snap.state === 'ended') snap.state = 'paused';
      emit();
    }
  };

  return {
    get snapshot(): PlayerSnapshot {
      return { ...snap };
    },
    /** Starts (or resumes) at `from`, else at the current sentence; after the end, from the start. */
    play(from?: number) {
      if (!o.texts.length) return;
      speak(from ?? (snap.state === 'ended' ? 0 : snap.index));
    },
    pause() {
      if (snap.state === 'playing') halt('paused');
    },
    toggle() {
      if (snap.state === 'playing') this.pause();
      else this.play();
    },
    next: () => go(snap.index + 1),
    previous: () => go(snap.index - 1),
    /** A new speed takes effect at once: the current sentence starts again at it. */
    setRate(r: number) {
      snap.rate = clampRate(r);
      if (snap.state === 'playing') speak(snap.index);
      else emit();
    },
    setVoice(v: VoiceLike | null) {
      voice = v;
      if (snap.state === 'playing') speak(snap.index);
    },
    stop() {
      halt('stopped');
    },
  };
}

export type SpeechPlayer = ReturnType<typeof createSpeechPlayer>;
