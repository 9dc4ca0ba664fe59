import type { Census } from './page-census';
import { sizeOf } from './clutter-guard';

/** A control that votes a reader's entry up or down, by its label (title, aria-label) or its address. */
const VOTE_LABEL = /^\s*(vote\s*(up|down)|(up|down)\s*vote|thumbs?\s*(up|down))\s*$/i;
const VOTE_HREF = /[?&;]vote=(up|down)(?:[&#;]|$)|\/vote\/(up|down)\b/i;

/**
 * The label over readers' entries: "User Contributed Notes" (the PHP manual), "User notes", "Comments", "3 comments",
 * in the languages the other rules read.
 */
const NOTES_LABEL = new RegExp(
  "^\\s*(\\d+\\s+)?(user\\s+contributed\\s+notes|user\\s+notes|readers?'?\\s+(notes|comments)|comments?|" +
    'kommentare?|leserkommentare|commentaires?|comentarios?|commenti|comentários?|комментари[ийя]|коментар[іяів]+|' +
    'コメント)(\\s+\\d+(\\s+\\w+)?)?\\s*:?\\s*$',
  'i',
);

/** Characters a box around the entries may hold beside them (its label, an "add a note" link) while it grows. */
const MAX_AROUND = 200;

/** True when `el` votes an entry up or down. */
function isVote(el: Element): boolean {
  if (el.tagName !== 'A' && el.tagName !== 'BUTTON') return false;
  const label = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '';
  return VOTE_LABEL.test(label) || VOTE_HREF.test(el.getAttribute('href') ?? '');
}

/** The deepest element holding every one of `els`. */
function commonBox(els: Element[]): Element | null {
  let box: Element | null = els[0].parentElement;
  while (box && !els.every((e) => box!.contains(e))) box = box.parentElement;
  return box;
}

/** The first heading in `box`, if it opens the box (comes before its first vote). */
function labelOf(box: Element, firstVote: Element): Element | null {
  const h = box.querySelector('h2, h3, h4, h5, h6');
  if (!h) return null;
  return h.compareDocumentPosition(firstVote) & 4 /* FOLLOWING */ ? h : null;
}

/**
 * Readers' notes under a manual's page: the PHP manual prints, after each page's text, "User Contributed Notes"
 * (`section#usernotes`: an "add a note" link, the label, then each note with its vote-up and vote-down links, its
 * score, its writer, its age and its text). They are readers' comments, not the manual: WCXB's truths leave comments
 * out (every development page of folds 0–2 with a WordPress comment list), and vanilla Readability keeps them (no
 * class word names a comment). The deepest box holding two entries' vote controls or more (a link or button whose
 * label says "Vote up"/"Vote down", or whose address votes) grows while its parent adds 200 characters or fewer beside
 * it, and goes when it opens with a heading labelling comments or notes ("User Contributed Notes", "12 Comments",
 * "Kommentare"…), stands after the page's `<h1>` and holds none, nor half the page's text or more. A question's
 * answers are labelled by their count of answers: they stay. Only on pages that declare no thread; from the census's
 * list of short-tag elements (links and buttons are in it).
 */
export function removeReaderNotes(c: Census, body: Element): void {
  // Links and buttons only, by the census's tag names (see Census.shortTags).
  const votes = c.short.filter(
    (el, i) => (c.shortTags[i] === 'A' || c.shortTags[i] === 'BUTTON') && isVote(el) && el.isConnected,
  );
  if (votes.length < 2) return;
  let box = commonBox(votes);
  if (!box || box === body) return;
  const h1 = body.getElementsByTagName('h1')[0];
  if (!h1 || box.contains(h1) || !(h1.compareDocumentPosition(box) & 4)) return;
  for (let up = box.parentElement; up && up !== body; up = up.parentElement) {
    if (up.contains(h1) || sizeOf(up).chars - sizeOf(box).chars > MAX_AROUND) break;
    box = up;
  }
  const label = labelOf(box, votes[0]);
  if (!label || !NOTES_LABEL.test((label.textContent ?? '').replace(/\s+/g, ' '))) return;
  if (sizeOf(box).chars * 2 >= sizeOf(body).chars) return;
  box.remove();
}
