// @vitest-environment jsdom
// Threads in the shapes of the engines no development page showed with its replies (session 36, issue 15): Reddit's
// web components and its old pages, GitHub Discussions, Microsoft Q&A, Apple's and Google's communities, Lemmy,
// Vanilla, Flarum, Discuz!, Higher Logic and Stack Exchange, each written after the engine's markup with the same
// four posts. Fixture pages: tests/fixtures/pages/{forum-reddit,forum-old-reddit,forum-github-discussion,
// forum-microsoft-qna,forum-apple-community,forum-google-community,forum-lemmy,forum-vanilla,forum-flarum,forum-discuz,
// forum-higher-logic,forum-stack-exchange}.
import { describe, expect, it } from 'vitest';
import { QUESTION, REPLIES } from '../../helpers/forum-thread';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { findPosts } from '@/utils/extraction/find-posts';
import { threadHtml } from '@/utils/extraction/extract-thread';

const HEADS = ['rjones', 'PlumbPro_Dave', 'rjones', 'mhollis'];
/** Higher Logic names its members by their full names. */
const FULL_NAMES: Record<string, string> = {
  rjones: 'Rick Jones',
  PlumbPro_Dave: 'Dave Prowse',
  mhollis: 'Mary Hollis',
};

/** The thread's post headers ("author · time") as Offprint prints them. */
function heads(slug: string): string[] {
  const out = parsePage(`<div>${offprintPage(loadPage(slug))!.contentHtml}</div>`);
  return [...out.querySelectorAll('article > header')].map((h) => h.textContent ?? '');
}

/** Each engine's chrome around its posts: votes, reactions, counts, user cards, controls. */
const CHROME: Record<string, RegExp> = {
  'forum-reddit': /Sort by|Upvote|Reply|Share|r\/Plumbing|Members|^\d+$/m,
  'forum-old-reddit': /\d+ points|permalink|\breport\b|\breply\b|readers|submitted/,
  'forum-github-discussion': /Copy link|Report content|Answer selected|Labels|None yet|Converted from issue|replies/,
  'forum-microsoft-qna': /Reputation points|Was this answer helpful|Sign in to answer|Accepted answer|1 answer/,
  'forum-apple-community': /Level \d+|points\)|Helpful|Me too|Top-ranking reply|View in context|Similar questions/,
  'forum-google-community':
    /Product Expert|Original Poster|Helpful\?|Report abuse|Recommended Answer|All Replies|Upvote/,
  'forum-lemmy': /logged in|^\d+$|•|OP\b/m,
  'forum-vanilla': /Like \d|Flag|Quote|Posts: \d|Member\b|Options/,
  'forum-higher-logic': /Reply Privately|Options|Like|Master Plumber|Pro Plumbing|Springfield|Related Resources|Posted/,
  'forum-discuz': /Threads|Credits|View author only|Thread starter|Reply|Report|Posted on|Copy link/,
  'forum-flarum': /Post #|Like|Reply|liked this|replied to this|^[RPM](rjones|PlumbPro|mhollis)/m,
};

describe.each(Object.keys(CHROME))('a thread of %s', (slug) => {
  it('keeps every post under its author and time, without the engine’s chrome', () => {
    const a = offprintPage(loadPage(slug))!;
    expect(a.pageKind).toBe('thread');
    expect(a.text).toContain(QUESTION);
    for (const reply of REPLIES) expect(a.text).toContain(reply);
    const h = heads(slug);
    const names = slug === 'forum-higher-logic' ? HEADS.map((n) => FULL_NAMES[n]) : HEADS;
    expect(h.map((x) => x.split(' · ')[0])).toEqual(names);
    expect(h.every((x) => / · \S/.test(x))).toBe(true);
    expect(a.text).not.toMatch(CHROME[slug]);
  });
});

describe('what vanilla Readability keeps of these threads', () => {
  it.each(['forum-reddit', 'forum-old-reddit', 'forum-lemmy', 'forum-vanilla'])('%s: the question only', (slug) => {
    const vanilla = readabilityText(loadPage(slug));
    expect(vanilla).toContain(QUESTION);
    for (const reply of REPLIES) expect(vanilla).not.toContain(reply);
  });

  it('forum-microsoft-qna: the question and the answer, not the comments under it', () => {
    const vanilla = readabilityText(loadPage('forum-microsoft-qna'));
    expect(vanilla).toContain(REPLIES[0]);
    expect(vanilla).not.toContain(REPLIES[1]);
    expect(vanilla).toContain('Reputation points');
  });

  it('forum-apple-community: the question and the top-ranking reply printed above the replies', () => {
    const vanilla = readabilityText(loadPage('forum-apple-community'));
    expect(vanilla).toContain('Top-ranking reply');
    expect(vanilla).not.toContain(REPLIES[1]);
  });

  it('forum-flarum and forum-github-discussion: every post, with the menus and no authors’ lines', () => {
    expect(readabilityText(loadPage('forum-flarum'))).toContain('Post #1');
    expect(readabilityText(loadPage('forum-github-discussion'))).not.toMatch(/PlumbPro_Dave\s*·/);
  });
});

describe('a copy of a reply printed above the replies (Apple’s top-ranking reply)', () => {
  it('is passed over: the question before it opens the thread, and the reply is printed once', () => {
    const a = offprintPage(loadPage('forum-apple-community'))!;
    expect(a.text.split(REPLIES[0]).length).toBe(2);
    expect(heads('forum-apple-community')[0]).toBe('rjones · Mar 14, 2023 9:12 AM');
  });
});

describe('Discuz!’s marks of a post (forum-discuz)', () => {
  it('read its author from "space-uid-41.html" and its time from "Posted on 2023-3-14 09:12"', () => {
    expect(heads('forum-discuz')).toEqual([
      'rjones · 2023-3-14 09:12',
      'PlumbPro_Dave · 2023-3-14 10:47',
      'rjones · 2023-3-15 19:30',
      'mhollis · 2023-3-16 08:05',
    ]);
  });

  it('stay in vanilla Readability’s text (the user cards’ counts)', () => {
    expect(readabilityText(loadPage('forum-discuz'))).toMatch(/Credits/);
  });
});

describe('a Stack Exchange question (forum-stack-exchange)', () => {
  it('keeps the question and its answers under their authors, each answer with its own time', () => {
    const a = offprintPage(loadPage('forum-stack-exchange'))!;
    expect(a.pageKind).toBe('thread');
    expect(a.text).toContain(QUESTION);
    expect(a.text).toContain(REPLIES[0]);
    expect(a.text).toContain(REPLIES[2]);
    // The answer's time is its own empty `<time datetime>`, not its comment's `datePublished` (typed `Comment`); the
    // question's is the `span.relativetime` inside `div.user-action-time` ("asked …"), see findTime.
    expect(heads('forum-stack-exchange')).toEqual([
      'rjones · Mar 14, 2023 at 9:12',
      'PlumbPro_Dave · March 14, 2023',
      'mhollis · March 16, 2023',
    ]);
    expect(a.text).not.toMatch(/Share|Improve this|Follow|Add a comment|Sorted by|reputation|Hot Network|Linked/);
  });
});

describe('custom elements as posts (Reddit’s shreddit-comment)', () => {
  it('group by their tag without class words', () => {
    const comment = (i: number) =>
      `<shreddit-comment author="m${i}"><div slot="commentMeta"><a href="/user/m${i}/">m${i}</a> ` +
      `<time datetime="2023-03-1${i}T10:00:00Z">Mar 1${i}, 2023</time></div>` +
      `<div slot="comment"><p>Reply ${i}: the flame arrestor screen was covered in lint.</p></div></shreddit-comment>`;
    const doc = parsePage(`<body><main>${[1, 2, 3].map(comment).join('')}</main></body>`);
    expect(findPosts(doc.body)?.map((p) => p.getAttribute('author'))).toEqual(['m1', 'm2', 'm3']);
  });
});

describe('a post holding the replies to it (Microsoft Q&A’s answer and its comments)', () => {
  const page = (label: string, wrap: (inner: string) => string) => {
    const comment = (i: number) =>
      `<li class="comment"><a href="/users/m${i}">m${i}</a> <local-time datetime="2023-03-1${i}T10:00:00Z">` +
      `Mar 1${i}, 2023</local-time><div class="comment-content"><p>Comment ${i} on the answer.</p></div></li>`;
    const answer =
      `<a href="/users/dave">dave</a> <local-time datetime="2023-03-14T10:47:00Z">Mar 14, 2023</local-time>` +
      `<div class="content"><p>${'Pull the burner and look at the arrestor screen under the tank. '.repeat(3)}</p>` +
      `</div>` +
      `<ul class="comments-list">${comment(1)}${comment(2)}</ul>`;
    return parsePage(`<html><head>${label}</head><body><main>${wrap(answer)}</main></body></html>`);
  };

  it('is a post of the thread, with its author and time from a custom time element', () => {
    const doc = page('', (inner) => `<ul><li class="answer">${inner}</li></ul>`);
    const posts = findPosts(doc.body)!;
    expect(posts.map((p) => p.className)).toEqual(['answer', 'comment', 'comment']);
    const out = parsePage(`<div>${threadHtml(doc, posts)}</div>`);
    expect([...out.querySelectorAll('header')].map((h) => h.textContent)).toEqual([
      'dave · Mar 14, 2023',
      'm1 · Mar 11, 2023',
      'm2 · Mar 12, 2023',
    ]);
  });

  it('is not a blog post above its comments (an <article>, a box with the <h1>, a page labelled an article)', () => {
    const classes = (doc: Document) => findPosts(doc.body, !!doc.querySelector('meta'))!.map((p) => p.className);
    expect(classes(page('', (inner) => `<article class="post">${inner}</article>`))).toEqual(['comment', 'comment']);
    expect(classes(page('', (inner) => `<div class="post"><h1>Title</h1>${inner}</div>`))).toEqual([
      'comment',
      'comment',
    ]);
    const labelled = page('<meta property="og:type" content="article">', (inner) => `<div class="post">${inner}</div>`);
    expect(classes(labelled)).toEqual(['comment', 'comment']);
  });
});
