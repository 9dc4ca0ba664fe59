/** Lower-case words of a text, in order (the `\w+`-like words search and the benchmarks count). */
function wordList(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Number of words in a text (those of wordList). */
export function wordTotal(text: string): number {
  return wordList(text).length;
}

/** Lower-case word counts of a text (the words of wordList). */
export function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of wordList(text)) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/** Number of words in a bag. */
export function bagSize(bag: Map<string, number>): number {
  let n = 0;
  for (const c of bag.values()) n += c;
  return n;
}

/** Share of `part`'s words that `whole` holds too (as a multiset: a word counts as often as both have it). */
export function coverage(part: Map<string, number>, whole: Map<string, number>): number {
  const size = bagSize(part);
  if (!size) return 0;
  let shared = 0;
  for (const [w, n] of part) shared += Math.min(n, whole.get(w) ?? 0);
  return shared / size;
}

/** A candidate's text (a thread's posts, a page's main region) next to the article Readability kept. */
export interface Overlap {
  candidateWords: number;
  articleWords: number;
  /** Share of the article's words the candidate holds too (computed on first call). */
  covered(): number;
}

/** Compares a candidate's words with the article's, for the passes that choose between them. */
export function overlapOf(candidateText: string, articleText: string): Overlap {
  const candidate = wordBag(candidateText);
  const article = wordBag(articleText);
  return {
    candidateWords: bagSize(candidate),
    articleWords: bagSize(article),
    covered: () => coverage(article, candidate),
  };
}

/**
 * Share of `part`'s runs of three words that `whole` holds too (as a multiset). Stricter than the bag
 * coverage: a long text holds most of a short one's words, but not its sentences.
 */
export function sequenceCoverage(part: string, whole: string): number {
  const runs = (words: string[]) => {
    const bag = new Map<string, number>();
    for (let i = 0; i + 3 <= words.length; i++) {
      const run = `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
      bag.set(run, (bag.get(run) ?? 0) + 1);
    }
    return bag;
  };
  return coverage(runs(wordList(part)), runs(wordList(whole)));
}

/** The lines of a text, trimmed, as a set: which whole lines another text holds. */
export function lineSet(text: string): Set<string> {
  return new Set(text.split('\n').map((l) => l.trim()));
}

/** The text with every line of 40 characters or more that repeats an earlier line left out. */
export function distinctLines(text: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length >= 40) {
      if (seen.has(line)) continue;
      seen.add(line);
    }
    out.push(line);
  }
  return out.join('\n');
}
