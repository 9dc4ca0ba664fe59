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
    for (const w of wordsOf(t)) if (isIndexed(w)) set.add(w);
    if (CJK.test(t)) for (const c of cjkCharsOf(t)) set.add(c);
  }
  return [...set];
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
