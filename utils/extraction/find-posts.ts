import { namedDateLine, type NamedDate } from './dated-name-line';
import { DATE_TEXT } from './kind-text';
import { attributeNames, attributeOf } from './attribute-names';
import { byTag } from './tag-list';
import { DATE_ROW_TEXT, dateRow } from './date-row';
import { childElements, childList } from './child-elements';
import { isCardLine, isLabelledName } from './card-name';
import { POST_ITEMTYPE } from './post-itemtype';
import { isHiddenBox } from './hiding-class';
import { memoTest } from './memo-test';
import { trimmedLength } from './trimmed-length';
import { ownDateText } from './own-date';
import { rowPosts } from './row-posts';

/**
 * A link to a member's profile page (forum engines, Q&A sites, comment systems). Simple Machines Forum
 * separates its query parameters with ";" ("index.php?action=profile;u=261870"). A parameter whose value is an
 * address ("linkfilter/?u=https%3A%2F%2F…": a redirector in front of outside links) names no member. A page named
 * for members with the member in its query is one too (Hacker News' "user?id=pg", "users.php?name=…"), and so is
 * a member's number after the word (MyBB's "user-261.html", Discuz!'s "space-uid-41.html").
 */
export const PROFILE_HREF = new RegExp(
  '((^|/)(members?|users?|u|profiles?|people|authors?|user-profile|benutzer|membres?|usuarios?|utenti)/[^/?#]|' +
    '(^|/)(members?|users?|space-uid)-\\d+(\\.html?)?([?#]|$)|' +
    '[?&;](u|user|userid|member|uid|showuser)=(?!(https?|ftp)(:|%3a))|' +
    'action=profile\\b|member\\.php|memberlist\\.php\\?|' +
    '(^|/)(members?|users?|profiles?|people)(\\.(php|aspx?|cgi|pl))?\\?(id|name|username)=(?!(https?|ftp)(:|%3a))|' +
    'profile\\.php|/~[^/?#])',
  'i',
);

/**
 * A link to the site's sign-in, sign-up or password page ("/t5/user/userloginpage", "/users/sign_in",
 * "member.php?action=register"): the account box in every page's header, not a member's profile.
 */
const ACCOUNT_HREF = /(log-?_?in|log-?_?out|sign-?_?(in|up|out)|register|registration|password)/i;

/** True when `href` leads to a member's profile (see PROFILE_HREF), not to the sign-in page. */
export const isProfileHref = (href: string) => PROFILE_HREF.test(href) && !ACCOUNT_HREF.test(href);

/**
 * A link to a member's page by handle ("/@rjones", "/@mhollis@toot.example": Mastodon and the fediverse's servers)
 * whose text shows a name and then that handle ("R. Jones @rjones@plumbing.social"): a post's name link. A mention in
 * a post's text ("@rjones") is the text's, and a link to such an address that does not show the handle (an article's
 * author link on Medium, a YouTube channel) is no member's mark.
 */
const HANDLE_HREF = /\/@([\w.-]+)(@[\w.-]+)?\/?$/;

/** True when `a` (its address `href`) names a member by handle (see HANDLE_HREF). */
export function isHandleLink(a: Element, href: string): boolean {
  const m = HANDLE_HREF.exec(href);
  if (!m) return false;
  const text = (a.textContent ?? '').trim().toLowerCase();
  return !text.startsWith('@') && text.includes(`@${m[1].toLowerCase()}`);
}

/** Class words naming a post's author ("post-box-byline": a deleted member is printed without a profile link). */
const AUTHOR_CLASS = /(author|user-?name|user-?title|poster|member-?name|account-?name|nick|byline)/i;
/** AUTHOR_CLASS's answer per class string (see memoTest): the census and the post survey ask it of every element. */
const isAuthorClass = memoTest(AUTHOR_CLASS);

/** hCard's class word (microformats): a card of a person, a firm or a place. */
const HCARD = /(?:^|[\t\n\f\r ])vcard(?:[\t\n\f\r ]|$)/;
/** HCARD's answer per class string (see memoTest): the census asks it of every classed element. */
const isCardClass = memoTest(HCARD);
/** The parts of an hCard that make it a firm's or a place's card (a footer's address, an event's venue). */
const PLACE_PARTS = '.adr, .org, .street-address, .locality, .postal-code, .tel, .geo';

/**
 * True when `el` (its class string `cls`) is a person's hCard: `span.vcard` holding the name as `.fn`, and no part of
 * an address, a firm or a phone. Bugzilla prints each comment's writer so, and nothing else (`span.vcard >
 * a.email[href^=mailto] > span.fn` signed in, `span.vcard > span.fn` signed out: no profile link, no author class
 * word), and the bug's people in its fields (Reporter, Assignee). A blog's byline and a comment's writer that say
 * `author vcard` were author marks already; a firm's card in a page's footer (`div.vcard` with `.org`, `.adr`,
 * `.tel`) and an event's venue are not.
 */
export function isPersonCard(el: Element, cls: string): boolean {
  return isCardClass(cls) && el.querySelector('.fn') !== null && el.querySelector(PLACE_PARTS) === null;
}

/** The class word `name`, whole (imageboards' poster name: `span.name`). */
const NAME_WORD = /(?:^|[\t\n\f\r ])name(?:[\t\n\f\r ]|$)/;
/** NAME_WORD's answer per class string (see memoTest): the census and the post survey ask it of every element. */
const isNameClass = memoTest(NAME_WORD);
/** The inline boxes a poster's name may stand alone in before the time (a mailto link, 4chan's `span.nameBlock`). */
const NAME_WRAPPERS = new Set(['A', 'SPAN', 'B', 'STRONG', 'FONT', 'LABEL']);
/** Longest poster's name read beside its time (see isNameBesideTime). */
const NAME_BESIDE_TIME_TEXT = 40;

/**
 * True when `el` (its class string `cls`) is a poster's name printed right before the post's time: vichan (Tinyboard)
 * prints each post's header as `<label><span class="name">Anônimo</span> <time datetime="…">…</time></label>` (the
 * name in an `a.email` when the poster wrote "sage"), 4chan as `<span class="nameBlock"><span class="name">…</span>
 * </span> <span class="dateTime">…</span>`: no link to a member's page and no author class word (`name` alone names
 * a product, a field or a person in a list too), so no post carried an author mark and the thread was read as an
 * article with every header line in it. The class word `name` whole, a short line (40 characters at most) with a
 * letter that reads as no date, and the next element after it (or after the inline box it is the only element of, a
 * link or a span, two levels at most) is a `<time>` or a short line that reads as a date.
 */
export function isNameBesideTime(el: Element, cls: string): boolean {
  if (!isNameClass(cls)) return false;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > NAME_BESIDE_TIME_TEXT || !/\p{L}/u.test(text) || DATE_TEXT.test(text)) return false;
  let box: Element = el;
  for (let n = 0; n <= 2; n++) {
    const next = box.nextElementSibling;
    if (next) {
      if (next.tagName === 'TIME') return true;
      const t = (next.textContent ?? '').trim();
      return t.length <= 60 && /\d/.test(t) && DATE_TEXT.test(t);
    }
    const up = box.parentElement;
    if (!up || up.childElementCount !== 1 || !NAME_WRAPPERS.has(up.tagName)) return false;
    box = up;
  }
  return false;
}

/** Class tokens that are per-post state, not structure (zebra stripes, first/last, read state). */
const STATE_CLASS =
  /^(odd|even|first|last|alt\d*|bg\d|row\d|new|old|unread|read|active|selected|online|offline|is-.+|has-.+|js-.+)$/i;

/**
 * Class words of a layout grid and of layout utilities (Bootstrap's, Foundation's, Tailwind's: `row`, `container`,
 * `col`, `d-flex`, `flex-column`, `align-items-center`; sized ones such as `col-sm-9` or `gap-3` carry digits and are
 * left out of signatures already). A box named only by them is a cell of the page's layout, not a post: HyperKitty
 * prints its thread column and its month list as `div.row`s, each holding an author and a date, and NodeBB's page
 * columns, once `<main>` and `<nav>` are plain `<div>`s, share `d-flex flex-column` with its post boxes; such groups
 * outscored the posts. Drupal 6 spells its float clearer `clear-block` (Garland's page container, the box around the
 * page's content and each post's links box): as a group of two, the container and the content's box, one inside the
 * other and both opening with the first post's byline, it outscored a forum topic's posts.
 */
const LAYOUT_CLASS = new RegExp(
  '^(row|rows|col|cols|column|columns|container|container-fluid|clearfix|clear-block|grid|flex|relative|block|' +
    'd-[a-z-]+|flex-[a-z-]+|(align|justify)-(items|content|self)-[a-z]+|items-[a-z]+|justify-[a-z]+|' +
    '[wh]-(auto|full|100)|position-[a-z]+|overflow-[a-z]+|[mp][trblxyse]?-auto|text-(start|end|center|left|right))$',
  'i',
);

/** True when the signature's class words all name the layout (see LAYOUT_CLASS). */
const layoutOnly = (sig: string) => {
  const words = sig.split('.').slice(1);
  return words.length > 0 && words.every((w) => LAYOUT_CLASS.test(w));
};

/**
 * A spacing, grid or sizing utility of Bootstrap and Tailwind with its size (and a breakpoint before it): `ms-2`,
 * `col-md-8`, `mb-lg-3`, `gap-1.5`, `w-1/2`. Not any word with a number after a hyphen: `post-2` names a post.
 */
const SIZED_UTILITY = new RegExp(
  '^([mp][trblxyse]?|col|offset|order|g[xy]?|gap|gap-[xy]|row-cols|[wh]|fs|lh|z|space-[xy])' +
    '(-(sm|md|lg|xl|xxl))?-\\d+([./]\\d+)?$',
  'i',
);

/**
 * True when a box's class words are all sized utilities (Bootstrap's `ms-2`, `col-12 col-md-8 mb-3`, Tailwind's `p-4`:
 * SIZED_UTILITY; words with digits are left out of signatures, so its signature is its tag alone). Such a signature
 * names no part of the page: it groups every column, margin box and side card printed with spacing utilities, and on a
 * page whose landmarks and `<article>`s are plain `<div>`s that group (the thread's column, the opening post, the
 * community's side card, each comment's inner box) outscored the comments. A custom element's tag is a name
 * (`shreddit-comment`); a box classed by state words (`odd`, `alt1`) or by other words with digits (`scale0`, `post-2`)
 * keeps its tag's group.
 */
function sizedOnly(sig: string, tag: string, cls: string | null): boolean {
  if (sig.length > tag.length + 1 || tag.includes('-') || !cls) return false;
  const words = cls.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SIZED_UTILITY.test(w));
}

/**
 * True when `g` is a page's box and the thread's box inside it, named by their tag alone (class words with digits or
 * state words only, see signature): Something Awful prints its page in `div#usergroup.145` and the thread in
 * `div#thread.thread:2803713`, each with the posts' names and dates; as a group of two posts the pair outscored the
 * thread's posts (the page's menus and pager counted as the first one's text). Two members, one inside the other, the
 * inner one holding every member of another scoring group of three or more. A comment and its one reply nested in it
 * hold no such group; a chain of replies to replies is more than two.
 */
function wrapperPair(g: Group, groups: Group[]): boolean {
  if (g.posts.length !== 2 || !signature(g.posts[0]).endsWith('.')) return false;
  const [a, b] = g.posts;
  const inner = a.contains(b) ? b : b.contains(a) ? a : null;
  return !!inner && groups.some((h) => h !== g && h.posts.length >= 3 && h.posts.every((p) => inner.contains(p)));
}

/** An id made of a word and a number (the word: the group's name). */
const NUMBERED_ID = /^([a-z][a-z_-]*?)[-_]?\d{2,}$/i;

/** The element's structural signature: tag and class words (digits and state tokens left out). */
export function signature(el: Element, tag = el.tagName): string {
  const cls = (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((c) => c && !STATE_CLASS.test(c) && !/\d/.test(c))
    .sort();
  return `${tag}.${cls.join('.')}`;
}

/** What one walk learns about an element: its non-link text, and whether it shows a date or an author. */
interface Info {
  text: number;
  date: boolean;
  author: boolean;
}

function isDateEl(el: Element, names: readonly string[], tag = el.tagName): boolean {
  return (
    tag === 'TIME' ||
    names.includes('datetime') ||
    /^date(Published|Created)$/.test(attributeOf(el, names, 'itemprop') ?? '') ||
    (names.includes('title') && isTooltipDate(el, attributeOf(el, names, 'title') ?? ''))
  );
}

/** Longest text of a post's age whose date is in its tooltip ("2y", "3 mo", "5 days"). */
const AGE_TEXT = 12;

/**
 * True when `el` shows a post's short age and its `title` tooltip the date ("2y" under `<span title="August 14, 2023 -
 * 12:00am">`: a Drupal forum's comments; the tooltip is all a stored page keeps of the date once a script printed the
 * age): a title that reads as a date, over a short text with a digit that does not.
 */
export function isTooltipDate(el: Element, title: string): boolean {
  if (title.length > 80 || !/\d/.test(title) || !DATE_TEXT.test(title)) return false;
  const text = (el.textContent ?? '').trim();
  return text.length > 0 && text.length <= AGE_TEXT && /\d/.test(text);
}

/**
 * A mark of who wrote a post: a profile link, `itemprop`/`rel` author, a `data-username`/`data-author`
 * attribute (engines whose name links open a menu, not a page), an author-like class word.
 */
export function isAuthorEl(el: Element, names = attributeNames(el), tag?: string): boolean {
  if (!names.length) return false;
  if ((tag ?? el.tagName) === 'A') {
    const href = attributeOf(el, names, 'href') ?? '';
    if (isProfileHref(href) || isHandleLink(el, href)) return true;
  }
  if (attributeOf(el, names, 'itemprop') === 'author' || attributeOf(el, names, 'rel') === 'author') return true;
  if (names.includes('data-username') || names.includes('data-author')) return true;
  const cls = attributeOf(el, names, 'class');
  return !!cls && (isAuthorClass(cls) || isPersonCard(el, cls) || isNameBesideTime(el, cls));
}

/** Measures every element under root once (text, date, author) and groups them by signature. */
function survey(root: Element) {
  const info = new Map<Element, Info>();
  const bySig = new Map<string, Element[]>();
  const typed: Element[] = [];
  // Empty named anchors with a post's number (see anchoredPosts), read only when no group of classed posts scores.
  const anchors: Element[] = [];
  // Class-less table rows that carry a member's mark (see rowPosts), read only when nothing else scores.
  const rows: Element[] = [];
  const add = (sig: string, el: Element) => {
    const list = bySig.get(sig);
    if (list) list.push(el);
    else bySig.set(sig, [el]);
  };
  // Each element's tag name is read once, by its parent (in jsdom `tagName` builds a new string per read).
  const walk = (el: Element, link: boolean, tag: string): Info => {
    const names = attributeNames(el);
    const me: Info = { text: 0, date: isDateEl(el, names, tag), author: isAuthorEl(el, names, tag) };
    const inLink = link || tag === 'A';
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        if (!inLink) me.text += trimmedLength((c as Text).data);
      } else if (c.nodeType === 1) {
        const childTag = (c as Element).tagName;
        if (childTag === 'SCRIPT' || childTag === 'STYLE' || childTag === 'TEMPLATE') continue;
        const ci = walk(c as Element, inLink, childTag);
        me.text += ci.text;
        me.date ||= ci.date;
        me.author ||= ci.author;
      }
    }
    // A short line that reads as a date ("Mar 27, 2025", "3 hours ago") counts as the post's time. So does a box's own
    // text beside its links, when the box has more children than such a line may (see ownDateText). The line is
    // measured without the spaces around it: a template that indents every line (AskBot's Django templates print
    // `<abbr class="timeago">` with the date alone on its line, 30 spaces before and after) made a date of 25
    // characters a text of 87, and no post of the page had a date.
    if (!me.date && childElements(el, 3) <= 2) {
      const t = el.textContent ?? '';
      if ((t.length <= 80 || trimmedLength(t) <= 80) && /\d/.test(t) && DATE_TEXT.test(t)) me.date = true;
    } else if (!me.date && me.text && me.text <= 80 && ownDateText(el) !== null) me.date = true;
    // A member's date line in a user card ("Registered: 2021-03-02" under the name) shows that a member wrote the
    // post, when no link or class word says so (see cardName).
    if (!me.author && me.text && me.text <= 80 && isCardLine(el)) me.author = true;
    // A name after a name label ("Name" before an imageboard's poster name), when no link or class word marks it.
    if (!me.author && el.previousSibling?.nodeType === 3 && isLabelledName(el)) me.author = true;
    info.set(el, me);
    if (POST_ITEMTYPE.test(attributeOf(el, names, 'itemtype') ?? '')) typed.push(el);
    if (tag === 'A' && !el.firstChild && POST_ANCHOR.test(attributeOf(el, names, 'name') ?? '')) anchors.push(el);
    if (tag === 'TR' && me.author && !names.includes('class')) rows.push(el);
    // A custom element's tag names its part without class words (Reddit's `shreddit-comment`). A box named only by
    // sized utilities (`ms-2`, `col-12 mb-3`: words with digits, left out of signatures) has no name (see sizedOnly).
    if (el.firstElementChild && (names.includes('class') || tag.includes('-'))) {
      const sig = signature(el, tag);
      if (!sizedOnly(sig, tag, attributeOf(el, names, 'class'))) add(sig, el);
    }
    // Numbered ids ("post2017066", "p2270718") group posts whose class words they share with other boxes
    // (vBulletin's "tborder" tables are also its page tools).
    const numbered = el.firstElementChild ? NUMBERED_ID.exec(attributeOf(el, names, 'id') ?? '') : null;
    if (numbered) add(`${tag}#${numbered[1]}`, el);
    return me;
  };
  walk(root, false, root.tagName);
  return { info, bySig, typed, anchors, rows };
}

/** The name of an empty anchor that marks where a post starts: its number ("1234", "post770030", "p12"). */
const POST_ANCHOR = /^(p|post|msg|m|entry|reply)?\d{2,}$/i;

/**
 * The posts of a page that names no part of them, each found by the empty anchor its engine prints where the post
 * starts (the fragment a "#1234" link jumps to): the outermost box around an anchor that holds no other anchor,
 * mapped to that anchor. vBulletin 2 prints each post as a class-less `<table>` (the member's name in a `<b>`,
 * "Registered: …" under it, the date and the profile icons in a second row) opened by `<a name="post770030">`; phpBB
 * 2's subSilver style prints each as a class-less `<tr>` whose pane cell opens with `<a name="1234">`. Their class
 * words are zebra words or none, so no group of look-alike classed elements was found, and the page fell to its
 * region. Two anchors or more, each box class-less (a classed box has its own group). Read only when no classed group
 * scores.
 */
function anchoredPosts(anchors: Element[]): Map<Element, Element> {
  const out = new Map<Element, Element>();
  if (anchors.length < 2) return out;
  const held = new Map<Element, number>();
  for (const a of anchors) for (let p = a.parentElement; p; p = p.parentElement) held.set(p, (held.get(p) ?? 0) + 1);
  for (const a of anchors) {
    let box: Element = a;
    while (box.parentElement && held.get(box.parentElement) === 1) box = box.parentElement;
    if (box === a || box.hasAttribute('class') || out.has(box)) return new Map();
    out.set(box, a);
  }
  return out;
}

/** Longest member's name printed at a post's anchor. */
const ANCHOR_NAME_TEXT = 40;

/**
 * The member's name printed right after a post's anchor (see anchoredPosts), the first thing the post shows: phpBB
 * 2's subSilver style and the styles drawn from it print `<span class="name"><a name="1234"></a><b>name</b></span>`
 * (or the name as the span's text), vBulletin 2 `<a name="post770030"></a><font><b>name</b></font><br>`; neither
 * links the name (the profile link stands in the post's next row, or among the icons under the text), so the posts
 * carried no author mark and the thread was not found, or printed without its writers. The first element after the
 * anchor (line breaks and blank text skipped), or the anchor's box when the name is text beside it, when its text
 * is one short line that reads as no date and no labelled line ("Posts: 31"). Null otherwise.
 */
export function anchorName(anchor: Element): Element | null {
  let n = anchor.nextSibling;
  while (n && (n.nodeType === 8 || (n.nodeType === 3 && !squash(n.textContent)) || (n as Element).tagName === 'BR'))
    n = n.nextSibling;
  const box = !n ? null : n.nodeType === 1 ? (n as Element) : n.nodeType === 3 ? anchor.parentElement : null;
  // The anchor's own box holds the anchor: no other anchor, picture or block.
  const anchors = box?.querySelectorAll('a[name]').length ?? 0;
  if (!box || anchors > (box.contains(anchor) ? 1 : 0) || box.querySelector('img, table, p, div')) return null;
  const text = squash(box.textContent);
  return text && text.length <= ANCHOR_NAME_TEXT && !DATE_TEXT.test(text) && !/:\s*\S/.test(text) ? box : null;
}

/**
 * True when a line of `box` opens with its date and goes on past the 80 characters a date's line may hold (see the
 * walk in survey): phpBB 2 prints "Posted: Thu May 01, 2003 3:42 pm" and "Post subject: …" in one
 * `span.postdetails`, so a post with a long subject showed no date. An element of two child elements at most whose
 * first text (80 characters at most, with a digit) reads as a date.
 */
function opensDated(box: Element): boolean {
  return byTag(box, '*').some((el) => {
    const first = el.firstChild;
    if (first?.nodeType !== 3 || childElements(el, 3) > 2) return false;
    const t = squash(first.textContent);
    return t.length <= 80 && /\d/.test(t) && DATE_TEXT.test(t);
  });
}

/** The name printed at each anchored post's anchor (see anchorName), for the post's byline and its text. */
export const anchorNames = new WeakMap<Element, Element>();

interface Group {
  posts: Element[];
  score: number;
  /** The posts' own text (characters outside links). */
  text: number;
}

/** Elements in page order with their own text (text of nested members taken out). */
function ownTexts(els: Element[], info: Map<Element, Info>): Map<Element, number> {
  const set = new Set(els);
  const own = new Map(els.map((e) => [e, info.get(e)?.text ?? 0]));
  for (const el of els) {
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (set.has(p)) {
        own.set(p, own.get(p)! - (info.get(el)?.text ?? 0));
        break;
      }
    }
  }
  return own;
}

/**
 * True when the post's date stands in the row printed before it (see dateRow); the walk's measures rule out most
 * rows first (no date, an author, a long text), so the row is read only when it may be one.
 */
function rowDated(post: Element, info: Map<Element, Info>): boolean {
  const row = post.previousElementSibling;
  const i = row && info.get(row);
  return !!i && i.date && !i.author && i.text <= DATE_ROW_TEXT && !!dateRow(post, (el) => isAuthorEl(el));
}

/** Longest text of a post's byline box (a member's name and title). */
const BYLINE_TEXT = 80;

/** The signatures from `post`'s child down to `el`: where a box stands in the post, and in what shape. */
function pathIn(el: Element, post: Element): string {
  const parts: string[] = [];
  for (let p: Element | null = el; p && p !== post; p = p.parentElement) parts.push(signature(p));
  return parts.reverse().join('>');
}

/**
 * Posts without an author mark that print a name where the others print a linked one (a deleted member's "Former
 * Member", in the byline box of every post): the classed boxes around each marked post's author mark, up to the post,
 * while their text stays within 80 characters and holds no date, give their place in the post (the signatures from
 * the post down to them); an unmarked post with a box in one of those places, with text and no date, counts as
 * authored. Returns how many.
 */
function bylineAuthored(posts: Element[], info: Map<Element, Info>): number {
  const places = new Set<string>();
  for (const p of posts) {
    if (!info.get(p)?.author) continue;
    const mark = byTag(p, '*').find((el) => isAuthorEl(el));
    for (let el = mark?.parentElement; el && el !== p; el = el.parentElement) {
      if (info.get(el)?.date || squash(el.textContent).length > BYLINE_TEXT) break;
      if (el.hasAttribute('class')) places.add(pathIn(el, p));
    }
  }
  const byline = (el: Element, post: Element) => {
    if (!el.hasAttribute('class') || info.get(el)?.date) return false;
    const text = squash(el.textContent);
    return !!text && text.length <= BYLINE_TEXT && places.has(pathIn(el, post));
  };
  return posts.filter((p) => !info.get(p)?.author && byTag(p, '*').some((el) => byline(el, p))).length;
}

/** The name and date each post's header line prints, for posts with no other mark (see headerAuthored). */
export const headerNames = new WeakMap<Element, NamedDate>();

/**
 * Posts without an author mark whose first element is a header line printing a name and a dated clock time (see
 * namedDateLine: a generated archive's `<h4>` "#81346 - Crs - Fri Apr 28, 2006 4:23 pm" over the text), with more of
 * the post's text after it than in it. The walk's measures rule out most first children (no date, a long text) before
 * the line's parts are read. Returns how many; records each post's name and date (see headerNames).
 */
function headerAuthored(posts: Element[], info: Map<Element, Info>): number {
  let n = 0;
  for (const p of posts) {
    const line = p.firstElementChild;
    const i = line && info.get(line);
    const whole = info.get(p);
    if (!line || !i || !whole || i.author || !i.date || !i.text || whole.text < i.text * 2) continue;
    const named = namedDateLine(line);
    if (!named) continue;
    headerNames.set(p, named);
    n++;
  }
  return n;
}

/** Scores look-alike elements as the posts of a thread (0 when they are not). */
function scoreGroup(els: Element[], info: Map<Element, Info>, typed: boolean, run = false): Group {
  const own = ownTexts(els, info);
  // A member nested in another stays only when it has text of its own (a reply), not as a wrapper part.
  const posts = els.filter((e) => own.get(e)! > 0);
  if (posts.length < (typed ? 1 : 2)) return { posts, score: 0, text: 0 };
  let text = 0;
  let dated = 0;
  let authored = 0;
  let filled = 0;
  for (const p of posts) {
    const i = info.get(p)!;
    text += own.get(p)!;
    if (own.get(p)! >= 10) filled++;
    if (i.date || rowDated(p, info)) dated++;
    if (i.author) authored++;
  }
  const share = (x: number) => x / posts.length;
  if (!typed && authored && share(authored) < 0.5) authored += bylineAuthored(posts, info);
  if (!typed && dated && share(authored) < 0.5) authored += headerAuthored(posts, info);
  if (share(filled) < 0.6 || (!typed && (share(dated) < 0.6 || share(authored) < 0.5))) {
    // The run is scored as a group of its own, once (see markedRun).
    const marked = typed || run || !dated || !authored ? null : markedRun(posts, info, own, text);
    return marked ? scoreGroup(marked, info, false, true) : { posts, score: 0, text };
  }
  return { posts, score: text * (share(dated) + share(authored)), text };
}

/** Most characters of its own text a member beside the run may hold (a bar of links, a "Who is online" box). */
const BAR_TEXT = 300;

/**
 * The posts of a group whose other members are the page's bars in the posts' shape: phpBB's subsilver2 style prints
 * each post as a `table.tablebg`, and the breadcrumbs, the "Previous topic • Next topic" bar, the pager and "Who is
 * online" as tables of that class too, so seven posts of twelve tables were under the 0.6 share of dated members and
 * no thread was found. The members with an author and a date (their own or their header row's, see rowDated) when
 * they stand in one unbroken run of the group (no other member between the first and the last of them), three or
 * more, and every other member is short (BAR_TEXT) and all of them together hold under a fifth of the run's text. A
 * list of cards of which some are dated has undated cards of the same size between or beside them.
 */
function markedRun(posts: Element[], info: Map<Element, Info>, own: Map<Element, number>, total: number) {
  const marked = (p: Element) => {
    const i = info.get(p)!;
    return i.author && (i.date || rowDated(p, info));
  };
  let first = -1;
  let last = -1;
  for (let k = 0; k < posts.length; k++) {
    if (!marked(posts[k])) continue;
    if (first < 0) first = k;
    else if (last !== k - 1) return null;
    last = k;
  }
  if (first < 0 || last - first < 2) return null;
  const run = posts.slice(first, last + 1);
  let runText = 0;
  for (const p of run) runText += own.get(p)!;
  for (let k = 0; k < posts.length; k++) if ((k < first || k > last) && own.get(posts[k])! > BAR_TEXT) return null;
  return (total - runText) * 5 < runText ? run : null;
}

/** A table's rows and cells: the parts a table engine prints a post's header in, beside or above its text. */
const TABLE_PARTS = new Set(['TR', 'TD', 'TH']);

/**
 * The posts without their header rows: a table engine prints each post as rows of one signature (phpBB's subsilver2
 * style: a row with the author and "Posted: …", then a row with the user card and the text), so the group holds
 * both. A member is a header row when the next element is a member with more text and it is short (160 characters
 * or less) and carries an author and a date; the post's header takes them from it (see dateRow). Only when half of
 * the posts or more stand after one. A box that is not a table's row or cell, before a member that prints a date of
 * its own, is a short post, not a header row: Bugzilla 5 prints each comment as a `div.bz_comment` with its writer
 * and time, and a comment of one line ("Pull request: <link>") before a long one went as the long one's header row.
 */
function withoutHeaderRows(posts: Element[], info: Map<Element, Info>): Element[] {
  const set = new Set(posts);
  const rows = new Set<Element>();
  for (const p of posts) {
    const next = p.nextElementSibling;
    const i = info.get(p);
    const n = next && set.has(next) ? info.get(next) : null;
    if (!i || !n || !i.author || !i.date || i.text > DATE_ROW_TEXT || n.text <= i.text * 2) continue;
    // A box (not a table's row or cell) before a member that prints its own date is a post of its own.
    if (TABLE_PARTS.has(p.tagName) || !n.date) rows.add(p);
  }
  const rest = posts.filter((p) => !rows.has(p));
  return rows.size * 2 >= rest.length && rest.length >= 2 ? rest : posts;
}

/** Class words of a signature ("DIV.post.post-box" → post, post-box). */
const sigWords = (sig: string) => sig.split('.').slice(1);

/** The deepest element holding all of `els`. */
function commonAncestor(els: Element[]): Element | null {
  let anc: Element | null = els[0]?.parentElement ?? null;
  while (anc && !els.every((e) => anc!.contains(e))) anc = anc.parentElement;
  return anc;
}

/**
 * The thread's opening post when the engine marks it with class words of its own
 * ("post-box h-original-topic-post" above replies' "post-box h-reply-post-box"): an element before the
 * first post, inside the block that holds the posts, of the posts' tag, sharing half their class
 * words, with a date or an author and text of its own. Its signature differs, so its group is another.
 */
function openingPost(posts: Element[], info: Map<Element, Info>, bySig: Map<string, Element[]>): Element | null {
  const anc = commonAncestor(posts);
  const first = posts[0];
  if (!anc || !first) return null;
  const sig = signature(first);
  const words = new Set(sigWords(sig));
  if (!words.size) return null;
  for (const [other, els] of bySig) {
    if (other === sig || !other.startsWith(`${first.tagName}.`)) continue;
    const shared = sigWords(other).filter((w) => words.has(w)).length;
    if (shared * 2 < words.size) continue;
    for (const el of els) {
      if (!anc.contains(el) || !(el.compareDocumentPosition(first) & 4)) continue;
      if (posts.some((p) => p.contains(el) || el.contains(p))) continue;
      const i = info.get(el);
      if (i && (i.date || i.author) && i.text >= 10) return el;
    }
  }
  return null;
}

/** Class words a post may carry beyond its group's: a mark of who wrote it or of its state. */
const MODIFIER_WORDS = 2;

/**
 * Posts of the group printed with a modifier class word of their own: bbPress adds `topic-author` to the replies of
 * the topic's starter, Invision 4 `ipsComment_highlighted` to a staff member's. Their signature differs, so they
 * form another group, too small to count (one reply of the starter's) or scored apart, and the thread lost them.
 * Elements beside the posts (see besidePosts), of their tag, with every class word of theirs and at most two more, an
 * author and text of their own. Or with all but one of their class words (two or more) and at most two more, and a
 * date (its own or its header row's, see rowDated): a state word the signature keeps when no list names it (a zebra
 * stripe, bbPress's `odd` on some posts where the others print `even`), as every such word is once class names are
 * hashed.
 */
function modifiedPosts(posts: Element[], info: Map<Element, Info>, bySig: Map<string, Element[]>): Element[] {
  const first = posts[0];
  const sig = first ? signature(first) : '';
  const words = sigWords(sig);
  if (!words.length) return [];
  const beside = besidePosts(posts);
  const out: Element[] = [];
  for (const [other, els] of bySig) {
    if (other === sig || !other.startsWith(`${first.tagName}.`)) continue;
    const more = sigWords(other);
    const missing = words.filter((w) => !more.includes(w)).length;
    if (more.length > words.length + MODIFIER_WORDS || missing > (words.length >= 2 ? 1 : 0)) continue;
    for (const el of els) {
      const i = info.get(el);
      // A box lacking a word of the posts' is a post only with a date of its own too (Flarum's reply box at the foot,
      // `article.Post.ReplyPlaceholder` beside `article.Post.CommentPost`, prints the reader's name and no date).
      if (i && i.author && i.text >= 10 && (!missing || i.date || rowDated(el, info)) && beside(el)) out.push(el);
    }
  }
  return out;
}

/**
 * Tells an element that stands where the posts stand: under one of their parents, or, where each post stands alone in
 * a box of its own (PunBB's `div.post` around its header, `div.postbody` and footer), in a box of that tag under one
 * of those boxes' parents.
 */
function besidePosts(posts: Element[]): (el: Element) => boolean {
  const count = new Map<Element | null, number>();
  for (const p of posts) count.set(p.parentElement, (count.get(p.parentElement) ?? 0) + 1);
  const boxes = new Set<Element | null>();
  const tags = new Set<string>();
  for (const [box, n] of count) {
    if (!box || n !== 1) continue;
    boxes.add(box.parentElement);
    tags.add(box.tagName);
  }
  return (el) => {
    const box = el.parentElement;
    return count.has(box) || (!!box && tags.has(box.tagName) && boxes.has(box.parentElement));
  };
}

/** Elements in page order. */
const inPageOrder = (els: Element[]) => els.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));

/**
 * Signatures of the blocks that hold a post's text: inside the post, classed, with no author or date, holding
 * 60 % of the post's own text or more ("Item-Body", "Message userContent"; "comment-content", "md-div").
 * Only those that half of the posts or more share.
 */
function bodySignatures(posts: Element[], info: Map<Element, Info>): Set<string> {
  const count = new Map<string, number>();
  for (const p of posts) {
    const own = info.get(p)?.text ?? 0;
    const seen = new Set<string>();
    for (const el of byTag(p, '*')) {
      const i = info.get(el);
      if (!i || i.date || i.author || !el.hasAttribute('class') || i.text < own * 0.6 || i.text < 10) continue;
      seen.add(signature(el));
    }
    for (const s of seen) count.set(s, (count.get(s) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n * 2 >= posts.length).map(([s]) => s));
}

/**
 * The page's main landmark. Where the posts stand in one, their opening post does too: a box outside it is the page's
 * chrome (old Reddit's side column, `div.side` before `div.content[role=main]`, holds the community's description in
 * the posts' text block's shape, with its creator and date; with hashed class names no side class word tells it).
 */
const MAIN = 'main, [role="main"]';

/** Class and id words of a side column (old Reddit's `div.side`): its excerpts are not the thread's. */
const SIDE_CLASS = /(^|[-_ ])(side|sidebar|aside|rail)([-_ ]|$)/i;

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** True when `el` stands in a side column (an `<aside>`, a complementary landmark, a side class word) below `top`. */
function inSideColumn(el: Element, top: Element): boolean {
  for (let p: Element | null = el; p && p !== top; p = p.parentElement) {
    if (p.tagName === 'ASIDE' || p.getAttribute('role') === 'complementary') return true;
    if (SIDE_CLASS.test(`${p.getAttribute('class') ?? ''} ${p.id}`)) return true;
  }
  return false;
}

/**
 * The opening post when it shares no class word with the replies (Vanilla's `div.ItemDiscussion` above its
 * `li.ItemComment`s, Lemmy's `article#postContent` above its comments), found by its text block: the first
 * block before the first post, outside every post, with a signature of the posts' text blocks (see
 * bodySignatures), taken with the wrappers around it that hold no post and little else (its header: author,
 * date), when those carry an author or a date. Not a copy of a post's text (a hidden preview of the first
 * post), not in a side column (a community's description), and the block that holds it and the posts holds
 * little else.
 */
function openingByBody(posts: Element[], info: Map<Element, Info>, bySig: Map<string, Element[]>): Element | null {
  const first = posts[0];
  if (!first) return null;
  const size = (el: Element) => info.get(el)?.text ?? 0;
  const blocks: Element[] = [];
  for (const sig of bodySignatures(posts, info)) {
    for (const el of bySig.get(sig) ?? []) {
      if (!(el.compareDocumentPosition(first) & 4)) continue;
      if (size(el) >= 40 && !posts.some((p) => p.contains(el) || el.contains(p))) blocks.push(el);
    }
  }
  inPageOrder(blocks);
  const postText = posts.map((p) => squash(p.textContent));
  const block = blocks.find((b) => {
    const head = squash(b.textContent).slice(0, 200);
    return !postText.some((t) => t.includes(head)) && !inSideColumn(b, commonAncestor([b, first]) ?? b);
  });
  if (!block) return null;
  const limit = size(block) * 1.5 + 500;
  const holdsPost = (el: Element) => posts.some((q) => el.contains(q));
  let wrap = block;
  for (let p = block.parentElement; p && size(p) <= limit && !holdsPost(p); p = p.parentElement) wrap = p;
  const i = info.get(wrap);
  if (!i || !(i.author || i.date)) return null;
  const anc = commonAncestor([wrap, first]);
  const postsText = posts.reduce((s, p) => s + size(p), 0);
  return anc && size(anc) <= (size(wrap) + postsText) * 1.5 + 1000 ? wrap : null;
}

/** Levels above the posts' common block searched for the thread's head (see openingBefore). */
const HEAD_LEVELS = 3;
/** Characters of its own text the head's text block needs (a topic's title line is not a post). */
const HEAD_TEXT = 150;

/**
 * The opening post printed as the thread's head, apart from the posts and in no shape of theirs (Hacker News'
 * `table.fatitem` above its `table.comment-tree`, Steam's `forum_op` above its comment area): the first block with
 * text before the posts' common block or one of its nearest ancestors (a short bar without author or date, a count
 * of comments, passed over), when it carries an author and a
 * date, holds no post, is not in a side column, and a text block of its own (no author or date inside, 150
 * characters or more outside links, half of the head's text) that no post repeats. A topic's title bar ("Thread
 * starter … Start date …") has no such block.
 */
function openingBefore(posts: Element[], info: Map<Element, Info>, articleLabel: boolean): Element | null {
  const bodyOf = (head: Element, text: number) =>
    byTag(head, '*').find((el) => {
      const b = info.get(el);
      return !!b && !b.author && !b.date && b.text >= HEAD_TEXT && b.text * 2 >= text;
    });
  const repeated = (body: Element) => {
    const text = squash(body.textContent).slice(0, 200);
    return posts.some((p) => squash(p.textContent).includes(text));
  };
  // Passed over: boxes without text, and a copy of a reply printed above the replies (Apple's "Top-ranking reply",
  // Google's "Recommended Answer": an author, a date and a text block that a post repeats); the head stands before.
  const passed = (el: Element) => {
    const i = info.get(el);
    if (!i?.text) return true;
    const body = i.author && i.date ? bodyOf(el, i.text) : undefined;
    return !!body && repeated(body);
  };
  let level = commonAncestor(posts);
  for (let n = 0; level && level.parentElement && n < HEAD_LEVELS; n++, level = level.parentElement) {
    let head = level.previousElementSibling;
    while (head && passed(head)) head = head.previousElementSibling;
    if (!head) continue;
    const i = info.get(head)!;
    // A bar above the posts ("Showing 1-4 of 4 comments", a sort menu) is passed over: the head may stand before it.
    if (!i.author && !i.date && i.text < HEAD_TEXT) continue;
    if (!i.author || !i.date || inSideColumn(head, head.parentElement ?? head)) return null;
    // A blog post above its comments is an article, not a thread's head: an `<article>`, or on a page labelled
    // og:type=article a head holding the page's `<h1>`. A community post's head holds its `<h1>` too (Zendesk's
    // `div.post` above `section.comment-section`), on a page labelled a website.
    if (head.tagName === 'ARTICLE' || byTag(head, 'article').length || (articleLabel && byTag(head, 'h1').length))
      return null;
    return bodyOf(head, i.text) ? head : null;
  }
  return null;
}

/**
 * Tells the elements that neither are in one of `posts` nor hold one (`!posts.some((p) => p.contains(el) ||
 * el.contains(p))`), from two sets made once: the posts with everything in them, and their ancestors. Asked of every
 * element around a thread, the question per post made a thread of 400 posts take 20 s in holdingPost alone.
 */
function apartFrom(posts: Element[]): (el: Element) => boolean {
  const inside = new Set<Element>();
  const above = new Set<Element>();
  for (const p of posts) {
    if (inside.has(p)) continue;
    inside.add(p);
    for (const el of byTag(p, '*')) inside.add(el);
  }
  for (const p of posts) for (let up = p.parentElement; up && !above.has(up); up = up.parentElement) above.add(up);
  return (el) => !inside.has(el) && !above.has(el);
}

/**
 * The post the posts are replies to, when they stand inside it in no shape of theirs (Microsoft Q&A prints the comments
 * on its one answer as `li.comment`s in the answer's `li.answer`): the nearest of the posts' common block and its
 * ancestors (three levels above it at most) with, outside the posts, an author, a date and a text block of its own
 * (no author or date inside, 150 characters or more outside links, half of that text), spread over its children (a
 * child that holds them all is a post of its own beside the posts: the page's column holds the question and its
 * answers). Not on a page labelled og:type=article, not an `<article>`, not a box holding the page's `<h1>` (a blog
 * post above its comments), not in a side column.
 */
function holdingPost(posts: Element[], info: Map<Element, Info>, articleLabel: boolean): Element | null {
  if (articleLabel) return null;
  const apart = apartFrom(posts);
  let level = commonAncestor(posts);
  for (let n = 0; level && level.parentElement && n <= HEAD_LEVELS; n++, level = level.parentElement) {
    const own = byTag(level, '*').filter(apart);
    const mark = (key: 'author' | 'date') => own.some((el) => info.get(el)?.[key]);
    if (!mark('author') || !mark('date')) continue;
    if (level.tagName === 'ARTICLE' || byTag(level, 'article').length || byTag(level, 'h1').length) return null;
    if (inSideColumn(level, level.parentElement ?? level)) return null;
    // A block beside the posts that is a whole post by itself (a question, Hacker News' head, a topic's opening post)
    // makes `level` the page's column, not a post: its author, date and text stand in one child, not across them.
    const whole = (c: Element) => {
      const i = info.get(c);
      return !!i && i.author && i.date && i.text >= HEAD_TEXT;
    };
    if (childList(level).some((c) => apart(c) && whole(c))) return null;
    const ownText = (info.get(level)?.text ?? 0) - posts.reduce((t, p) => t + (info.get(p)?.text ?? 0), 0);
    // An imageboard's opening post, named after a name label as its replies are (see isLabelledName), may be a line
    // under the board's notices.
    const labelled = own.some((el) => info.get(el)?.author && isLabelledName(el));
    const body = own.some((el) => {
      const b = info.get(el);
      return !!b && !b.author && !b.date && (labelled ? b.text > 0 : b.text >= HEAD_TEXT && b.text * 2 >= ownText);
    });
    return body ? level : null;
  }
  return null;
}

/**
 * The text block of a post printed after it, outside it, by post (see bodyAfter); read by the thread's copy
 * (`threadElement`), which adds the block to the post's text.
 */
export const bodiesAfter = new WeakMap<Element, Element>();

/**
 * The text of the thread's opening post printed after it, outside it: Lobsters prints a story's title and byline as
 * `ol.stories > li.story > … div.details` (the shape of each comment's box) and the story's text as the next block,
 * `div.story_content`, beside the comment tree. The first post qualifies when its own text (outside links and nested
 * posts) is under 150 characters and under a third of the other posts' middle one (the others carry their text, it
 * only its title and byline); the block is the first with text after the post's branch of the posts' common block:
 * no author, no date, no post inside, 150 characters or more outside links, not in a side column, not repeated by a
 * post. A group of bylines (each post's text outside its box) has no such middle text.
 */
function bodyAfter(posts: Element[], info: Map<Element, Info>): Element | null {
  if (posts.length < 3) return null;
  const own = ownTexts(posts, info);
  const [first, ...rest] = posts;
  const texts = rest.map((p) => own.get(p) ?? 0).sort((a, b) => a - b);
  const middle = texts[Math.floor(texts.length / 2)];
  const firstText = own.get(first) ?? 0;
  if (firstText >= HEAD_TEXT || firstText * 3 >= middle) return null;
  const anc = commonAncestor(posts);
  let branch = first;
  while (branch.parentElement && branch.parentElement !== anc) branch = branch.parentElement;
  if (!anc || rest.some((p) => branch.contains(p))) return null;
  let next = branch.nextElementSibling;
  // A box the reader does not see (NodeBB's "This topic has been deleted…" notice, `div.alert … hidden`) is no text.
  while (next && (!info.get(next)?.text || isHiddenBox(next))) next = next.nextElementSibling;
  const i = next && info.get(next);
  if (!next || !i || i.author || i.date || i.text < HEAD_TEXT || posts.some((p) => next!.contains(p))) return null;
  const head = squash(next.textContent).slice(0, 200);
  if (posts.some((p) => squash(p.textContent).includes(head)) || inSideColumn(next, anc)) return null;
  return next;
}

/**
 * The members of the groups printed beside `g`'s posts in their kind: the same tag under the same parents, with class
 * words that are some of the posts' own, or theirs and at most two more (see modifiedPosts). NodeBB prints the topic
 * owner's replies `li.topic-owner-post` and the others `li.pt-4` in one list: once class names are hashed (a word
 * with a digit leaves the signature) they are two groups, each under 0.7 of the page's layout boxes around them
 * (hashed too, and `<main>` a `<div>` without landmarks), together more (fixture forum-hashed-nodebb).
 */
function kinGroups(g: Group, groups: Group[]): Element[] {
  const first = g.posts[0];
  if (!first) return [];
  const words = sigWords(signature(first)).filter(Boolean);
  const parents = new Set(g.posts.map((p) => p.parentElement));
  const out: Element[] = [];
  for (const h of groups) {
    if (h === g || h.posts[0]?.tagName !== first.tagName) continue;
    const other = sigWords(signature(h.posts[0])).filter(Boolean);
    const fewer = other.every((w) => words.includes(w));
    const more = other.length <= words.length + MODIFIER_WORDS && words.every((w) => other.includes(w));
    if (fewer || more) out.push(...h.posts.filter((p) => parents.has(p.parentElement)));
  }
  return out;
}

/** Most rows of one post's table that are its parts (its pane and text, its date and links; a header row). */
const POST_ROWS = 3;

/**
 * True when `g`'s members are the rows of the tables of another group that scores (`tables`): Something Awful prints
 * each post as a `table.post` of two rows, the member's pane and the text, then the date beside the profile links, each
 * row with a name link and a date (the member's "?" link to their posts, the registration date in the pane). The rows
 * are the post's parts, not posts: each table holds three at most, and each is a row of that table itself. A table
 * that holds the thread's posts as its rows holds more.
 */
function postRows(g: Group, tables: Set<Element>): boolean {
  if (!tables.size || g.posts[0]?.tagName !== 'TR') return false;
  const held = new Map<Element, number>();
  for (const row of g.posts) {
    const table = row.closest('table');
    if (!table || !tables.has(table)) return false;
    held.set(table, (held.get(table) ?? 0) + 1);
  }
  return [...held.values()].every((n) => n <= POST_ROWS);
}

/**
 * The best-scoring group, or a group of finer units inside it: blocks that each hold several members of
 * another group (a thread's block and a "similar threads" block, each with dates and authors inside)
 * are wrappers, and the members they hold are the posts when they score at least 0.7 of the wrappers, alone or
 * with the groups of their kind beside them (`whole`, see kinGroups): then those are posts too.
 */
function finestGroup(groups: Group[], whole: (g: Group) => Group = (g) => g): Group {
  const empty: Group = { posts: [], score: 0, text: 0 };
  // The rows of a group of posts' tables are those posts' parts (see postRows): no group of posts of their own.
  const tables = new Set(groups.flatMap((g) => (g.posts[0]?.tagName === 'TABLE' ? g.posts : [])));
  if (tables.size) groups = groups.filter((g) => !postRows(g, tables));
  let best = groups.reduce((a, g) => (g.score > a.score ? g : a), empty);
  // Each step goes to a group nested in the last (a few levels at most); the bound only guards odd pages.
  for (let changed = true, steps = 0; changed && steps < 8; steps++) {
    changed = false;
    for (const g of groups) {
      // Weighed alone first (cheap); with the groups beside it (see kinGroups) a group weighs a few times as much at
      // most.
      if (g === best || g.score * 4 < best.score * 0.7) continue;
      const holds = best.posts.some((p) => g.posts.filter((q) => q !== p && p.contains(q)).length >= 2);
      const finer = !holds ? null : g.score >= best.score * 0.7 ? g : whole(g);
      if (finer && finer.score >= best.score * 0.7) {
        best = finer;
        changed = true;
        break;
      }
    }
  }
  return best;
}

/**
 * The posts of a thread, in page order: the largest group of look-alike elements (same tag and class
 * words) that each carry a date and an author (with the opening post when its class words differ, see
 * openingPost), together with the elements typed as posts in microdata (Question, Answer, Comment,
 * DiscussionForumPosting). Null when the page has no such structure. `articleLabel`: the page is labelled
 * og:type=article (a head with its `<h1>` above the posts is then a blog post, see openingBefore).
 */
export function findPosts(root: Element, articleLabel = false): Element[] | null {
  const { info, bySig, typed, anchors, rows } = survey(root);
  let groups: Group[] = [];
  for (const [sig, els] of bySig) {
    if (els.length < 2 || els.length > 1000 || layoutOnly(sig)) continue;
    const g = scoreGroup(els, info, false);
    if (g.score) groups.push(g);
  }
  // A page's box and the thread's box inside it are no two posts (see wrapperPair).
  const boxes = groups.filter((g) => wrapperPair(g, groups));
  if (boxes.length) groups = groups.filter((g) => !boxes.includes(g));
  // Class-less posts are known by the anchors that open them (see anchoredPosts), when nothing else scores.
  let anchoredGroup: Group | null = null;
  if (!groups.length && !typed.length) {
    const anchored = anchoredPosts(anchors);
    // A post whose anchor opens the member's name (see anchorName) shows who wrote it.
    const names = new Map<Element, Element>();
    for (const [box, a] of anchored) {
      const name = anchorName(a);
      const i = info.get(box);
      if (!name || !i) continue;
      names.set(box, name);
      info.set(box, { ...i, author: true, date: i.date || opensDated(box) });
    }
    const g = anchored.size ? scoreGroup([...anchored.keys()], info, false) : null;
    if (g?.score) {
      groups.push((anchoredGroup = g));
      for (const [box, name] of names) anchorNames.set(box, name);
    }
  }
  // Class-less posts printed as a table's rows (phpBB 1.4: see rowPosts), when neither classes nor anchors found any.
  if (!groups.length && !typed.length) {
    const marked = (el: Element) => {
      const i = info.get(el);
      return !!i && (i.author || i.date);
    };
    const found = rowPosts(rows, marked);
    const g = found.length ? scoreGroup(found, info, false) : null;
    if (g?.score) groups.push(g);
  }
  const whole = (g: Group) => {
    const kin = kinGroups(g, groups);
    return kin.length ? scoreGroup(inPageOrder([...new Set([...g.posts, ...kin])]), info, false) : g;
  };
  let best = finestGroup(groups, whole);
  // Each of the anchored posts holds its own anchor: none is another's header row (a one-line reply before a longer
  // one is short and dated as a header row is).
  if (best.score && best !== anchoredGroup) best = { ...best, posts: withoutHeaderRows(best.posts, info) };
  const modified = best.score ? modifiedPosts(best.posts, info, bySig) : [];
  if (modified.length) best = { ...best, posts: inPageOrder([...best.posts, ...modified]) };
  const openingOf = (posts: Element[]) => {
    const main = posts[0]?.closest(MAIN);
    const inMain = (el: Element | null) => (el && main && !main.contains(el) ? null : el);
    return (
      inMain(openingPost(posts, info, bySig)) ??
      inMain(openingByBody(posts, info, bySig)) ??
      inMain(openingBefore(posts, info, articleLabel))
    );
  };
  let opening = best.score ? openingOf(best.posts) : null;
  // Posts with no opening of their own may be replies inside a post (see holdingPost); the opening stands before it.
  const holder = best.score && !opening ? holdingPost(best.posts, info, articleLabel) : null;
  if (holder) {
    best = { ...best, posts: [holder, ...best.posts] };
    opening = openingOf(best.posts);
  }
  if (opening) best = { ...best, posts: [opening, ...best.posts] };
  const fromTypes = typed.length ? scoreGroup(typed, info, true) : null;
  // Look-alike parts of typed posts (each post's header row inside its typed <tbody>) are not the posts:
  // the typed posts that hold them are, when the parts hold under half of their text.
  if (
    fromTypes?.score &&
    best.text * 2 < fromTypes.text &&
    best.posts.every((p) => fromTypes.posts.some((t) => t.contains(p)))
  )
    best = { posts: [], score: 0, text: 0 };
  if (!best.score && !fromTypes?.score) return null;
  // Typed posts outside the structural group (the question above its answers) join it, in page order.
  const all = new Set(best.posts);
  for (const t of fromTypes?.score ? fromTypes.posts : []) {
    if (best.posts.some((p) => p.contains(t) || t.contains(p))) continue;
    all.add(t);
  }
  const posts = inPageOrder([...all]);
  const after = bodyAfter(posts, info);
  if (after) bodiesAfter.set(posts[0], after);
  return posts.length >= 2 || fromTypes?.score ? posts : null;
}
