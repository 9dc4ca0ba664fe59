// Thread pages of any length for bench:thread, built from the repository's own forum fixtures
// (tests/fixtures/pages/forum-*): the fixture's posts, then its first reply repeated with invented text.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { ScriptError } from './run-script';

const PAGES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/pages');

/** A fixture whose posts are repeated: its folder and the selector of one post's box. */
export interface Engine {
  slug: string;
  post: string;
}

/** One engine of each shape: tables of a classic board, articles, list items, microdata, an imageboard. */
export const ENGINES: Engine[] = [
  { slug: 'forum-phpbb-prosilver', post: 'div.post' },
  { slug: 'forum-xenforo', post: 'article.message' },
  { slug: 'forum-vbulletin4', post: 'li.postcontainer' },
  { slug: 'forum-discourse-lightbox', post: '[itemtype*="DiscussionForumPosting"]' },
  { slug: 'forum-imageboard', post: '.postContainer' },
];

// Invented words: each copy of the reply says something else, so no pass sees N copies of one text (a real
// thread repeats names, not posts; repeated text is what signature rules look for).
const WORDS = (
  'valve burner flue screen pilot tank gauge hose fitting bracket seal washer spring filter chamber vent ' +
  'lint dust flame copper thread pressure tested replaced cleaned checked loosened tightened measured ' +
  'morning week later again quickly slowly carefully nearly barely still never always maybe perhaps ' +
  'kitchen basement garage laundry attic yard shed cellar porch hallway'
).split(' ');

/** A sentence of about `len` characters, different for each (`seed`, `part`). */
function sentence(seed: number, part: number, len: number): string {
  let x = (seed * 7919 + part * 104729 + 17) >>> 0;
  const words: string[] = [];
  let n = 0;
  while (n < len) {
    x = (x * 1103515245 + 12345) >>> 0;
    const w = WORDS[(x >>> 8) % WORDS.length];
    words.push(w);
    n += w.length + 1;
  }
  const s = words.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)} (${seed}).`;
}

/** Gives `post` (a copy) its own text and ids: reply number `seed`. */
function vary(post: Element, seed: number): void {
  const doc = post.ownerDocument;
  const walker = doc.createTreeWalker(post, 4 /* NodeFilter.SHOW_TEXT */);
  let part = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const text = (t.nodeValue ?? '').trim();
    // Dates and times stay: they are what makes a box a post.
    if (text.length >= 20 && !(text.length < 48 && /\d{1,2}:\d\d|\d{4}/.test(text)))
      t.nodeValue = ` ${sentence(seed, part++, text.length)} `;
  }
  for (const el of [post, ...post.querySelectorAll('[id]')]) {
    const id = el.getAttribute('id');
    if (id)
      el.setAttribute(
        'id',
        id.replace(/\d+/g, (d) => String(Number(d) + seed * 10)),
      );
  }
}

/** The fixture page with `n` posts: its opening post, then its first reply repeated with varied text. */
export function threadPage(engine: Engine, n: number): string {
  const html = fs.readFileSync(path.join(PAGES, engine.slug, 'source.html'), 'utf8');
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const posts = [...dom.window.document.querySelectorAll(engine.post)].filter(
    (p, i, all) => !all.some((o) => o !== p && o.contains(p)),
  );
  if (posts.length < 2) throw new ScriptError(`${engine.slug}: fewer than two posts match ${engine.post}`);
  const reply = posts[1].cloneNode(true) as Element;
  const last = posts[posts.length - 1];
  let at: Element = last;
  for (let i = posts.length; i < n; i++) {
    const copy = reply.cloneNode(true) as Element;
    vary(copy, i);
    at.after(copy);
    at = copy;
  }
  return dom.serialize();
}
