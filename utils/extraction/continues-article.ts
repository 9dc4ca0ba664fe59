import { lineSet, overlapOf, wordTotal } from './word-overlap';

/** Times Readability's block the region must hold before it is read as the article's continuation. */
const MIN_RATIO = 2.5;

/** Words from which a line of the region reads as a paragraph of prose (a comment's line, a teaser's, rarely). */
const PARAGRAPH_WORDS = 30;

/**
 * Words from which a line that ends as a sentence reads as prose, in a run of three such lines or more (a
 * ranking's highlights, a checklist's steps): one or two are a bio's or a disclaimer's.
 */
const SENTENCE_WORDS = 8;
const SENTENCE_RUN = 3;

const words = (line: string) => line.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;

/** A line that ends as a sentence does (a full stop, a question or exclamation mark, before a closing quote). */
const SENTENCE_END = /[.!?…。！？]["'”’»)]?$/u;

/**
 * True when a declared article's main region is the article and Readability's block only its first part:
 * the region holds the block (70 % of its words) and 2.5 times its words, and what it adds is mostly
 * paragraphs of prose (half of the added words in lines of 30 words or more, or in runs of three lines or more
 * that are sentences of eight words or more): the sections Readability left out (cards of a ranking written as
 * prose, a guide's later chapters in boxes of their own). A region that adds bylines, an author box, related
 * links or lists is not, nor one with prose before the block's first line (a feed of teasers above the article;
 * unless the block holds no prose paragraph, `blockProse` 0: Readability took a box of figures) or that prints
 * the block's sentences again (a hidden copy of the article); the caller leaves out pages with a comment section
 * (their region adds the comments).
 */
export function continuesArticle(regionText: string, articleText: string, blockProse = 1): boolean {
  const { candidateWords, articleWords, covered } = overlapOf(regionText, articleText);
  if (!articleWords || candidateWords < articleWords * MIN_RATIO || covered() < 0.7) return false;
  const kept = lineSet(articleText);
  // The block's sentences, to tell a region that prints the article twice (a hidden copy, a data block).
  const sentences = new Set(
    articleText
      .split(/(?<=[.!?])\s+|\n/)
      .map((x) => x.trim())
      .filter((x) => x.length >= 40),
  );
  let added = 0;
  let prose = 0;
  let seenBlock = false;
  // Words of the current run of sentence lines (a list of full sentences: a ranking's highlights, a checklist).
  let run = { lines: 0, words: 0 };
  const endRun = () => {
    if (run.lines >= SENTENCE_RUN) prose += run.words;
    run = { lines: 0, words: 0 };
  };
  for (const line of regionText.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    if (kept.has(t)) {
      seenBlock = true;
      endRun();
      continue;
    }
    const n = words(t);
    // Prose before the block's first line: the block does not open the region (a feed of teasers above it).
    // Unless the block holds no prose paragraph: Readability took a box of figures, not the article's start.
    if (!seenBlock && n >= PARAGRAPH_WORDS && blockProse > 0) return false;
    let repeats = 0;
    for (const x of t.split(/(?<=[.!?])\s+/)) if (sentences.has(x.trim())) repeats++;
    if (repeats >= 2) return false;
    added += n;
    if (n >= PARAGRAPH_WORDS) prose += n;
    else if (n >= SENTENCE_WORDS && SENTENCE_END.test(t)) {
      run.lines++;
      run.words += n;
      continue;
    }
    endRun();
  }
  endRun();
  return added > 0 && prose * 2 >= added;
}

/**
 * False when a region of at most `regionWords` words cannot continue the article (continuesArticle wants 2.5
 * times its words): the caller need not copy the region (see regionWordBound).
 */
export function mayContinueArticle(regionWords: number, articleText: string): boolean {
  const articleWords = wordTotal(articleText);
  return articleWords > 0 && regionWords >= articleWords * MIN_RATIO;
}
