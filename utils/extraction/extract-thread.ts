import { DATE_TEXT } from './kind-text';
import { classTokens, clean, findTime, timeText, USER_CARD, WORD_CHAR, type PostTime } from './post-time';
import {
  anchorNames,
  bodiesAfter,
  headerNames,
  isAuthorEl,
  isHandleLink,
  isPersonCard,
  isProfileHref,
} from './find-posts';
import { dateRow } from './date-row';
import { cardName, isCardLine, isLabelledName } from './card-name';
import { absoluteLinks } from './absolute-links';
import { byTag } from './tag-list';
import { textBefore } from './text-before';
import { closestMatch, queryAll } from './dom-query';
import { baseOf } from './page-base';
import { markRepeatedQuotes } from './repeated-quotes';
import { breakQuoteHeaders } from './quote-headers';
import { isClassHidden, isHiddenBox } from './hiding-class';
import { isFoldedPanel } from './folded-panel';
import { declaredHeads } from './declared-opening';
import { loneBodies } from './declared-lone-post';
import { UNSEEN_TAGS, UNSEEN_TAG_NAMES } from './unseen-tags';
import { authorPanes, besidePane, isCardList } from './author-pane';
import { editStampBoxes } from './edit-stamps';
import { withoutByline } from './time-byline';
import { withoutStop } from './time-stop';
import { SIGNATURE_MIN_TEXT, signatureSlots } from './signature-slots';
import { subjectHeadings, threadTitles } from './post-subject';
import { textlessPosts } from './empty-text-box';
import { dropRuledSignature, isRuledSignature } from './ruled-signature';
import { dropPictureFileLines } from './picture-file-line';
import { markGuestNotices } from './guest-notice';
import { paneInText } from './text-pane';
import { headerInText } from './header-in-text';
import { toolsLineBoxes } from './post-tools';
import { stepPairBoxes } from './step-pair';

/** What one post of a thread shows: who wrote it, when, and what they wrote. */
export interface PostParts {
  author: string | null;
  time: PostTime | null;
  body: Element | null;
}

const BODY_PROP = /^(text|articleBody|commentText|reviewBody|description)$/;
/** Class words of a post's text block ("post-body", "message-content", "postcontent", "comment-copy"). */
const BODY_CLASS = /(body|content|message|msg|text|prose|cooked|copy|bbwrapper|entry|comment)/i;
/** Class words of everything around a post's text (user card, header, footer, buttons, signature). */
const NOT_BODY_CLASS = new RegExp(
  '(user|author|meta|info|header|footer|sig|avatar|date|time|profile|title|head|foot|action|control|button|' +
    'vote|reaction|like|share|reply|menu|tool|badge|rank|stat|quote-?header|attribution)',
  'i',
);
const AUTHOR_CLASS = /^(author|username|user-?name|poster|post-?author|nick(name)?|member-?name|creator|byline|name)$/i;
/** A part of a class word that names the author wherever it stands ("forum_op_author", "commentthread_author_link"). */
const AUTHOR_PART = /^(author|username|poster|nickname|byline)$/i;
/**
 * A class word that ends in the account's name, joined or in camel case ("MtnCommentAccountName": MacTechNews' forum
 * prints each post's writer in `span.MtnCommentAccountName`, with no profile link).
 */
const ACCOUNT_NAME = /account[-_]?name$/i;
const isAuthorPart = (t: string) => ACCOUNT_NAME.test(t) || t.split(/[-_]/).some((w) => AUTHOR_PART.test(w));
/** A member's title in a user card ("Member", "Senior Member"). */
const USER_TITLE = '[class*="usertitle" i], [class*="user-title" i]';
/** A class word that ends in a body word names a text block whatever comes first ("usertext-body", "userContent"). */
const BODY_END = /(body|content)$/i;

/**
 * What a BEM class word names: the element after `__`, without a `--` modifier ("ipsEntry__group" names a group,
 * "ipsRichText--user" names rich text, the modifier saying whose; "b-post__content" names content).
 */
function bemName(token: string): string {
  const element = token.slice(token.lastIndexOf('__') + 1).replace(/^_/, '');
  return element.replace(/--.*$/, '') || token;
}

/** True when `el` is inside one of the nested posts (a reply is its own post, not this one's text). */
function inNested(el: Element, post: Element, nested: Set<Element>): boolean {
  for (let p: Element | null = el; p && p !== post; p = p.parentElement) if (nested.has(p)) return true;
  return false;
}

/**
 * A member's signature under each post (`div.signature`, XenForo's `message-signature`, `ipsEntry__signature`), or
 * a box whose `data-role` names one (Invision 4's `div[data-role=memberSignature]`, classed only for its layout). Some
 * engines call it the member's slogan (MacTechNews' `div.MtnCommentAccountSlogan` under the text).
 */
const SIGNATURE = '[class*="signature" i], [class*="slogan" i], [data-role*="signature" i]';

/**
 * A class word naming a signature box: one that names a body does not (Khoros prints every post's text as
 * `lia-message-body … lia-component-body-signature-highlight-escalation`, a component that may hold a signature).
 */
const isSignatureWord = (t: string) => /signature|slogan/i.test(t) && !/body/i.test(t);

/** True when `el` is a member's signature box (see isSignatureWord), by a class word or its `data-role`. */
const isSignatureBox = (el: Element) =>
  classTokens(el).some(isSignatureWord) || isSignatureWord(el.getAttribute('data-role') ?? '');

/** The signature box `el` stands in (itself or an ancestor), or null. */
function signatureAround(el: Element): Element | null {
  for (let p = closestMatch(el, SIGNATURE); p; p = p.parentElement ? closestMatch(p.parentElement, SIGNATURE) : null)
    if (isSignatureBox(p)) return p;
  return null;
}

/**
 * The signatures in `post` (the outermost boxes), in document order. Walked (queryAll), not `querySelectorAll`:
 * jsdom's selector engine took ~15 ms per post for this list of substring tests, a thread of 400 posts 7 s.
 */
export function signatureBoxes(post: Element): Element[] {
  return queryAll(post, SIGNATURE).filter(
    (s) => isSignatureBox(s) && !(s.parentElement && signatureAround(s.parentElement)),
  );
}

/**
 * What the thread pass set aside from a post as chrome by its shape, not by a class word: the member's pane beside the
 * post's text (see unnamedBody) and the signature known by its repeats (see signatureSlots).
 */
const setAside = new WeakMap<Element, Element[]>();

/** The members' panes found inside posts' text boxes (see paneInText): dropped from the text's copy. */
const textPanes = new WeakSet<Element>();

/** Records `boxes` of `post` as set aside (see setAside). */
function putAside(post: Element, ...boxes: Element[]): void {
  const list = setAside.get(post);
  if (list) list.push(...boxes);
  else setAside.set(post, boxes);
}

/**
 * The boxes of `post` that are its chrome and not its text, however little of the posts the thread holds: its
 * signatures (see signatureBoxes) and what the thread pass set aside by its shape (a member's pane, a signature known
 * by its repeats). Read after the thread is built (see threadElement).
 */
export function postChromeBoxes(post: Element): Element[] {
  const aside = setAside.get(post);
  return aside ? [...signatureBoxes(post), ...aside] : signatureBoxes(post);
}

/** True when `el` stands in a signature inside `post`. */
function inSignature(el: Element, post: Element): boolean {
  const sig = signatureAround(el);
  return !!sig && post.contains(sig);
}

/**
 * Threads (see threadElement) each of whose posts has for its text the text property of its own item in microdata
 * (`itemprop="text"` of the `Question` or `Answer` that is or holds the post): the page says where every post's text
 * is, so what the posts hold besides it (comments typed as items of their own, user cards, vote counts) is chrome.
 */
export const declaredTextThreads = new WeakSet<Element>();

/**
 * Rank of a microdata text property for `post`: 2 when it is the post's own (its item is the post or holds it),
 * 1 when its item stands inside the post (a comment typed `Comment` under a Stack Exchange answer: its
 * `itemprop="text"` is the comment's), 0 when it is no text property.
 */
function propRank(el: Element, post: Element): number {
  if (!BODY_PROP.test(el.getAttribute('itemprop') ?? '')) return 0;
  const item = el.parentElement?.closest('[itemscope]');
  return !item || item === post || item.contains(post) ? 2 : 1;
}

/**
 * True when `el` holds a `<time>` that half of its text or more follows: the post's header is inside, so `el` is
 * the whole post, not its text. A time closing the text ("Edited <time>June 19, 2024</time> by ColdJ", Invision's
 * note under the last paragraph) is part of the text block.
 */
function timeBeforeText(el: Element, len: number): boolean {
  const time = el.querySelector('time');
  return !!time && leadsText(el, time, len);
}

/** True when `mark` (inside `el`, whose text is `len` characters long) comes before half of that text. */
function leadsText(el: Element, mark: Element, len: number): boolean {
  return clean(textBefore(el, mark)).length * 2 < len;
}

/**
 * True when a line of `el` that reads as a date (a leaf of 80 characters or less, not in a quote) comes before half
 * of its text: the post's header line is inside (phpBB's `div.postbody` holds the post's subject, "Re: …", and
 * `p.author` with the date above `div.content`), so `el` is not the post's text.
 */
function dateLineBeforeText(el: Element, len: number): boolean {
  for (const c of byTag(el, '*')) {
    if (c.childElementCount > 2 || c.closest('blockquote')) continue;
    const text = c.textContent ?? '';
    if (text.length > 80 || !DATE_TEXT.test(text)) continue;
    return leadsText(el, c, len);
  }
  return false;
}

/** True when the text of a post's copy is its headings' alone (`<h1>`, `<h2>`; no picture; see threadElement). */
function onlyHeading(copy: Element): boolean {
  const heads = byTag(copy, 'h1').concat(byTag(copy, 'h2'));
  if (!heads.length || copy.querySelector('img')) return false;
  const rest = copy.cloneNode(true) as Element;
  for (const h of [...byTag(rest, 'h1'), ...byTag(rest, 'h2')]) h.remove();
  return !clean(rest.textContent);
}

/**
 * Tells the elements of a post the reader does not see: inside a box hidden by an attribute or a framework's hiding
 * class (see isHiddenBox), below the post. NodeBB prints "This topic has been deleted…" in the topic's box, typed as
 * its opening post, as `div.alert … hidden`: it was read as that post's text.
 */
function hiddenBoxes(post: Element): (el: Element) => boolean {
  const unseen = new Set<Element>();
  for (const el of byTag(post, '*')) {
    if (unseen.has(el) || !isHiddenBox(el)) continue;
    unseen.add(el);
    for (const c of byTag(el, '*')) unseen.add(c);
  }
  return (el) => unseen.has(el);
}

/**
 * The text of `el` a reader sees: the text of scripts, styles and templates inside it left out. An ad slot in a post
 * (vBulletin's `aside.text-center` under the first post's message, its loader script inline) is longer by its
 * script's source than the message, and was taken for the post's text; its copy, scripts out, was empty.
 */
function seenText(el: Element): string {
  if (!el.querySelector(UNSEEN_TAGS.join(', '))) return clean(el.textContent);
  let out = '';
  const walk = (n: Element) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c as Text).data;
      else if (c.nodeType === 1 && !UNSEEN_TAG_NAMES.has((c as Element).tagName)) walk(c as Element);
    }
  };
  walk(el);
  return clean(out);
}

/**
 * The element holding the post's own text: an itemprop text (the post's own item's before one of an item inside
 * the post), else the largest block (by the text a reader sees, see seenText) with a body-like class that does not
 * hold the post's header (a block whose date line comes first only when no other is found).
 */
function findBody(post: Element, nested: Set<Element>, repeated: (text: string) => boolean): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  let bestProp = 0;
  let headed: Element | null = null;
  let headedLen = 0;
  // The largest class-named block that holds the post's byline under its text (see holdsByline), kept for last.
  let signed: Element | null = null;
  let signedLen = 0;
  // The largest class-named block that holds one of the post's replies (see holdsNested), kept for last.
  let holding: Element | null = null;
  let holdingLen = 0;
  const author = firstProfile(post, nested);
  const unseen = hiddenBoxes(post);
  for (const el of byTag(post, '*')) {
    if (UNSEEN_TAG_NAMES.has(el.tagName) || inNested(el, post, nested) || unseen(el)) continue;
    const prop = propRank(el, post);
    // The id counts as a class word, its number left out (vBulletin's "post_message_2017066").
    const tokens = (el.id ? [...classTokens(el), el.id.replace(/\d+/g, '')] : classTokens(el)).map(bemName);
    const bodyWord = (t: string) => BODY_CLASS.test(t) && (BODY_END.test(t) || !NOT_BODY_CLASS.test(t));
    const classed = tokens.some(bodyWord) && !tokens.some((t) => NOT_BODY_CLASS.test(t) && !bodyWord(t));
    // A link is never a post's text ("embed", "permalink" and "47 comments" links carry body-like class words).
    if ((!prop && !classed) || el.tagName === 'A') continue;
    if (el.querySelector(USER_CARD) && !prop) continue;
    // A block in the member's signature is not the post's text, however long (a reply of one line under a signature
    // of five: Invision's `ipsEntry__signature` holds an `ipsRichText` of its own).
    if (inSignature(el, post)) continue;
    const text = seenText(el);
    const len = text.length;
    // A box that is the ruled signature alone (phpBB 3 subsilver2's second `span.postbody`) is no post's text.
    if (!prop && isRuledSignature(text)) continue;
    if (!prop && timeBeforeText(el, len)) continue;
    // A date line classed "smalltext" or "date-text" is not the post's text.
    if (!len || (!prop && len <= 80 && DATE_TEXT.test(text))) continue;
    if (!prop && dateLineBeforeText(el, len)) {
      if (len > headedLen) [headed, headedLen] = [el, len];
      continue;
    }
    if (!prop && author && holdsByline(el, author)) {
      if (len > signedLen) [signed, signedLen] = [el, len];
      continue;
    }
    // A box that holds a reply posted under this post (AskBot's `div.comments` under the question) is the replies'.
    if (!prop && nested.size && holdsNested(el, nested)) {
      if (len > holdingLen) [holding, holdingLen] = [el, len];
      continue;
    }
    // An itemprop text block wins over class guesses, the post's own over a nested item's; among equals the
    // longest, and of equal lengths the outermost (first seen). The member's menu is no text (see memberMenu).
    if (prop > bestProp || (prop === bestProp && len > bestLen && !(author && !prop && memberMenu(el, author, len)))) {
      best = el;
      bestLen = len;
      bestProp = prop;
    }
  }
  // Another block holding half of the signed one's text is the text without the byline; a smaller one is not.
  if (signed && (!best || (!bestProp && bestLen * 2 < signedLen))) return signed;
  return best ?? holding ?? headed ?? unnamedBody(post, nested, repeated, unseen);
}

/**
 * True when `el` holds one of the posts nested in its post (`nested`): the box of the replies under a post (AskBot
 * prints a question's and each answer's comments in a `div.comments` inside the post's box, a class word like a
 * text's). Its text is mostly the replies', each printed as a post of its own, so it is the post's text only when no
 * other class-named block is.
 */
function holdsNested(el: Element, nested: Set<Element>): boolean {
  for (const n of nested) if (el.contains(n)) return true;
  return false;
}

/**
 * True when all of `el`'s text (`len` characters) is in its links and one of them goes where the post's author's
 * link (`author`) goes: the member's menu ("Profile · View posts · Private message"). vBulletin 4 prints it as
 * `ul.popupbody.memberaction_body` under the name, a class word ending in "body", and it was longer than a reply of a
 * line, which it stood in for.
 */
function memberMenu(el: Element, author: Element, len: number): boolean {
  const href = author.getAttribute('href');
  const links = byTag(el, 'a');
  if (!href || !links.some((a) => a.getAttribute('href') === href)) return false;
  let linked = 0;
  for (const a of links) if (!links.some((o) => o !== a && o.contains(a))) linked += clean(a.textContent).length;
  return linked >= len - links.length;
}

/**
 * True when `el` holds the post's author (`author`: its first profile link) and, after it or before it, a line that
 * reads as a date, both after half of `el`'s text: the post's byline printed under its text ("answered 2023-03-14 …
 * rjones 2,511": Askbot's `div.post-update-info` at the foot of `div.question-content`, Stack Exchange's signature
 * card). Such a block is the whole post, not its text, when a block inside it holds the text alone.
 */
function holdsByline(el: Element, author: Element, len = clean(el.textContent).length): boolean {
  if (!el.contains(author) || leadsText(el, author, len)) return false;
  for (const c of byTag(el, '*')) {
    if (c.childElementCount > 2 || c.closest('blockquote')) continue;
    const text = c.textContent ?? '';
    if (text.length > 80 || !DATE_TEXT.test(text)) continue;
    if (!leadsText(el, c, len)) return true;
  }
  return false;
}

/**
 * True when `el` (its seen text `len` characters long) holds a member's name (a profile link, not an "@" mention) and a
 * line that reads as a date, both after half of its text (see holdsByline): a byline printed under the post's text.
 */
function bylineBelow(el: Element, len: number): boolean {
  return byTag(el, 'a').some((a) => isMemberLink(a) && !/^@/.test(clean(a.textContent)) && holdsByline(el, a, len));
}

/** True when `a` links to a member's profile and stands outside a quote. */
const isMemberLink = (a: Element) => isProfileHref(a.getAttribute('href') ?? '') && !a.closest('blockquote');

/** True when a member's name (a profile link, not an "@" mention nor one in a quote) leads `el`'s text. */
function nameBeforeText(el: Element, len: number): boolean {
  const a = byTag(el, 'a').find((x) => isMemberLink(x) && !/^@/.test(clean(x.textContent)));
  return !!a && leadsText(el, a, len);
}

/**
 * True when `el` stands in an `<aside>` of `post` (itself one or inside one): the post's tangential boxes, its user
 * card (Invision's `aside.ipsComment_author`, whose hidden menu lists the member's computer at length) or its
 * signature (XenForo's `aside.message-signature`), never its text. A quote drawn as an aside (Discourse) is inside
 * the text: the block that holds it stays a candidate.
 */
function inAside(el: Element, post: Element): boolean {
  const aside = el.closest('aside');
  return !!aside && aside !== post && post.contains(aside);
}

/** The post's own first profile link (its author's name; not one in a quote or a nested reply). */
function firstProfile(post: Element, nested: Set<Element>): Element | null {
  for (const a of byTag(post, 'a')) if (isMemberLink(a) && !inNested(a, post, nested)) return a;
  return null;
}

/**
 * A post's text where no class word or microdata names it (hashed class names: CSS modules, styled-components): the
 * largest block of the post that holds neither its header nor its user card, i.e. no time, date line or member's name
 * before half of its text and not the post's first profile link (its author's; an "@" mention is text), and that no
 * other post of the thread prints as well (a member's signature under each of their posts). A link is never it, nor
 * a signature box, nor a block in one of the post's asides (see inAside). Null when it holds less than a third of
 * the post's text, repeated blocks and asides left out (the whole post is then its text, as before).
 */
function unnamedBody(
  post: Element,
  nested: Set<Element>,
  repeated: (text: string) => boolean,
  unseen: (el: Element) => boolean,
): Element | null {
  // The member's pane where no landmark names it (see authorPane) goes as an aside does, where the block then taken
  // stands beside it (see besidePane): a pane that held the post's text would leave only its header or nothing. A
  // pane that holds the block taken without it is set aside only where that block is a card's list (isCardList).
  const links = byTag(post, 'a').filter((a) => isMemberLink(a) && !inNested(a, post, nested));
  const panes = authorPanes(post, links).filter((p) => p.tagName !== 'ASIDE' && !inAside(p, post));
  const plain = largestBlock(post, nested, repeated, unseen, []);
  if (panes.length && (!plain || !panes.some((p) => p.contains(plain)) || isCardList(plain))) {
    const body = largestBlock(post, nested, repeated, unseen, panes);
    if (body && besidePane(body, panes)) {
      putAside(post, ...panes);
      return body;
    }
  }
  return plain;
}

/** An inline style that hides its element: `display: none`. */
const INLINE_HIDDEN = /(^|;)\s*display\s*:\s*none/i;

/**
 * The outermost boxes of `post` an inline `display: none` hides: vBulletin 3 prints each member's menu ("View Public
 * Profile", "Send a private message to …", "Find More Posts by …") as a `div style="display:none"` in the post's box,
 * which a script opens from the name. (A hiding attribute or class is read by hiddenBoxes.)
 */
function inlineHidden(post: Element): Element[] {
  const out: Element[] = [];
  for (const el of queryAll(post, '[style]'))
    if (INLINE_HIDDEN.test(el.getAttribute('style') ?? '') && !out.some((o) => o.contains(el))) out.push(el);
  return out;
}

/** The block unnamedBody takes, the member's `panes` (see authorPane) set aside as asides are. */
function largestBlock(
  post: Element,
  nested: Set<Element>,
  repeated: (text: string) => boolean,
  unseen: (el: Element) => boolean,
  panes: Element[],
): Element | null {
  const author = firstProfile(post, nested);
  // The name at the post's anchor (see anchorName) opens the member's pane, as a profile link does.
  const atAnchor = anchorNames.get(post);
  const inPane = (el: Element) => panes.some((p) => p.contains(el));
  const found: { el: Element; text: string }[] = [];
  for (const el of byTag(post, '*')) {
    if (el.tagName === 'A' || UNSEEN_TAG_NAMES.has(el.tagName) || inNested(el, post, nested)) continue;
    if (inSignature(el, post) || inAside(el, post) || unseen(el) || inPane(el)) continue;
    if ((author && el.contains(author)) || (atAnchor && el.contains(atAnchor))) continue;
    const text = seenText(el);
    const len = text.length;
    if (!len || (len <= 80 && DATE_TEXT.test(text))) continue;
    if (timeBeforeText(el, len) || dateLineBeforeText(el, len) || nameBeforeText(el, len)) continue;
    found.push({ el, text });
  }
  found.sort((a, b) => b.text.length - a.text.length);
  let best: { el: Element; text: string } | null = null;
  // The post's asides are not its text: they count for neither side of the share.
  let total = clean(post.textContent).length;
  // Nor is what no reader sees (a script's data).
  for (const tag of UNSEEN_TAGS) for (const x of byTag(post, tag)) total -= clean(x.textContent).length;
  for (const aside of byTag(post, 'aside'))
    if (!inAside(aside.parentElement!, post) && !inNested(aside, post, nested))
      total -= clean(aside.textContent).length;
  for (const p of panes) total -= clean(p.textContent).length;
  // Nor is what an inline style hides (see inlineHidden): a member's menu of four lines beside a reply of one made the
  // reply too small a share, and the whole post, header row, member's pane and menu, was taken as its text.
  for (const el of inlineHidden(post)) if (!inNested(el, post, nested)) total -= clean(el.textContent).length;
  const copies: Element[] = [];
  for (const f of found) {
    if (!repeated(f.text)) best ??= f;
    else if (!copies.some((c) => c.contains(f.el))) {
      copies.push(f.el);
      total -= f.text.length;
    }
  }
  // A block that prints the post's byline under its text (see bylineBelow) is the post's column, not its text, when a
  // block inside it holds half of its text: XenForo 1's `div.messageInfo` holds the text, the signature and the
  // "rjones, Mar 14, 2023 · #1 · Like" row, and the text's own box stands in it.
  if (best && bylineBelow(best.el, best.text.length)) {
    const outer = best;
    const inner = found.find(
      (f) =>
        f !== outer &&
        outer.el.contains(f.el) &&
        f.text.length * 2 >= outer.text.length &&
        !repeated(f.text) &&
        !bylineBelow(f.el, f.text.length),
    );
    if (inner) best = inner;
  }
  // Nor is the member's signature (see signatureBoxes), where no repeated block holds it: five lines of it under a
  // reply of two must not make the reply too small a share (Invision's `div[data-role=memberSignature]`, hashed).
  for (const sig of signatureBoxes(post))
    if (!inAside(sig, post) && !inNested(sig, post, nested) && !copies.some((c) => c.contains(sig)))
      total -= clean(sig.textContent).length;
  // Nor is the member's cell that the name at the post's anchor opens: the outermost box around it beside the text.
  if (best && atAnchor) total -= clean(paneAround(atAnchor, best.el, post)?.textContent).length;
  return best && best.text.length * 3 >= total ? best.el : null;
}

/** The outermost box of `post` around `name` that does not hold `text`, or null. */
function paneAround(name: Element, text: Element, post: Element): Element | null {
  let pane: Element | null = null;
  for (let el: Element | null = name; el && el !== post && !el.contains(text); el = el.parentElement) pane = el;
  return pane;
}

/**
 * Tells a block's text that two posts or more print (a member's signature under each of their posts; 40 characters
 * or more: two members may both reply "Thanks!"). Each block counts for the innermost post that holds it. A block
 * inside a `<blockquote>` is a quote of another post, not a print of its own: a reply that quotes the opening post
 * whole made the opening post's text "printed by two posts", and the opening post lost its text block (kept whole,
 * the member's card with it: XenForo 2, hashed; its quotes are `blockquote`s whatever their class words).
 */
function repeatedBlocks(posts: Element[]): (text: string) => boolean {
  const all = new Set(posts);
  const seen = new Map<string, Element>();
  const twice = new Set<string>();
  for (const post of posts) {
    for (const el of byTag(post, '*')) {
      let quoted = el.tagName === 'BLOCKQUOTE';
      let owner: Element | null = el.parentElement;
      while (owner && !all.has(owner)) {
        quoted ||= owner.tagName === 'BLOCKQUOTE';
        owner = owner.parentElement;
      }
      if (owner !== post || quoted) continue;
      const text = clean(el.textContent);
      if (text.length < SIGNATURE_MIN_TEXT) continue;
      const first = seen.get(text);
      if (!first) seen.set(text, post);
      else if (first !== post) twice.add(text);
    }
  }
  return (text) => twice.has(text);
}

/** True when an element inside `el` reads as a date (a time beside a member's name). */
function holdsDate(el: Element): boolean {
  return byTag(el, '*').some((c) => {
    const text = clean(c.textContent);
    return c.tagName === 'TIME' || (text.length <= 80 && DATE_TEXT.test(text));
  });
}

/** True when `el` holds a link to a member's profile (see PROFILE_HREF). */
function holdsProfile(el: Element): boolean {
  return byTag(el, 'a').some((a) => isProfileHref(a.getAttribute('href') ?? ''));
}

/** True when `el` holds a profile link with text, other than itself. */
function holdsNamedProfile(el: Element): boolean {
  return byTag(el, 'a').some((a) => a !== el && isProfileHref(a.getAttribute('href') ?? '') && !!clean(a.textContent));
}

/** True when a link after `link` in `post` leads to the same address with a longer text than `text`. */
function namedLater(post: Element, link: Element, text: string): boolean {
  const href = link.getAttribute('href');
  if (!href) return false;
  return byTag(post, 'a').some(
    (a) =>
      a !== link &&
      a.getAttribute('href') === href &&
      !!(link.compareDocumentPosition(a) & 4) &&
      clean(a.textContent).length > text.length,
  );
}

/** A member's picture drawn as a letter in a box of its own (Flarum's `span.Avatar` "R" before the name "rjones"). */
const AVATAR_CLASS = /avatar/i;

/** The text of a name's box without the letters its picture draws. */
function nameText(el: Element): string {
  let text = el.textContent ?? '';
  for (const c of byTag(el, '*')) {
    const letters = clean(c.textContent);
    if (letters && letters.length <= 2 && classTokens(c).some((t) => AVATAR_CLASS.test(t)))
      text = text.replace(c.textContent ?? '', ' ');
  }
  return clean(text);
}

/** The text of the first link to a member's profile with a name in `card` (see PROFILE_HREF), or null. */
function cardProfileName(card: Element): string | null {
  for (const a of byTag(card, 'a')) {
    if (!isProfileHref(a.getAttribute('href') ?? '')) continue;
    const text = nameText(a);
    if (text && text.length <= 60 && !DATE_TEXT.test(text)) return text;
  }
  return null;
}

function findAuthor(post: Element, body: Element | null, nested: Set<Element>, pane?: Element | null): string | null {
  const outside = (el: Element) =>
    (!(body && body.contains(el)) || !!pane?.contains(el)) && !inNested(el, post, nested);
  // The name printed at the post's anchor (see anchorName): the engine prints no other mark of it in the post.
  const atAnchor = anchorNames.get(post);
  if (atAnchor && outside(atAnchor)) return clean(atAnchor.textContent);
  // Walked (queryAll), not selector queries: jsdom's engine walked the whole page for each post's, so a thread of
  // 1,000 replies spent a minute here (Futaba, whose posts carry none of these marks and reach the last loops).
  for (const el of queryAll(post, '[itemprop="author"], [rel="author"]')) {
    if (!outside(el)) continue;
    const name = el.querySelector('[itemprop="name"]');
    // A member's card declared as the author (vBulletin 5's `div.b-userinfo[itemprop=author][itemscope]`: the name
    // link, the member's title, "Join Date: May 2011", "Posts: 290") without a declared name: its link to the
    // member's profile names the author, not the whole card.
    if (!name && el.hasAttribute('itemscope')) {
      const link = cardProfileName(el);
      if (link) return link;
    }
    const text = clean(
      name?.getAttribute('content') || name?.textContent || el.getAttribute('content') || el.textContent,
    );
    if (text && text.length <= 60) return text;
  }
  for (const el of byTag(post, '*')) {
    if (!outside(el)) continue;
    const href = el.tagName === 'A' ? (el.getAttribute('href') ?? '') : null;
    const profile =
      (href !== null && (isProfileHref(href) || isHandleLink(el, href))) || el.hasAttribute('data-username');
    const tokens = classTokens(el);
    // A box named by a part of a class word ("commentthread_comment_author", "cAuthorPane_author") may hold the time,
    // a rank or a post count beside the name: only a box without a date or a profile link inside names the author.
    // So may a box named by a whole word (Simple Machines' `div.poster`: the name, the member group, "Posts: 148"):
    // when a profile link with text stands in it, the link names the author.
    // A person's hCard (see isPersonCard) is the name: Bugzilla's comments print no other mark of their writer.
    const named =
      (tokens.some((t) => AUTHOR_CLASS.test(t)) && !holdsNamedProfile(el)) ||
      (tokens.includes('vcard') && isPersonCard(el, el.getAttribute('class') ?? '')) ||
      (tokens.some(isAuthorPart) && !holdsDate(el) && !holdsProfile(el));
    if (!profile && !named) continue;
    const text = nameText(el).replace(/^(by|von|par|por|di|door)\s+/i, '');
    // A member's picture drawn as initials links to the profile too ("M" before "mnhogfarmer"): the name is a later
    // link to the same address with more text.
    if (profile && text.length <= 2 && namedLater(post, el, text)) continue;
    // A link of glyphs is a tool, not a name (Something Awful's "?" beside the time: the member's posts in the thread).
    if (profile && !WORD_CHAR.test(text)) continue;
    if (text && text.length <= 60 && !DATE_TEXT.test(text)) return text;
  }
  // A member's title ("Member") follows the name in a user card: FluxBB's `<dt><strong>name</strong></dt>`
  // `<dd class="usertitle">` prints a guest's view of the name without a link or a class.
  for (const el of queryAll(post, USER_TITLE)) {
    const name = el.previousElementSibling;
    if (!name || !outside(name)) continue;
    const text = clean(name.textContent);
    if (text && text.length <= 60 && !DATE_TEXT.test(text)) return text;
  }
  // Without that class word, the card's first line above its member's date line ("Registered: …"; see cardName).
  for (const el of byTag(post, '*')) {
    if (!outside(el) || !isCardLine(el)) continue;
    const name = cardName(el);
    if (name && outside(name)) return clean(name.textContent);
  }
  // Without either, a name printed after a name label (an imageboard's "Name" before the poster's name).
  for (const el of byTag(post, '*')) if (outside(el) && isLabelledName(el)) return clean(el.textContent);
  return null;
}

/** True when `box` may be the header of a post whose writer found elsewhere is `author`: none, or a link's text. */
function namesWriter(box: Element, author: string | null): boolean {
  return !author || byTag(box, 'a').some((a) => clean(a.textContent) === author);
}

/** The row printed before `post` that holds its date (see dateRow), all of which is its header; or null. */
export const headerRow = (post: Element): Element | null => dateRow(post, (el) => isAuthorEl(el));

/** The time in the post's header row (see headerRow). */
function rowTime(post: Element): PostTime | null {
  const row = headerRow(post);
  return row && findTime(row, () => true);
}

/**
 * Author, time and text of one post; `nested` are the thread's other posts (replies inside this one), `repeated` tells
 * a text another post prints too (a signature).
 */
export function postParts(post: Element, nested: Set<Element>, repeated: (text: string) => boolean): PostParts {
  // A lone post's box found by its declared text is that text's box (see declaredLonePost): a guests' notice inside it
  // with a body-like class word is not its text.
  const body = loneBodies.has(post) ? post : findBody(post, nested, repeated);
  // The member's pane printed inside the text's box, after the text (see paneInText), is set aside: no part of the
  // text, and where the post's author and time are read.
  const pane = body && paneInText(post, body, (el) => !body.contains(el) && !inNested(el, post, nested));
  if (pane) {
    putAside(post, pane);
    textPanes.add(pane);
  }
  let head: Element | null = null;
  const outside = (el: Element) =>
    (!(body && body.contains(el)) || !!pane?.contains(el) || !!head?.contains(el)) && !inNested(el, post, nested);
  // A post without a time of its own takes the one in the row printed before it (see dateRow).
  let time = findTime(post, outside) ?? rowTime(post);
  // Without either, the header printed as the first box of its text's box (see headerInText) is set aside as a pane
  // is: no part of the text, and where the post's author and time are read. Not when the post names another writer
  // outside its text: the box is then someone else's (a quote's header, a mention's).
  const lead = !time && body && !pane ? headerInText(body) : null;
  if (lead && namesWriter(lead, findAuthor(post, body, nested))) {
    head = lead;
    putAside(post, head);
    textPanes.add(head);
    time = findTime(post, outside);
  }
  const row = headerRow(post);
  // An opening post found by the text the page declares prints its declared author and time (see declaredOpening).
  const declared = declaredHeads.get(post);
  // A post known by its plain header line (see headerAuthored) takes the name and the date that line prints.
  const header = headerNames.get(post);
  const author =
    findAuthor(post, body, nested, pane ?? head) ??
    (row && findAuthor(row, null, nested)) ??
    declared?.author ??
    header?.name ??
    null;
  const postTime = time ?? declared?.time ?? (header ? { text: header.date, datetime: null } : null);
  // A time line that prints the author's name before the date ("by name » …") gives the date alone, without the
  // full stop of the sentence it stands in (see withoutStop).
  return { author, time: postTime && withoutStop(withoutByline(postTime, author)), body };
}

/** Blocks inside a post's text that are not what its author wrote. */
const NOT_POST_TEXT = 'script, style, form, button, [role="button"], [hidden], [aria-hidden="true"]';

/**
 * True when `el` is a form that holds half of its post's text block or more (`sourceText`: that block's seen text's
 * length, measured on demand): the text's own box, not a reply form. Old Reddit prints each post's text in
 * `form.usertext` (its edit box); with hashed class names the block around the form was taken as the opening post's
 * text, and the form, dropped as a control, took all of it.
 */
function holdsPostText(el: Element, sourceText: () => number): boolean {
  if (el.tagName !== 'FORM') return false;
  const len = sourceText();
  return len > 0 && seenText(el).length * 2 >= len;
}

/** A link to a post's reply, quote or report form ("reply?id=41", "posting.php?mode=quote&p=12", "/report/"). */
const ACTION_HREF = /(^|[/?&#;=_-])(reply|quote|report|flag)([/?&#;=_.-]|$)/i;
/**
 * Longest text of such a link: "reply", "Reply with quote", "Report", vBulletin 2's "Report this post to a moderator"
 * (a sentence that links is text).
 */
const ACTION_TEXT = 40;
/** A link to the log of the address a post came from: vBulletin 2's "IP: Logged" (`postings.php?action=getip`). */
const IP_LOG_HREF = /[?&;]action=getip(&|$)/i;
/** Characters of a post's action line outside its links at most: separators and a link's label (" | IP: "). */
const ACTION_LINE_OWN = 12;

/** A link that goes nowhere: a control a script drives ("Click to expand...", "Select all"), not a link to read. */
const isScriptControl = (a: Element) =>
  !a.hasAttribute('name') && /^(#?|javascript:.*)$/i.test(a.getAttribute('href') ?? '');
/**
 * The text of a link that only jumps to the post a quote comes from: an arrow after the quote's header (XenForo 1's
 * `a.AttributionLink`, phpBB's "X wrote: ↑").
 */
const JUMP_ARROW = /^[\u2190-\u21ff\u2b00-\u2bff\u25b2\u25b3^]+$/;
/** The class word of a script's control that unfolds a long quote (XenForo 1's `quoteExpand`, 2's `…-expandLink`). */
const EXPAND_CLASS = /expand(-?link|-?button)?$/i;

/** The box of such a control ("Click to expand...": XenForo 1 prints it in a `div`, not a link); never a picture. */
function isExpandControl(el: Element): boolean {
  if (!classTokens(el).some((t) => EXPAND_CLASS.test(t)) || el.querySelector('img')) return false;
  const text = clean(el.textContent);
  return !!text && text.length <= ACTION_TEXT;
}

/** A word of a class naming a post's reactions or votes ("Reactions", "ReactButton-Like", "vote-count", "kudos"). */
const REACTION_WORD = /^(reactions?|react|likes?|votes?|upvotes?|downvotes?|kudos)$/i;
/** Longest text of a reactions bar ("Like 2", "Flag Quote Like 4 Insightful 1"). */
const REACTION_TEXT = 40;

/** Longest `alt` of a reaction's icon ("Thanks", "Like", "Haha"). */
const ICON_ALT = 20;
/** Largest drawn side of a reaction's icon, in pixels, where the page says it. */
const ICON_SIDE = 48;

/**
 * True when `img` draws a reaction's icon, not a picture of the post: a short `alt` naming it, no side drawn larger
 * than an icon's.
 */
function isIcon(img: Element): boolean {
  const alt = clean(img.getAttribute('alt'));
  const side = Math.max(Number(img.getAttribute('width')) || 0, Number(img.getAttribute('height')) || 0);
  return !!alt && alt.length <= ICON_ALT && side <= ICON_SIDE;
}

/**
 * A bar of reactions printed inside a post's text block (Vanilla's `div.Reactions` under `div.Message`: "Like 2";
 * Invision's `div.ipsReact`, each reaction an icon and its count: "3"): a box with a class word naming reactions or
 * votes (its parts split at "-", "_" and capitals) and a short text, no picture but the reactions' icons.
 */
function isReactionBar(el: Element): boolean {
  const words = classTokens(el).flatMap((t) => t.split(/[-_]|(?<=[a-z])(?=[A-Z])/));
  if (!words.some((w) => REACTION_WORD.test(w)) || !byTag(el, 'img').every(isIcon)) return false;
  return clean(el.textContent).length <= REACTION_TEXT;
}

/**
 * The block in `source` that holds only a link to a post's reply, quote or report form (Hacker News' `div.reply`
 * under each comment's text) or a control a script drives (XenForo's `<a>Click to expand...</a>` under a long quote,
 * phpBB's "Select all" above a code box: a link with no address): the link climbed to the outermost box whose text is
 * the link's text.
 */
function actionLinkBoxes(source: Element): Element[] {
  const out: Element[] = [];
  for (const a of byTag(source, 'a')) {
    const text = clean(a.textContent);
    if (!text || text.length > ACTION_TEXT) continue;
    if (!ACTION_HREF.test(a.getAttribute('href') ?? '') && !isScriptControl(a) && !JUMP_ARROW.test(text)) continue;
    let box: Element = a;
    while (box.parentElement && box.parentElement !== source && clean(box.parentElement.textContent) === text)
      box = box.parentElement;
    // The line it stands in with the post's other actions ("Report this post to a moderator | IP: Logged").
    while (box.parentElement && box.parentElement !== source && isActionLine(box.parentElement))
      box = box.parentElement;
    out.push(box);
  }
  return out;
}

/**
 * True when `el` is a line of a post's actions and nothing else: two links or more, each to a reply, quote or report
 * form or to the post's address log (see IP_LOG_HREF), no picture, and between them at most separators and a label
 * (ACTION_LINE_OWN: vBulletin 2's `<font><a href="report.php?…">Report this post to a moderator</a> | IP: <a
 * href="postings.php?action=getip&…">Logged</a></font>` under each post's text).
 */
function isActionLine(el: Element): boolean {
  const links = byTag(el, 'a');
  if (links.length < 2 || el.querySelector('img')) return false;
  let linkChars = 0;
  for (const a of links) {
    const text = clean(a.textContent);
    const href = a.getAttribute('href') ?? '';
    if (!text || text.length > ACTION_TEXT || !(ACTION_HREF.test(href) || IP_LOG_HREF.test(href))) return false;
    linkChars += text.replace(/\s/g, '').length;
  }
  return (el.textContent ?? '').replace(/\s/g, '').length - linkChars <= ACTION_LINE_OWN;
}

/**
 * The thread as article HTML: one `<article>` per post, a `<header>` with the author (`<cite>`) and
 * the time (`<time>`), then the post's own text (replies nested in it come as posts of their own).
 */
export function threadHtml(doc: Document, posts: Element[]): string {
  return threadElement(doc, posts).innerHTML;
}

/**
 * The thread (see threadHtml) as an element of `doc`, not yet serialized; quotes of an earlier post are marked, and
 * go when the thread is kept (see markRepeatedQuotes).
 */
export function threadElement(doc: Document, posts: Element[]): Element {
  const all = new Set(posts);
  const out = doc.createElement('div');
  let earlier = '';
  // Built only for a thread whose posts' text no class word names (see unnamedBody).
  let repeatedIn: ((text: string) => boolean) | null = null;
  const repeated = (text: string) => (repeatedIn ??= repeatedBlocks(posts))(text);
  let declaredText = posts.length > 0;
  const nestedIn = posts.map((post) => new Set([...all].filter((p) => p !== post && post.contains(p))));
  const parts = posts.map((post, i) => postParts(post, nestedIn[i], repeated));
  // A thread whose posts' text no class word names may print its members' signatures without a class word either.
  const signature = repeatedIn
    ? signatureSlots(
        parts.map((p) => p.body),
        repeatedIn,
      )
    : null;
  // A post's subject above its text is no part of it (see subjectHeadings).
  const titles = threadTitles(doc);
  // A post whose box of text is empty (an ad's slot dressed as a post) prints nothing (see textlessPosts).
  const textless = textlessPosts(
    posts,
    parts.map((p) => p.body),
    nestedIn,
  );
  for (const [i, post] of posts.entries()) {
    if (textless.has(post)) continue;
    const nested = nestedIn[i];
    const { author, time, body } = parts[i];
    declaredText &&= !!body && propRank(body, post) === 2;
    const source = body ?? post;
    const copy = source.cloneNode(true) as Element;
    // Replies and chrome inside the copied text go (matched on the copy, by position in the original).
    const originals = byTag(source, '*');
    const copies = byTag(copy, '*');
    const actions = new Set([...actionLinkBoxes(source), ...toolsLineBoxes(source)]);
    const stamps = new Set(editStampBoxes(source));
    // Links to the previous and the next topic inside the text (see stepPairBoxes) are the forum's, not the post's.
    const steps = stepPairBoxes(source);
    const subjects = new Set(body ? subjectHeadings(body, titles) : []);
    // The source's seen text is measured only for a form inside it (see holdsPostText).
    let sourceText = -1;
    const sourceLen = () => (sourceText < 0 ? (sourceText = seenText(source).length) : sourceText);
    const bodyText = signature && body ? clean(body.textContent) : '';
    originals.forEach((el, i) => {
      if (
        nested.has(el) ||
        textPanes.has(el) ||
        steps.includes(el) ||
        actions.has(el) ||
        stamps.has(el) ||
        subjects.has(el) ||
        (el.matches(NOT_POST_TEXT) && !holdsPostText(el, sourceLen)) ||
        (isClassHidden(el) && !isFoldedPanel(el)) ||
        isSignatureBox(el) ||
        (!!bodyText && signature!(el, body!, bodyText) && (putAside(post, el), true)) ||
        isExpandControl(el) ||
        isReactionBar(el)
      )
        copies[i].setAttribute('data-offprint-drop', '');
    });
    for (const el of copy.querySelectorAll('[data-offprint-drop]')) el.remove();
    // The post's text printed after it (a story's text below its title and byline, see bodiesAfter) is all of it.
    const after = bodiesAfter.get(post);
    if (after) copy.replaceChildren(after.cloneNode(true));
    // A signature under a line of underscores, no class word on it (phpBB 2, vBulletin 2), is no part of the text.
    dropRuledSignature(copy);
    // An uploaded picture's file line in the link to its full size (Discourse's lightbox) is no part of it either.
    dropPictureFileLines(copy);
    // A guest's notice where a link or an attachment stands for members ("To view the content, you need to sign in
    // or register") is the engine's, not the writer's: marked, it goes when the thread is kept.
    markGuestNotices(copy);
    breakQuoteHeaders(copy);
    markRepeatedQuotes(copy, earlier);
    earlier += ` ${clean(copy.textContent).toLowerCase()}`;
    // A time printed twice for the style sheet to pick one ("Edited June 19, 2024 / 2 yr by …") keeps its first form.
    for (const t of byTag(copy, 'time')) {
      const text = timeText(t);
      if (text !== clean(t.textContent)) t.textContent = text;
    }
    if (!clean(copy.textContent) && !copy.querySelector('img')) continue;
    // A box typed as the opening post that holds the thread's posts and, of its own, only the thread's title (NodeBB's
    // topic box, `DiscussionForumPosting` around its `Comment`s, once its hidden notices are out) prints no post.
    if (nested.size && (source.closest('h1, h2') || onlyHeading(copy))) continue;
    const article = doc.createElement('article');
    if (author || time) {
      const header = doc.createElement('header');
      if (author) header.append(Object.assign(doc.createElement('cite'), { textContent: author }));
      if (author && time) header.append(' · ');
      if (time) {
        const t = doc.createElement('time');
        t.textContent = time.text;
        if (time.datetime && /^\d{4}-\d{2}-\d{2}/.test(time.datetime)) t.setAttribute('datetime', time.datetime);
        header.append(t);
      }
      article.append(header);
    }
    const content = doc.createElement('div');
    // A text typed as it is printed (`pre.bz_comment_text`: Bugzilla's comments, a mail's body) keeps its lines.
    const lines = copy.tagName === 'PRE' && !after ? content.appendChild(doc.createElement('pre')) : content;
    lines.append(...Array.from(copy.childNodes));
    article.append(content);
    out.append(article);
  }
  absoluteLinks(out, baseOf(doc));
  if (declaredText) declaredTextThreads.add(out);
  return out;
}
