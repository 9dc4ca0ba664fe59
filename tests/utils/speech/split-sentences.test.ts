import { describe, expect, it } from 'vitest';
import { MAX_UTTERANCE, splitLong, splitSentences } from '@/utils/speech/split-sentences';

const texts = (t: string, lang: string) => splitSentences(t, lang).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    [
      'en',
      'Dr. Smith went to the U.S. Army base. He said "Stop." Then he left. It was 3 p.m. when Mr. Jones arrived.',
      [
        'Dr. Smith went to the U.S. Army base.',
        'He said "Stop."',
        'Then he left.',
        'It was 3 p.m. when Mr. Jones arrived.',
      ],
    ],
    [
      'en',
      'John F. Kennedy spoke. “Is it over?” she asked. No. 5 won! Why? Because.',
      ['John F. Kennedy spoke.', '“Is it over?” she asked.', 'No. 5 won!', 'Why?', 'Because.'],
    ],
    [
      'de',
      'Das war am 3. Oktober. Dr. Müller kam z. B. später. „Halt!“ rief er. Dann ging er.',
      ['Das war am 3. Oktober.', 'Dr. Müller kam z. B. später.', '„Halt!“ rief er.', 'Dann ging er.'],
    ],
    [
      'fr',
      '«Arrête !» dit-il. M. Dupont est parti. Il était 5 h.',
      ['«Arrête !» dit-il.', 'M. Dupont est parti.', 'Il était 5 h.'],
    ],
    [
      'es',
      '¿Dónde está la Sra. García? No lo sé. ¡Qué pena!',
      ['¿Dónde está la Sra. García?', 'No lo sé.', '¡Qué pena!'],
    ],
    [
      'uk',
      'Вулиця ім. Шевченка довга. Проф. Коваль живе там. Так!',
      ['Вулиця ім. Шевченка довга.', 'Проф. Коваль живе там.', 'Так!'],
    ],
    ['ja', '今日は晴れです。明日は雨でしょう！本当？', ['今日は晴れです。', '明日は雨でしょう！', '本当？']],
  ])('splits %s text at sentence ends only', (lang, text, want) => {
    expect(texts(text, lang)).toEqual(want);
  });

  it('gives offsets into the text, white space trimmed, and drops pieces without words', () => {
    const t = '  First one.   Second one!  …  ';
    const s = splitSentences(t, 'en');
    expect(s.map((x) => x.text)).toEqual(['First one.', 'Second one!']);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
  });

  it('accepts a missing or unknown language', () => {
    expect(texts('One. Two.', '')).toEqual(['One.', 'Two.']);
    expect(texts('One. Two.', 'zz-invalid-tag-!!')).toEqual(['One.', 'Two.']);
  });
});

describe('splitLong', () => {
  it('keeps every utterance under the limit, cutting at clause marks first', () => {
    const clause = 'a clause of several words that goes on for a while';
    const text = Array.from({ length: 12 }, () => clause).join(', ') + '.';
    const parts = splitLong({ start: 10, end: 10 + text.length, text });
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_UTTERANCE);
      expect(text.slice(p.start - 10, p.end - 10)).toBe(p.text);
    }
    expect(parts[0].text.endsWith(',')).toBe(true);
    expect(parts.map((p) => p.text).join(' ')).toBe(text);
  });

  it('cuts a text without spaces at the limit', () => {
    const text = 'x'.repeat(500);
    expect(splitLong({ start: 0, end: 500, text }).map((p) => p.text.length)).toEqual([220, 220, 60]);
  });

  it('leaves a short sentence alone', () => {
    expect(splitLong({ start: 3, end: 8, text: 'Hello' })).toEqual([{ start: 3, end: 8, text: 'Hello' }]);
  });
});
