/** Chinese, Japanese and Korean characters: read, and counted, one by one. */
const CJK_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/gu;
/** Letters of scripts written without spaces that are not CJK (Thai, Lao, Khmer, Myanmar), marks apart. */
const SEA_LETTER = /[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const SEA_RUN = /[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]+/gu;

/** Reading speeds: words of spaced scripts, CJK characters and Thai (and like) letters a minute. */
export const WORDS_PER_MINUTE = 230;
export const CJK_CHARS_PER_MINUTE = 500;
/** Thai words average about four letters: ~230 words a minute. */
export const SEA_LETTERS_PER_MINUTE = 900;

/** What a text is made of, for counts and reading time. */
export interface TextMeasure {
  /** Words of scripts with spaces (hyphenated and apostrophe words once). */
  words: number;
  /** CJK characters. */
  cjk: number;
  /** Letters (not marks) of Thai, Lao, Khmer, Myanmar. */
  sea: number;
  /** Words Intl.Segmenter finds in those Thai-like runs. */
  seaWords: number;
}

let segmenter: Intl.Segmenter | undefined;

/** Char codes below this are classed by a table (Latin, Greek, Cyrillic, …, punctuation); other texts by regex. */
const TABLED = 0x3000;
let wordKinds: Uint8Array | undefined;
/** For each char code below TABLED: 1 a letter or digit, 2 CJK or Thai-like, 0 anything else. */
function wordKindsTable(): Uint8Array {
  const word = /^[\p{L}\p{N}]$/u;
  const special = new RegExp(`^(?:${CJK_CHAR.source}|${SEA_LETTER.source})$`, 'u');
  return new Uint8Array(TABLED).map((_, c) => {
    const ch = String.fromCharCode(c);
    return special.test(ch) ? 2 : word.test(ch) ? 1 : 0;
  });
}
/** The characters that join two words into one (the regex of measureText's words). */
const isJoiner = (c: number) => c === 0x2d || c === 0x27 || c === 0x2019;

/**
 * The spaced words of a text with no CJK or Thai-like character and none past TABLED (most texts), counted by
 * char code as measureText's regex counts them (a word: letters and digits, joined across one of - ' ’); null for
 * any other text. A restore measures thousands of articles (tests/utils/extraction/word-count.test.ts holds the two
 * to the same counts).
 */
function plainWordCount(text: string): number | null {
  const kinds = (wordKinds ??= wordKindsTable());
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < TABLED ? kinds[c] : 2;
    if (kind === 2) return null;
    if (kind === 0) inWord = false;
    else if (!inWord) {
      inWord = true;
      // A word that follows a letter or digit and one joiner continues it.
      const joined = i >= 2 && isJoiner(text.charCodeAt(i - 1)) && kinds[text.charCodeAt(i - 2)] === 1;
      if (!joined) words++;
    }
  }
  return words;
}

/** Measures a text: spaced words, CJK characters and Thai-like letters and words. */
export function measureText(text: string): TextMeasure {
  const plain = plainWordCount(text);
  if (plain !== null) return { words: plain, cjk: 0, sea: 0, seaWords: 0 };
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  let sea = 0;
  let seaWords = 0;
  let rest = cjk ? text.replace(CJK_CHAR, ' ') : text;
  if (SEA_LETTER.test(rest)) {
    segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
    for (const [run] of rest.matchAll(SEA_RUN)) {
      sea += run.match(/\p{L}/gu)?.length ?? 0;
      for (const s of segmenter.segment(run)) if (s.isWordLike) seaWords++;
    }
    rest = rest.replace(SEA_RUN, ' ');
  }
  const words = rest.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return { words, cjk, sea, seaWords };
}

/**
 * Number of words in plain text; hyphenated and apostrophe words count once. CJK counts per character,
 * Thai per word.
 */
export function countWords(text: string | TextMeasure): number {
  const m = typeof text === 'string' ? measureText(text) : text;
  return m.words + m.cjk + m.seaWords;
}

/** Minutes to read a word count at 230 words a minute, at least 1 (for spaced scripts; see readingMinutesOf). */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/**
 * Minutes to read a text, at least 1: spaced words at 230 a minute, Chinese, Japanese and Korean by
 * character (500 a minute) and Thai-like scripts by letter (900 a minute), so a page of CJK is not
 * counted as a page of English words.
 */
export function readingMinutesOf(text: string | TextMeasure): number {
  const m = typeof text === 'string' ? measureText(text) : text;
  const minutes = m.words / WORDS_PER_MINUTE + m.cjk / CJK_CHARS_PER_MINUTE + m.sea / SEA_LETTERS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
