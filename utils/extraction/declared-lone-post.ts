// A thread of one post found from what the page declares of it, in any engine and whatever its class names.
//
// Every thread rule looks for two posts or more (repeated boxes, two marks of authors): a thread of one post (a
// question nobody answered yet, an announcement) has none, and its region won with the forum's chrome around the post
// (breadcrumbs, "Thread starter", the browser warning, the member's card, "You must log in or register to reply here.",
// the footer band); Readability's block was the footer band's "About" paragraph. XenForo 2 declares such a thread in
// JSON-LD, a `DiscussionForumPosting` (or a `QAPage`'s `Question`) with its author, date, its text (`articleBody`,
// `text`) and its replies' count (a `CommentAction` counter of 0, `answerCount: 0`): schema.org's own fields, read
// the same in any engine that prints them. The declared text finds the post's text box on the page; the declared
// author and date are its header (declaredHeads, read by postParts). Where Readability's block is that post's own
// text, extractArticle keeps the block under that header (loneBlock).
import { authorName, declaredHeads, letters } from './declared-opening';
import { readableDate } from './post-time';
import { UNSEEN_TAG_NAMES } from './unseen-tags';

/** Text boxes found by declaredLonePost: each is its post's text as a whole (postParts reads no box inside it). */
export const loneBodies = new WeakSet<Element>();

/** schema.org types of a thread's opening post, whose declared text is that post's. */
const POST_TYPES = /^(DiscussionForumPosting|Question|SocialMediaPosting)$/;
/** Types of a declared reply: a page that declares one has more than one post. */
const REPLY_TYPES = /^(Answer|Comment)$/;
/** Interaction types that count a thread's replies. */
const REPLY_ACTIONS = /(Comment|Reply)Action$/;
/** Letters of a run of the declared text the page is searched for, and the most runs tried (from its start on). */
const PROBE = 30;
const PROBES = 20;
/** Share of the declared text's letters the box holds at least (a mail address or an image's name printed apart). */
const MOST = 0.75;
/** Fewest letters of a declared text the page is searched for ("help pls" is no post to look for). */
const MIN_TEXT = 12;
/** Letters the text's box may hold beyond the declared text: a line the engine prints for guests in a link's place. */
const BOX_SLACK = 80;

/** An object's schema.org type names. */
const typeNames = (t: unknown): string[] =>
  (Array.isArray(t) ? t : [t]).filter((n): n is string => typeof n === 'string').map((n) => n.replace(/^.*[/:]/, ''));

/** A count the page wrote as a number or a string of digits; null for anything else. */
function count(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return null;
}

/**
 * The replies the post declares: `answerCount`, `commentCount`, or an `interactionStatistic` counter of comments or
 * replies (a list or one object, its type a URL or a typed object). Null when it declares none.
 */
function declaredReplies(post: Record<string, unknown>): number | null {
  const direct = count(post.answerCount) ?? count(post.commentCount);
  if (direct !== null) return direct;
  const stats = post.interactionStatistic;
  for (const s of Array.isArray(stats) ? stats : [stats]) {
    if (!s || typeof s !== 'object') continue;
    const stat = s as Record<string, unknown>;
    const type = stat.interactionType;
    const name = typeof type === 'string' ? type : typeNames((type as Record<string, unknown> | null)?.['@type'])[0];
    if (typeof name === 'string' && REPLY_ACTIONS.test(name)) return count(stat.userInteractionCount);
  }
  return null;
}

/** Letters of a line beside the box that make it a line of the post's (not a name, a date or a button's word). */
const OWN_LINE = 8;

/**
 * Whether the box's parent holds nothing beside it but lines of the declared text (`body`, its letters; addresses left
 * out as in it), one of them 8 letters or more: the box is a part of the post, not all of it. Reads the parent's
 * children's text once.
 */
function restIsText(box: Element, body: string): boolean {
  let line = false;
  for (let n = box.parentElement!.firstChild; n; n = n.nextSibling) {
    // Comments and scripts are no line of the page's.
    if (n === box || (n.nodeType !== 1 && n.nodeType !== 3)) continue;
    if (n.nodeType === 1 && UNSEEN_TAG_NAMES.has((n as Element).tagName)) continue;
    const own = letters((n.textContent ?? '').replace(/\bhttps?:\/\/\S+/g, ' '));
    if (!own) continue;
    if (!body.includes(own)) return false;
    line ||= own.length >= OWN_LINE;
  }
  return line;
}

/**
 * The text box of a thread's one post, from what the page declares: one post object (`DiscussionForumPosting`,
 * `Question`, `SocialMediaPosting`) that declares its text and no reply (a count of 0; no `Answer` or `Comment` object
 * on the page). Its text, links and smiley codes left out, is looked for from `root` down by its first run of 30
 * letters the page prints as they are: into the one child (no script) whose letters hold that run and three quarters
 * of the text's, down to the innermost; two such children leave none. The box holds no more than 1.25 times the text's
 * letters (and 80 more). Its declared author and date are kept for its header (declaredHeads).
 * Null when the page declares no such post or no element holds its text (a text split between boxes, a truncated
 * body that is not the page's).
 *
 * Reads the page's JSON-LD objects (already parsed) and, only on a page declaring such a post, the text of the
 * elements on the way down to its box (each level's children once).
 */
export function declaredLonePost(objects: readonly Record<string, unknown>[], root: Element): Element | null {
  const posts = objects.filter((o) => typeNames(o['@type']).some((t) => POST_TYPES.test(t)));
  if (posts.length !== 1 || objects.some((o) => typeNames(o['@type']).some((t) => REPLY_TYPES.test(t)))) return null;
  const post = posts[0];
  if (declaredReplies(post) !== 0) return null;
  const raw = [post.articleBody, post.text].find((t): t is string => typeof t === 'string' && !!t.trim());
  if (!raw) return null;
  // Links and smiley codes (":huh:") left out: an engine prints a link as its title or a line for guests in its place,
  // a smiley as a picture.
  const body = letters(raw.replace(/\bhttps?:\/\/\S+/g, ' ').replace(/:[\w-]+:/g, ' '));
  if (body.length < MIN_TEXT) return null;
  // The first run of the text's letters the page prints as they are: an engine prints a mail address or an image's
  // name in a form of its own (an obfuscated address, "View image: untitled" for the picture).
  const rootLetters = letters(root.textContent ?? '');
  let probe = '';
  for (let i = 0; i < PROBES && !probe && (i === 0 || i * PROBE < body.length); i++) {
    const run = body.slice(i * PROBE, (i + 1) * PROBE);
    if (rootLetters.includes(run)) probe = run;
  }
  if (!probe) return null;
  // A script is no box of the page's (JSON-LD printed in the body holds the declared text too).
  const holds = (el: Element) => {
    if (UNSEEN_TAG_NAMES.has(el.tagName)) return false;
    const own = letters(el.textContent ?? '');
    return own.length >= body.length * MOST && own.includes(probe);
  };
  // Down from `root` into the one child that holds the text; two children that hold it (a title that repeats a short
  // post, a copy of it) leave no box.
  let box = root;
  for (;;) {
    let next: Element | null = null;
    for (let c = box.firstElementChild; c; c = c.nextElementSibling) {
      if (!holds(c)) continue;
      if (next) return null;
      next = c;
    }
    if (!next) break;
    box = next;
  }
  // Up again while the box's other children are lines of the declared text: the way down stepped into the post's
  // longest paragraph, past a line of its own (Invision 4's download link's line above the text, its address printed).
  while (box.parentElement && box.parentElement !== root && restIsText(box, body)) box = box.parentElement;
  if (box === root || letters(box.textContent ?? '').length > body.length * 1.25 + BOX_SLACK) return null;
  const date = typeof post.datePublished === 'string' ? post.datePublished.trim() : '';
  loneBodies.add(box);
  declaredHeads.set(box, {
    author: authorName(post.author),
    time: date ? { text: readableDate(date, root.ownerDocument), datetime: date } : null,
  });
  return box;
}
