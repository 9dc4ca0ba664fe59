import { describe, expect, it } from 'vitest';
import { createSpeechPlayer, type PlayerSnapshot, type UtteranceLike } from '@/utils/speech/speech-player';

/** A recording stand-in for speechSynthesis: utterances end when the test says so; cancel() interrupts. */
function fakeSynth({ syncCancelEvents = true } = {}) {
  const spoken: UtteranceLike[] = [];
  let speaking: UtteranceLike | null = null;
  const synth = {
    speak(u: UtteranceLike) {
      spoken.push(u);
      speaking = u;
    },
    cancel() {
      const u = speaking;
      speaking = null;
      if (u && syncCancelEvents) u.onerror?.({ error: 'interrupted' });
    },
    finish() {
      const u = speaking;
      speaking = null;
      u?.onend?.({});
    },
    fail(error: string) {
      const u = speaking;
      speaking = null;
      u?.onerror?.({ error });
    },
  };
  return { synth, spoken, current: () => speaking };
}
const utterance = (text: string): UtteranceLike => ({
  text,
  rate: 1,
  lang: '',
  voice: null,
  onend: null,
  onerror: null,
});
const TEXTS = ['One.', 'Two.', 'Three.'];

function setup(extra = {}) {
  const f = fakeSynth();
  const states: PlayerSnapshot[] = [];
  const p = createSpeechPlayer({
    synth: f.synth,
    texts: TEXTS,
    makeUtterance: utterance,
    lang: 'en-GB',
    onChange: (s) => states.push(s),
    ...extra,
  });
  return { f, p, states };
}

describe('speech player', () => {
  it('speaks one utterance per sentence, in order, and ends', () => {
    const { f, p, states } = setup();
    p.play();
    f.synth.finish();
    f.synth.finish();
    f.synth.finish();
    expect(f.spoken.map((u) => u.text)).toEqual(TEXTS);
    expect(f.spoken.every((u) => u.lang === 'en-GB' && u.rate === 1)).toBe(true);
    expect(states.map((s) => `${s.state}:${s.index}`)).toEqual(['playing:0', 'playing:1', 'playing:2', 'ended:2']);
  });

  it('pauses (nothing more is spoken) and resumes with the sentence it was in', () => {
    const { f, p } = setup();
    p.play();
    f.synth.finish();
    p.pause();
    expect(p.snapshot).toMatchObject({ state: 'paused', index: 1 });
    expect(f.current()).toBeNull();
    p.play();
    expect(f.spoken.map((u) => u.text)).toEqual(['One.', 'Two.', 'Two.']);
    expect(p.snapshot.state).toBe('playing');
  });

  it('skips forward and back while playing, ignoring the events of the sentence it cut off', () => {
    const { f, p } = setup();
    p.play();
    p.next();
    p.next();
    p.previous();
    expect(f.spoken.map((u) => u.text)).toEqual(['One.', 'Two.', 'Three.', 'Two.']);
    expect(p.snapshot).toMatchObject({ state: 'playing', index: 1 });
    f.spoken[0].onend?.({}); // a late event of a cancelled utterance
    expect(f.spoken).toHaveLength(4);
  });

  it('moves without speaking while paused, and stays inside the article', () => {
    const { f, p } = setup();
    p.previous();
    expect(p.snapshot.index).toBe(0);
    p.next();
    p.next();
    p.next();
    expect(p.snapshot.index).toBe(2);
    expect(f.spoken).toHaveLength(0);
  });

  it('applies a new speed at once (the sentence starts again) and keeps it within 0.75–2×', () => {
    const { f, p } = setup({ rate: 1.5 });
    p.play();
    expect(f.spoken[0].rate).toBe(1.5);
    p.setRate(2);
    expect(f.spoken.map((u) => [u.text, u.rate])).toEqual([
      ['One.', 1.5],
      ['One.', 2],
    ]);
    p.setRate(9);
    expect(p.snapshot.rate).toBe(2);
    p.setRate(0.1);
    expect(p.snapshot.rate).toBe(0.75);
  });

  it('speaks with the chosen voice and its language', () => {
    const { f, p } = setup();
    const voice = { name: 'Anna', lang: 'de-DE', voiceURI: 'anna', localService: true };
    p.play();
    p.setVoice(voice);
    expect(f.spoken[1]).toMatchObject({ voice, lang: 'de-DE', text: 'One.' });
  });

  it('stops with an error in words when the voice fails, and plays again from the start after the end', () => {
    const { f, p } = setup();
    p.play();
    f.synth.fail('synthesis-failed');
    expect(p.snapshot.state).toBe('stopped');
    expect(p.snapshot.error).toMatch(/synthesis-failed.*Press Play/);
    p.play(2);
    f.synth.finish();
    expect(p.snapshot).toMatchObject({ state: 'ended', error: null });
    p.play();
    expect(f.spoken.at(-1)!.text).toBe('One.');
  });
});
