import { clean } from './post-time';
import { byTag } from './tag-list';

/**
 * The reply prefixes a forum prints before a post's subject, in several languages, repeated or numbered ("Re:",
 * "RE[2]:", "Re: Re:", German "AW:"/"Antw:", Nordic "SV:"/"VS:", Polish "Odp:", Turkish "Ynt:", Italian "Rif:",
 * Chinese "回复：").
 */
const REPLY_PREFIX = /^(?:(?:re|aw|antw|sv|vs|odp|ynt|rif|wg|回复|回覆|答复)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+/i;
/** Shortest subject read (a title of a word or two may be a post's own heading: "Update", "Solved"). */
const SUBJECT_MIN = 12;
/** What parts a page's `<title>` between the thread's title and the forum's or site's name. */
const TITLE_SEPARATOR = /^\s*[-–—|:·•»«/]\s/;
const TITLE_SEPARATOR_END = /\s[-–—|:·•»«/]\s*$/;

const fold = (s: string) => clean(s).toLowerCase();

export interface ThreadTitles {
  h1: string;
  title: string;
}

/** The thread's title as the page prints it: its first `<h1>`'s text and its `<title>`. */
export function threadTitles(doc: Document): ThreadTitles {
  const h1 = doc.querySelector('h1');
  return { h1: h1 ? fold(h1.textContent) : '', title: fold(doc.title) };
}

/** True when `text` (folded) is the thread's title: its `<h1>`, or its `<title>` before or after a separator. */
function isThreadTitle(text: string, titles: ThreadTitles): boolean {
  if (text.length < SUBJECT_MIN) return false;
  if (text === titles.h1 || text === titles.title) return true;
  const { title } = titles;
  if (title.startsWith(text) && TITLE_SEPARATOR.test(title.slice(text.length))) return true;
  return title.endsWith(text) && TITLE_SEPARATOR_END.test(title.slice(0, title.length - text.length));
}

/**
 * The headings (`<h2>`–`<h6>`) of a post's text block that print the post's subject, not its text: the thread's title
 * (see isThreadTitle) with or without a reply prefix ("Re: Kernel panic after the last update"). FluxBB, Kunena, phpBB,
 * PunBB and Simple Machines print each post's subject above its message. Where a class word names the message the
 * subject mostly stands outside it, but PunBB's `div.entry-content` holds it, and with hashed class names the post's
 * text is its largest block (see unnamedBody), which holds it. WCXB's truths leave it out (read by threadElement).
 */
export function subjectHeadings(source: Element, titles: ThreadTitles): Element[] {
  const out: Element[] = [];
  for (const tag of ['h2', 'h3', 'h4', 'h5', 'h6'])
    for (const h of byTag(source, tag)) {
      if (h.closest('blockquote')) continue;
      const text = fold(h.textContent).replace(REPLY_PREFIX, '');
      if (isThreadTitle(text, titles)) out.push(h);
    }
  return out;
}
