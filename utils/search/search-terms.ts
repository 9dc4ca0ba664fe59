import { STOPWORDS } from './stopwords';

/** Lower-case, accent-free form of a word, as stored in and looked up from the search index. */
export function normalizeTerm(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The normalized words of a text, in order (every word, stopwords included). */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push(normalizeTerm(m[0]));
  return out;
}

/** True for a word the index keeps: 2–64 characters and not a stopword. */
export function isIndexed(word: string): boolean {
  return word.length >= 2 && word.length <= 64 && !STOPWORDS.has(word);
}

/** The distinct normalized terms of some texts (words of 2+ characters, at most 64, no stopwords). */
export function termsOf(...texts: (string | null | undefined)[]): string[] {
  const set = new Set<string>();
  for (const t of texts) {
    if (!t) continue;
    for (const m of t.matchAll(/[\p{L}\p{N}]+/gu)) {
      const w = normalizeTerm(m[0]);
      if (isIndexed(w)) set.add(w);
    }
  }
  return [...set];
}
