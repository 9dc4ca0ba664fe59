import { describe, expect, it } from 'vitest';
import { orderVoices, pickVoice, voiceProblem } from '@/utils/speech/order-voices';

const v = (name: string, lang: string, localService = false, isDefault = false) => ({
  name,
  lang,
  voiceURI: `uri:${name}`,
  localService,
  default: isDefault,
});
const VOICES = [
  v('Zed', 'en-US', false, true),
  v('Klaus', 'de-DE', true),
  v('Amy', 'en-GB', true),
  v('Bob', 'en-US', true),
  v('Marie', 'fr-FR'),
  v('Hilde', 'de_AT'),
];

describe('voices', () => {
  it('lists the article language first (exact region, then others), offline voices marked', () => {
    const list = orderVoices(VOICES, 'de-AT');
    expect(list.map((c) => c.voice.name)).toEqual(['Hilde', 'Klaus', 'Amy', 'Bob', 'Zed', 'Marie']);
    expect(list.map((c) => c.matches)).toEqual([true, true, false, false, false, false]);
    expect(list[1].label).toBe('Klaus (de-DE), works offline');
    expect(list[0].label).toBe('Hilde (de_AT)');
  });

  it('picks the voice chosen before, else the first of the language, else none', () => {
    expect(pickVoice(VOICES, 'en-US')!.name).toBe('Bob');
    expect(pickVoice(VOICES, 'en', 'uri:Amy')!.name).toBe('Amy');
    expect(pickVoice(VOICES, 'en', 'uri:gone')!.name).toBe('Zed'); // the browser's default English voice
    expect(pickVoice(VOICES, 'ja')).toBeNull();
  });

  it('says clearly when there is no voice at all, or none for the language', () => {
    expect(voiceProblem([], 'en')).toMatch(/no text-to-speech voices.*speech-dispatcher/);
    expect(voiceProblem(VOICES, 'ja')).toMatch(/no voice for Japanese/);
    expect(voiceProblem(VOICES, 'en-AU')).toBeNull();
  });
});
