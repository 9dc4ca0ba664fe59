import { readableDate, type PostTime } from './post-time';
import { byTag } from './tag-list';

/** Longest text of a declared article that is a thread's opening post: a question, not a story. */
const OPENING_TEXT = 1500;
/** Letters of the declared text a box must open with (the start of the opening post). */
const OPENING_HEAD = 60;

/** What the page declares of the opening post: its author and time, shown in the post's header. */
export interface DeclaredHead {
  author: string | null;
  time: PostTime | null;
}

/** The declared author and time of an opening post found by declaredOpening, read by the thread's copy. */
export const declaredHeads = new WeakMap<Element, DeclaredHead>();

/** Letters and digits alone, lower-cased: a declared body may keep its HTML entities ("Haven&#039;t") and markup. */
export const letters = (t: string) =>
  t
    .replace(/&#?\w+;/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();

/** A declared author's name: a string, a `Person` object, or the first of a list. */
export function authorName(author: unknown): string | null {
  const first = Array.isArray(author) ? author[0] : author;
  if (typeof first === 'string') return first.trim() || null;
  if (first && typeof first === 'object') {
    const name = (first as Record<string, unknown>).name;
    if (typeof name === 'string') return name.trim() || null;
  }
  return null;
}

/**
 * The thread's opening post on a page that declares an article and its replies as `Comment`s (vBulletin 5's Warrior
 * Forum theme: the topic an `Article` in JSON-LD, `articleBody` its opening post, each reply a microdata `Comment`;
 * the opening post, `div#main-post`, shares no class word with the replies' text blocks). The box is the outermost
 * element before the first post, holding no post and held by none, whose letters hold the declared body's first 60
 * and run to the body's length (a tenth more at most: not the title or the page around it). The declared body is
 * short (under 1,500 characters: a question, not a story: a blog post with typed comments runs longer, or declares no
 * body), and the posts hold its text twice over or more. Its declared author and date are kept for its header
 * (declaredHeads). Null when no such box stands on the page.
 */
export function declaredOpening(
  objects: readonly Record<string, unknown>[],
  root: Element,
  posts: readonly Element[],
): Element | null {
  const first = posts[0];
  if (!first) return null;
  const declared = objects.find((o) => typeof o.articleBody === 'string' && o.articleBody.trim());
  if (!declared) return null;
  const raw = (declared.articleBody as string).replace(/\s+/g, ' ').trim();
  const body = letters(raw);
  if (raw.length >= OPENING_TEXT || body.length < OPENING_HEAD) return null;
  const postsLetters = posts.reduce((n, p) => n + letters(p.textContent ?? '').length, 0);
  if (postsLetters < body.length * 2) return null;
  const head = body.slice(0, OPENING_HEAD);
  // The first post holds it: the thread has its opening post (a later reply may quote it whole).
  if (letters(first.textContent ?? '').includes(head)) return null;
  const box = byTag(root, '*').find((el) => {
    if (!(el.compareDocumentPosition(first) & 4) || el.contains(first)) return false;
    const text = el.textContent ?? '';
    // Cheap bounds first: the box's raw text is near the declared body's.
    if (text.length < raw.length * 0.5 || text.length > raw.length * 3) return false;
    const own = letters(text);
    return own.length <= body.length * 1.1 && own.length * 10 >= body.length * 9 && own.includes(head);
  });
  if (!box || posts.some((p) => p.contains(box) || box.contains(p))) return null;
  const date = typeof declared.datePublished === 'string' ? declared.datePublished.trim() : '';
  declaredHeads.set(box, {
    author: authorName(declared.author),
    time: date ? { text: readableDate(date, root.ownerDocument), datetime: date } : null,
  });
  return box;
}
