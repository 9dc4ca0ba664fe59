/** Lower-case, accent-free form of a word, as stored in and looked up from the search index. */
export function normalizeTerm(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The distinct normalized terms of some texts (words of 2+ characters, at most 64 characters each). */
export function termsOf(...texts: (string | null | undefined)[]): string[] {
  const set = new Set<string>();
  for (const t of texts) {
    if (!t) continue;
    for (const m of t.matchAll(/[\p{L}\p{N}]+/gu)) {
      const w = normalizeTerm(m[0]);
      if (w.length >= 2 && w.length <= 64) set.add(w);
    }
  }
  return [...set];
}
