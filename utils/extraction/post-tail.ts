import { joinRegExp } from '@/utils/lib/join-regexp';
import { COMMENT_STATE_TEXT, OTHER_POSTS_PARTS } from './clutter-text';
import { leafBlocks } from './trim-edges';
import { closestMatch, queryFirst } from './dom-query';

/**
 * The heading of a post's comment section, the whole line: "Comments", "3 Kommentare", "Kommentare (3)", "One
 * comment", "12 thoughts on “…”", "5 Gedanken zu „…“", "5 Responses to “…”" (English, German, French, Spanish,
 * Italian, Portuguese, Dutch, Polish, Russian, Ukrainian).
 */
const COMMENTS_HEADING = joinRegExp(
  '^\\s*((\\d+|one|two|three|ein|eine|zwei|drei|un|une|uno|una|um|uma|één|jeden)\\s+)?(',
  [
    /comments?|responses?|replies|reactions?|thoughts?|kommentare?|reaktionen|antworten|commentaires?|réactions?/iu,
    /comentarios?|respuestas?|commenti|commento|comentários?|reacties|reactie|komentarze?|komentarzy/iu,
    /gedanken|pensées?|pensamientos?|pensamentos?|pensieri|gedachten|myśli|respostas?|risposte|reacciones/iu,
    /комментари[йияев]*|коментар[іяів]*/iu,
  ],
  ')(\\s*\\(\\d+\\))?(\\s+(on|to|zu|auf|à|sur|a|para|su|op|do|к|до)\\s+.{1,140})?\\s*[:.]?\\s*$',
  'iu',
);

/**
 * The heading of a list of the site's other posts after a post, the whole line: OTHER_POSTS_PARTS (shared with
 * LIST_HEADING) and these forms, which LIST_HEADING does not take: "Ähnliche Themen", "Auch interessant", "Mehr aus
 * der Sendung", "Lee también", "Publicaciones relacionadas", "Posts relacionados", "Similar posts".
 */
const OTHER_POSTS_HEADING = joinRegExp(
  '^\\s*(',
  [
    ...OTHER_POSTS_PARTS,
    /ähnliche (posts|themen)|(verwandte|weitere) themen|auch interessant|mehr aus der (sendung|rubrik|kategorie)/iu,
    /(lee|ve) también|publicaciones relacionadas|posts relacionados|similar posts?/iu,
  ],
  ')\\s*[:.!]?\\s*$',
  'iu',
);

/**
 * The heading of a comment form standing for the section (a news site's "Kommentieren Sie", "Jetzt kommentieren",
 * "Join the discussion", "Commentez cet article", "Comenta esta noticia").
 */
const COMMENT_FORM_HEADING = joinRegExp(
  '^\\s*(',
  [
    /kommentieren sie( (mit|diesen (artikel|beitrag)))?|jetzt kommentieren|diskutieren sie mit|kommentar abgeben/iu,
    /join the (discussion|conversation)|comment on this (post|article|story)|commentez( cet article)?/iu,
    /comenta(r)?( esta (noticia|entrada))?|commenta( l['’]articolo)?|comente|skomentuj|reageer/iu,
  ],
  ')\\s*[:.!]?\\s*$',
  'iu',
);

/** Characters of a line that may head such a tail at most: a heading, not a sentence. */
const HEADING_CHARS = 80;

/** Characters of the block's last line at least to be found again in the region (a sentence, not "Share"). */
const END_LINE_CHARS = 40;

/** A line that opens a post's tail: its comment section, its form's state, a headed list of other posts. */
function opensTail(line: string): boolean {
  const t = line.replace(/\s+/g, ' ').trim();
  if (!t || t.length > HEADING_CHARS) return false;
  return COMMENTS_HEADING.test(t) ||
    COMMENT_FORM_HEADING.test(t) ||
    OTHER_POSTS_HEADING.test(t) ||
    COMMENT_STATE_TEXT.test(t)
    ? !/[.!?]\s*\S/.test(t) // one heading, not two sentences
    : false;
}

/** The last line of Readability's block long enough to be found in the region's text. */
function blockEnd(blockText: string): string | null {
  const lines = blockText.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i].replace(/\s+/g, ' ').trim();
    if (t.length >= END_LINE_CHARS) return t;
  }
  return null;
}

/**
 * Where a region that won over Readability's block of an article's prose goes on past the block's end into the post's
 * tail: the line after the block's last line that heads the comment section ("3 Kommentare", "Leave a Reply", "No
 * comments:") or a list of other posts ("Ähnliche Beiträge", "Vous aimerez aussi", "Zobacz także"). Read on the texts
 * only (no walk): null on most pages. The region won by its size, and the comments or the list made it.
 */
export function postTailLine(regionText: string, blockText: string): string | null {
  const end = blockEnd(blockText);
  if (!end) return null;
  const lines = regionText.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  let at = -1;
  for (let i = lines.length - 1; i >= 0; i--)
    if (lines[i].includes(end)) {
      at = i;
      break;
    }
  if (at < 0) return null;
  for (let i = at + 1; i < lines.length; i++) if (opensTail(lines[i])) return lines[i];
  return null;
}

/**
 * Removes the post's tail from the region (see postTailLine): the line that heads it and all that follows it in the
 * region, in document order. True when it removed it.
 */
export function removePostTail(root: Element, line: string): boolean {
  const head = leafBlocks(root).find((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim() === line);
  // A heading, not a link: "Read more" under a card, "3 Comments" in a post's meta row link elsewhere.
  if (!head || closestMatch(head, 'a') || queryFirst(head, 'a')) return false;
  for (let n: Element | null = head; n && n !== root; n = n.parentElement) while (n.nextSibling) n.nextSibling.remove();
  let top: Element = head;
  while (top.parentElement && top.parentElement !== root && !top.previousSibling) top = top.parentElement;
  top.remove();
  return true;
}
