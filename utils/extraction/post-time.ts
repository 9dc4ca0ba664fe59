import { DATE_TEXT } from './kind-text';
import { isEditStamp } from './edit-stamps';
import { POST_ITEMTYPE } from './post-itemtype';
import { firstAfterSpace } from './trimmed-length';
import { ownDateText } from './own-date';
import { textBefore } from './text-before';

/** When a post was written: the text a reader sees and the machine form when the page gives one. */
export interface PostTime {
  text: string;
  datetime: string | null;
}

/** Class words of a post's time ("post-date", "DateTime", "js-timestamp"; a "timeline" is the thread's box). */
const TIME_CLASS = /(date|time(?!line)|posted|published|timestamp|ago)/i;

/** A user card (name, title, join date, post count): a block holding one is not the post's text. */
export const USER_CARD =
  '[itemtype*="schema.org/Person"], [class*="userDetails" i], [class*="user-details" i], ' +
  '[class*="userTitle" i], [class*="postprofile" i]';

/** Labels of a member's dates in a user card ("Joined: Sun Dec 17, 2023", NationStates' "Founded:"). */
const MEMBER_WORDS =
  'joined|join date|registered|member since|founded|last (seen|active|visit)|inscrit|inscription|' +
  'registriert|mitglied seit|dabei seit|registrado|miembro desde|iscritto|membro dal|registrato';
const MEMBER_DATE = new RegExp(`^(${MEMBER_WORDS})\\b`, 'i');
/** True when a line opens with the label of a member's date ("Registered: 2021-03-02", "Joined"). */
export const isMemberLine = (text: string) => MEMBER_DATE.test(text);
/** The label after leading whitespace (`\s` is the whitespace `trimStart` drops): no trimmed copy per text node. */
const MEMBER_DATE_AFTER_SPACE = new RegExp(`^\\s*(${MEMBER_WORDS})\\b`, 'i');
/** The first letters of MEMBER_WORDS, in lower case (a case-insensitive test of ASCII letters folds no other). */
const MEMBER_INITIALS = new Set(MEMBER_WORDS.split('|').map((w) => w.charCodeAt(0)));

/**
 * True when a text opens with a member's date label after any whitespace: `isMemberLine(text.trimStart())`. The
 * census asks it of every element's first text: its first letter is looked at before the pattern is run.
 */
export const opensMemberLine = (text: string) =>
  MEMBER_INITIALS.has(firstAfterSpace(text) | 0x20) && MEMBER_DATE_AFTER_SPACE.test(text);
/** Such a label right before a date, a day's name between them ("… Joined: Mon "). */
const MEMBER_LABEL = new RegExp(`\\b(${MEMBER_WORDS})\\W*((mon|tue|wed|thu|fri|sat|sun)[a-z]*\\W*)?$`, 'i');

/**
 * True when `card` is the post's author typed in microdata (`itemprop="author"` on a `Person`): NodeBB's post header
 * is one, the name, then "3 years ago" linking to the post. There only a labelled date is the member's.
 */
const isAuthorItem = (card: Element) =>
  card.getAttribute('itemprop') === 'author' && /schema\.org\/Person/i.test(card.getAttribute('itemtype') ?? '');

/**
 * True when `el` shows a member's date, not the post's: it stands in the post's user card (phpBB's
 * `dl.postprofile` with "Joined: …"), or its line or the term before it (`<dt>Joined</dt><dd>…</dd>`) is labelled so.
 */
function memberDate(el: Element, post: Element): boolean {
  const card = el.closest(USER_CARD);
  if (card && post.contains(card) && !isAuthorItem(card)) return true;
  return labelledMemberDate(el);
}

/**
 * True when `el`'s date is labelled a member's by its words alone, whatever its box is called: its line or the term
 * before it (`<dt>Joined</dt><dd>…</dd>`, phpBB's `<dd><strong>Joined:</strong> …</dd>`) says so (see memberDate).
 */
export function labelledMemberDate(el: Element): boolean {
  const term = el.tagName === 'DD' ? el.previousElementSibling : null;
  const text = clean(el.textContent);
  return (
    MEMBER_DATE.test(text) ||
    labelledMember(text) ||
    (term?.tagName === 'DT' && MEMBER_DATE.test(clean(term.textContent))) ||
    labelledBefore(el)
  );
}

/**
 * True when the words right before `el` in its line are a member's date label: "Joined" in a box of its own before the
 * `<time>` (`<li><span>Joined</span> <time>…</time></li>`, a user card's stats list), where neither the time's text nor
 * a `<dt>` carries it.
 */
function labelledBefore(el: Element): boolean {
  const line = el.parentElement;
  if (!line || clean(line.textContent).length > 80) return false;
  return MEMBER_LABEL.test(clean(textBefore(line, el)));
}

/**
 * True when the first date of a line is labelled a member's: a user card printed as one line (phpBB's subsilver2
 * style: the member's title, then "Joined: …", "Posts: …") opens with the title, not the label.
 */
function labelledMember(text: string): boolean {
  const date = DATE_TEXT.exec(text);
  return !!date && MEMBER_LABEL.test(text.slice(Math.max(0, date.index - 24), date.index));
}

/** Text with its runs of white space as one space, trimmed (a post's lines). */
export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** An element's class words as written. */
export const classTokens = (el: Element): string[] => (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);

/**
 * The text of the line in `post` that shows the moment an empty time gives only to machines (`<time datetime>`
 * with no text, a `<meta>`): Stack Exchange prints "answered <span title="2009-05-02 00:09:23Z">May 2, 2009 at
 * 0:09</span>" beside its empty `<time itemprop="dateCreated" datetime="2009-05-02 00:09:23Z">`.
 */
function shownAs(post: Element, datetime: string, outside: (el: Element) => boolean): string | null {
  for (const el of post.querySelectorAll('[title], [datetime]')) {
    if (el.getAttribute('title') !== datetime && el.getAttribute('datetime') !== datetime) continue;
    const text = clean(el.textContent);
    if (text && text.length <= 80 && outside(el)) return text;
  }
  return null;
}

/**
 * The text of a time element; when it holds only elements and the first reads as a date by itself, that one: Invision
 * prints each time twice, `<span class="ipsTime__long">June 14, 2024</span><span class="ipsTime__short">1 yr</span>`,
 * and style sheets show one ("June 14, 20241 yr" as text).
 */
export function timeText(el: Element): string {
  const first = el.firstElementChild;
  const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n as Text).data.trim());
  const firstText = clean(first?.textContent);
  if (first && !own && el.childElementCount >= 2 && firstText.length <= 80 && DATE_TEXT.test(firstText))
    return firstText;
  return clean(el.textContent);
}

/** A machine date's day ("2024-11-27T15:50:23.066Z", "2009-05-02 00:09:23Z"). */
const MACHINE_DAY = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/;

/**
 * A machine date as a reader reads it: its day written out in the page's language ("November 27, 2024"), the day the
 * machine form names (no shift to another time zone). NodeBB's and Discourse's times are filled in by a script, and
 * a stored page shows only `<meta itemprop="datePublished">`. Not a date: as it is.
 */
export function readableDate(datetime: string, doc: Document): string {
  const day = MACHINE_DAY.exec(datetime.trim());
  if (!day) return datetime;
  const date = new Date(Date.UTC(+day[1], +day[2] - 1, +day[3]));
  const style = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } as const;
  try {
    return new Intl.DateTimeFormat(doc.documentElement.lang || 'en', style).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', style).format(date);
  }
}

/** A time told relative to the moment the page was printed ("3 years ago", "vor 2 Tagen", "il y a 3 jours"). */
const RELATIVE_TIME = /\bago$|^(vor|il y a|hace|há) \d|\d \S+ fa$/i;
/** A moment in seconds or milliseconds since 1970 (`data-timestamp="1678785120"`), from 2001 on. */
const UNIX_TIME = /^\d{10}(\d{3})?$/;
/** Attributes that carry the moment a relative time stands for. */
const MOMENT_ATTRS = ['datetime', 'title', 'data-time', 'data-timestamp', 'data-datetime', 'data-date'];

/**
 * The machine form of the moment `el` stands for, from its attributes or its parent's (a link around the time): an
 * ISO date, or seconds since 1970 as one; null when none gives a day.
 */
function momentOf(el: Element): string | null {
  for (const box of [el, el.parentElement]) {
    for (const name of MOMENT_ATTRS) {
      // Hacker News writes the moment twice: "2024-05-01T08:00:00 1714550400".
      const value = (box?.getAttribute(name) ?? '').trim().replace(/\s+\d{9,13}$/, '');
      if (MACHINE_DAY.test(value)) return value;
      if (UNIX_TIME.test(value)) return new Date(value.length > 10 ? +value : +value * 1000).toISOString();
    }
  }
  return null;
}

/**
 * A post's time as printed, with the moment it stands for as its machine form when it is told relative to the moment
 * the page was saved ("3 years ago": a saved copy's relative time ages) and the element or its link carries the moment
 * (`datetime`, an ISO `title`, `data-time`, `data-timestamp`; NodeBB, Lemmy, old Reddit, Disqus, Mastodon). The text
 * stays as printed: WCXB's truths keep neither form (the three development threads that print relative times keep
 * the author alone), and the header's `<time datetime>` gives the reader the day.
 */
function dayOf(text: string, el: Element, datetime: string | null): PostTime {
  if (!RELATIVE_TIME.test(text) || (datetime && MACHINE_DAY.test(datetime))) return { text, datetime };
  return { text, datetime: momentOf(el) ?? datetime };
}

/**
 * A label printed before a post's time on its line ("Posted: Tue Mar 14, 2023 9:12 am", phpBB's subsilver2; "Posted on
 * Mar 14, 2023", Apple's communities and Discuz!; "Posted 03-14-2023 09:12", Higher Logic).
 */
const TIME_LABEL = new RegExp(
  '^(posted|published|written|submitted|date|geschrieben|verfasst|publié|posté|publicado|inviato|scritto)' +
    '( on\\s+|( on)?\\s*:\\s*|\\s+(?=\\d))',
  'i',
);

/** A time line's text without its label, when the date follows the label (a weekday's name may stand between). */
function unlabelled(text: string): string {
  const label = TIME_LABEL.exec(text);
  if (!label) return text;
  const rest = text.slice(label[0].length);
  const date = DATE_TEXT.exec(rest);
  return date && /^([a-z]+,?\s+)?$/i.test(rest.slice(0, date.index)) ? rest : text;
}

/**
 * True when `el` stands in a reply typed in microdata inside `post`, no post of the thread (Stack Exchange's comments,
 * typed `Comment` under a question or an answer, each with its `datePublished`): its date is the reply's.
 */
function inTypedReply(el: Element, post: Element): boolean {
  for (let p: Element | null = el; p && p !== post; p = p.parentElement)
    if (p.hasAttribute('itemscope') && POST_ITEMTYPE.test(p.getAttribute('itemtype') ?? '')) return true;
  return false;
}

/** A time of day alone ("09:12 AM", "19:30", "7:30 p.m."). */
const CLOCK = /^\d{1,2}:\d{2}(:\d{2})?\s*([ap]\.?m\.?)?$/i;

/**
 * A day with its time of day printed after it in an element classed as a time too: UBB.threads prints `<span
 * class="date">03/14/23</span> <span class="time">09:12 AM</span>`, HyperKitty the day twice (one form per screen
 * width) and then `div.time`. The siblings after the day are read while they are classed as times.
 */
function withClock(el: Element, text: string): string {
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
    if (!classTokens(next).some((t) => TIME_CLASS.test(t))) break;
    const clock = clean(next.textContent);
    if (CLOCK.test(clock)) return `${text} ${clock}`;
  }
  return text;
}

/**
 * The time of a post: a `<time>` (or an element with a `datetime`) or a microdata date with text (or shown on another
 * line, see shownAs), else the machine form of the first empty one, else a line classed as a time that reads as a
 * date, else the innermost line that reads as one; never a member's date (see memberDate). `outside` says which
 * elements are the post's own (not its text, not a reply's).
 */
export function findTime(post: Element, outside: (el: Element) => boolean): PostTime | null {
  let machine: string | null = null;
  // A custom element with a machine date is a time too (Microsoft Q&A's `local-time`, GitHub's `relative-time`).
  for (const el of post.querySelectorAll('time, [datetime], [itemprop="datePublished"], [itemprop="dateCreated"]')) {
    if (!outside(el) || memberDate(el, post) || inTypedReply(el, post)) continue;
    const datetime = el.getAttribute('datetime') || el.getAttribute('content') || el.getAttribute('title');
    const text = timeText(el) || (datetime && shownAs(post, datetime, outside));
    if (text) return dayOf(text, el, datetime);
    // An empty time (a `<meta itemprop="datePublished">` before XenForo's `<time>`) gives way to a time with text.
    machine ??= datetime;
  }
  if (machine) return { text: readableDate(machine, post.ownerDocument), datetime: machine };
  let byPattern: Element | null = null;
  // The first line classed as a time, or a line classed as one inside it: Askbot's `div.post-update-info` ("up-date")
  // holds the member's card beside `abbr.timeago`.
  let byClass: Element | null = null;
  let patternText = '';
  for (const el of post.querySelectorAll('span, a, div, p, small, em, abbr, dd, td, li, font')) {
    if (byClass && !byClass.contains(el)) break;
    if (!outside(el) || el.childElementCount > 3) continue;
    const text = labelledLead(el) ?? besideGlyphs(el) ?? clean(el.textContent);
    // An edit stamp's date is when the post was changed, not written (MyBB's "(This post was last modified: …)").
    if (!text || text.length > 80 || !DATE_TEXT.test(text) || memberDate(el, post) || isEditStamp(text)) continue;
    if (classTokens(el).some((t) => TIME_CLASS.test(t))) byClass = el;
    // The innermost line that reads as a date: "2024-08-03 10:59:47", not "#1 2024-08-03 10:59:47" around it.
    else if (!byClass && (!byPattern || byPattern.contains(el))) {
      byPattern = el;
      patternText = text;
    }
  }
  if (byClass) {
    const text = besideGlyphs(byClass) ?? spacedParts(byClass);
    return dayOf(withClock(byClass, unlabelled(text)), byClass, byClass.getAttribute('title'));
  }
  return byPattern ? dayOf(unlabelled(patternText), byPattern, null) : null;
}

/** A letter or a digit: a link without any is a glyph ("#", "?", "¶", "↑"), not words of a line. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The date `el` prints as its own text beside links that are glyphs or pictures: Something Awful's `td.postdate` holds
 * a "seen" icon, "#" (the post's address) and "?" (the member's posts in the thread) before "Sep 20, 2012 11:16", and
 * the byline read "# ? Sep 20, 2012 11:16". Null when `el` has no child element, when its own text (its text nodes,
 * not its children's) does not read as a date, or when a child shows a letter or a digit (a name, "Posted by …").
 */
function besideGlyphs(el: Element): string | null {
  if (!el.firstElementChild) return null;
  for (let c: Element | null = el.firstElementChild; c; c = c.nextElementSibling)
    if (WORD_CHAR.test(c.textContent ?? '')) return null;
  return ownDateText(el);
}

/**
 * The text of a time's box made of parts, each part's text with a space between: MacTechNews prints
 * `<span class="MtnCommentTime"><span>28.09.19</span><span>12:44</span></span>`, which read "28.09.1912:44" as one
 * text. A box with text of its own (not only blank text between its parts), or with one part, reads as its text.
 */
function spacedParts(el: Element): string {
  const parts: string[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 && (c as Text).data.trim()) return clean(el.textContent);
    if (c.nodeType === 1) parts.push(clean(c.textContent));
  }
  return parts.length >= 2 ? parts.filter(Boolean).join(' ') : clean(el.textContent);
}

/**
 * The labelled date that opens `el`'s text when more follows it in the same element ("Posted: Sat Apr 12, 2003 9:14
 * pm" before "Post subject: Weathering a brass tender …": phpBB 2's subSilver prints both in one
 * `span.postdetails`): the line is that first text, 80 characters at most; the subject is no part of the time, and a
 * long one put the whole line past a date's length. Null when `el` opens otherwise.
 */
function labelledLead(el: Element): string | null {
  const first = el.firstChild;
  if (first?.nodeType !== 3 || !first.nextSibling) return null;
  const lead = clean(first.textContent);
  return lead.length <= 80 && TIME_LABEL.test(lead) && DATE_TEXT.test(lead) ? lead : null;
}
