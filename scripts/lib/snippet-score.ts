// Scoring of an extraction against text snippets, as trafilatura's evaluation does it (tests/eval_common.py of
// github.com/adbar/trafilatura, Apache-2.0): each page names 1–6 snippets of its main text ("with") and 1–6 of its
// boilerplate ("without"); after collapsing white space, a "with" snippet found in the output is a true positive and
// one missed a false negative, a "without" snippet found a false positive and one left out a true negative. The
// counts are summed over all pages before precision, recall, accuracy and F-score are taken.

/** One page's snippets (the corpus file's entry, evaldata.json). */
export interface SnippetPage {
  file: string;
  with: string[];
  without: string[];
}

export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SnippetScores {
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
}

/** White space collapsed to one space and trimmed: spacing variants cost nothing. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One page's counts for an output text (null: the extractor threw, every snippet counts as missed or left out). */
export function countPage(page: SnippetPage, text: string | null): SnippetCounts {
  const out = text === null ? null : collapse(text);
  const tp = out === null ? 0 : page.with.filter((s) => out.includes(collapse(s))).length;
  const fp = out === null ? 0 : page.without.filter((s) => out.includes(collapse(s))).length;
  return { tp, fp, fn: page.with.length - tp, tn: page.without.length - fp };
}

/** The counts of several pages, summed. */
export function addCounts(all: SnippetCounts[]): SnippetCounts {
  const sum = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const c of all) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
    sum.tn += c.tn;
  }
  return sum;
}

const ratio = (a: number, b: number) => (b ? a / b : 0);

/** Precision, recall, accuracy and F-score of summed counts. */
export function snippetScores(c: SnippetCounts): SnippetScores {
  return {
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    accuracy: ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}

/**
 * The corpus's entries, checked before any page is read: a file name and 1–6 non-empty snippets on each side, as the
 * corpus's own validator asks. Throws with the first bad entry's address.
 */
export function readSnippetCorpus(data: unknown): Map<string, SnippetPage> {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new Error('The snippet corpus is not an object of page entries (evaldata.json).');
  const pages = new Map<string, SnippetPage>();
  for (const [url, raw] of Object.entries(data as Record<string, unknown>)) {
    const entry = raw as Partial<SnippetPage> | null;
    if (!entry || typeof entry.file !== 'string' || !entry.file) throw new Error(`${url}: no file name`);
    for (const side of ['with', 'without'] as const) {
      const list = entry[side];
      if (
        !Array.isArray(list) ||
        !list.length ||
        list.length > 6 ||
        !list.every((s) => typeof s === 'string' && s.trim())
      )
        throw new Error(`${url}: "${side}" must hold 1 to 6 non-empty snippets`);
    }
    pages.set(url, { file: entry.file, with: entry.with as string[], without: entry.without as string[] });
  }
  if (!pages.size) throw new Error('The snippet corpus holds no pages.');
  return pages;
}
