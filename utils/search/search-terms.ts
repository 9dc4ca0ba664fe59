import { STOPWORDS } from './stopwords';

/**
 * Accents to drop when folding (é → e): the combining diacritical marks of Latin, Greek and Cyrillic,
 * Arabic harakat and Hebrew points. Marks that are letters' vowels (Thai, Devanagari, …) and the kana
 * voicing marks stay: dropping them changes the word.
 */
const ACCENT_RANGES = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
  [0x0591, 0x05c7],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
];
const isAccent = (mark: string) => {
  const n = mark.codePointAt(0)!;
  return ACCENT_RANGES.some(([from, to]) => n >= from && n <= to);
};
const dropAccents = (text: string) => text.replace(/\p{M}/gu, (m) => (isAccent(m) ? '' : m));

/** Lower-case, accent-free form of a word, as stored in and looked up from the search index. */
export function normalizeTerm(word: string): string {
  if (/^\p{ASCII}*$/u.test(word)) return word.toLowerCase();
  return dropAccents(word.normalize('NFKD')).normalize('NFC').toLowerCase();
}

/** The accent-free form of a whole text, as normalizeTerm makes each word (case is left to the caller). */
export function foldText(text: string): string {
  return dropAccents(text.normalize('NFKD')).normalize('NFC');
}

/** Scripts written without spaces between words: their runs are split into words by Intl.Segmenter. */
export const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
/** Chinese, Japanese and Korean characters: each is also a term, so one character is a valid query. */
export const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const CJK_ALL = new RegExp(CJK.source, 'gu');
/** A run of letters, digits and their marks (a Thai word keeps its vowel and tone marks). */
const RUN = /[\p{L}\p{N}\p{M}]+/gu;

let segmenter: Intl.Segmenter | undefined;
/** The words of a run in a script without spaces (the same at save time in every browser: terms are stored). */
function segmentRun(run: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(run)) if (s.isWordLike) out.push(s.segment);
  return out;
}

/** The words of a text, in order, as written (segmented where the script has no spaces). */
function rawWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(RUN)) {
    if (UNSPACED.test(m[0])) out.push(...segmentRun(m[0]));
    else out.push(m[0]);
  }
  return out;
}

/** The normalized words of a text, in order (every word, stopwords included). */
export function wordsOf(text: string): string[] {
  return rawWords(text).map(normalizeTerm);
}

/** True for a word the index keeps: 2–64 characters and not a stopword, or a single CJK character. */
export function isIndexed(word: string): boolean {
  if (word.length === 1) return CJK.test(word);
  return word.length >= 2 && word.length <= 64 && !STOPWORDS.has(word);
}

/** The CJK characters of a text, normalized, each once. */
export function cjkCharsOf(text: string): string[] {
  return [...new Set((normalizeTerm(text).match(CJK_ALL) ?? []) as string[])];
}

/**
 * The distinct normalized terms of some texts: words of 2+ characters (at most 64, no stopwords), the
 * words Intl.Segmenter finds in Chinese, Japanese and Thai, and every single CJK character.
 */
export function termsOf(...texts: (string | null | undefined)[]): string[] {
  const set = new Set<string>();
  for (const t of texts) {
    if (!t) continue;
    if (addWords(t, set) && CJK.test(t)) for (const c of cjkCharsOf(t)) set.add(c);
  }
  return [...set];
}

/** Char codes below this are classed by a table (Latin, Greek, Cyrillic, …, punctuation); the rest by RUN. */
const TABLED = 0x3000;
let runKinds: Uint8Array | undefined;
/** For each char code below TABLED: 0 not in RUN, 1 an ASCII letter or digit, 2 another letter, digit or mark. */
function runKindsTable(): Uint8Array {
  const one = new RegExp(`^${RUN.source}$`, 'u');
  return new Uint8Array(TABLED).map((_, c) => (one.test(String.fromCharCode(c)) ? (c < 128 ? 1 : 2) : 0));
}
/** RUN from a given index (lastIndex) on, not searching past it. */
const RUN_AT = new RegExp(RUN.source, 'uy');

/**
 * Adds the indexed words of `text` to `set`, in order: what `wordsOf(text).filter(isIndexed)` gives, without a
 * Unicode regex per word (a restore tokenizes thousands of articles): runs are found by a table of char codes, and
 * a run of ASCII letters and digits (most words of most texts) is only lower-cased. A run with other characters
 * goes the general way (segmented where unspaced, normalizeTerm), and one with a character past the table is
 * matched by RUN itself (tests/utils/search/search-terms.test.ts holds this to wordsOf). True when the text has a
 * character outside ASCII.
 */
function addWords(text: string, set: Set<string>): boolean {
  const kinds = (runKinds ??= runKindsTable());
  const add = (w: string) => isIndexed(w) && set.add(w);
  const general = (run: string) => {
    for (const w of UNSPACED.test(run) ? segmentRun(run) : [run]) add(normalizeTerm(w));
  };
  let wide = false;
  let start = -1; // where the run being read began
  let ascii = true; // and whether it is ASCII so far
  // An ASCII word is indexed as isIndexed says: 2–64 characters (one is never CJK) and not a stopword.
  const plainOrGeneral = (from: number, to: number) => {
    if (!ascii) return general(text.slice(from, to));
    if (to - from < 2 || to - from > 64) return;
    const w = text.slice(from, to).toLowerCase();
    if (!STOPWORDS.has(w)) set.add(w);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < TABLED ? kinds[c] : 3;
    if (c >= 128) wide = true;
    if (kind === 0) {
      if (start >= 0) plainOrGeneral(start, i);
      start = -1;
    } else if (kind === 3) {
      // Past the table: the run it is in (or starts), if any, matched by RUN from where it began.
      RUN_AT.lastIndex = start >= 0 ? start : i;
      const m = RUN_AT.exec(text);
      start = -1;
      if (!m) continue;
      general(m[0]);
      i = RUN_AT.lastIndex - 1;
    } else {
      if (start < 0) {
        start = i;
        ascii = true;
      }
      if (kind === 2) ascii = false;
    }
  }
  if (start >= 0) plainOrGeneral(start, text.length);
  return wide;
}

/**
 * The search terms of what was typed, and the runs that must be found as written. A run in Chinese,
 * Japanese, Korean or Thai is looked up by its CJK characters (or its Thai words) in the index, then
 * checked as a substring of the text: the query alone may be segmented differently from the article.
 */
export function queryTerms(text: string): { terms: string[]; runs: string[] } {
  const terms: string[] = [];
  const runs: string[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    if (!UNSPACED.test(run) && !CJK.test(run)) {
      const w = normalizeTerm(run);
      if (isIndexed(w)) terms.push(w);
      continue;
    }
    for (const w of wordsOf(run)) if (!CJK.test(w) && isIndexed(w)) terms.push(w);
    terms.push(...cjkCharsOf(run));
    if ([...run].length > 1) runs.push(normalizeTerm(run));
  }
  return { terms, runs };
}

/** True when a word is (or starts) in a script searched by substring (CJK, Thai): no word boundary there. */
export function unspacedEdge(ch: string | undefined): boolean {
  return !!ch && (UNSPACED.test(ch) || CJK.test(ch));
}
