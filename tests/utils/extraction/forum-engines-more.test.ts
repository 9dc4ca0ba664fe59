// @vitest-environment jsdom
// Forum shapes of session 38 (issue 15): Mastodon's web view (a status and its replies, each author linked by
// handle, `/@name`), HyperKitty (Mailman 3's archive: posts inside Bootstrap's `div.row` grid), Invision Community 5
// (a member's join date as a `<time>` in the author column), Quora (ages printed as "Answered 3y") and vBulletin 3
// (tables; its navbar's "Members List" link), and a mailing list's archived message (Pipermail: its steps to the
// previous and next messages, without `rel`). Fixture pages: tests/fixtures/pages/{forum-mastodon,forum-hyperkitty,
// forum-invision5,forum-quora,forum-vbulletin3,forum-pipermail}, the same four posts as the fixtures of sessions 35–37.
import { describe, expect, it } from 'vitest';
import { QUESTION, REPLIES, postHeads } from '../../helpers/forum-thread';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { findPosts, isAuthorEl } from '@/utils/extraction/find-posts';
import { DATE_TEXT } from '@/utils/extraction/kind-text';

describe.each([
  [
    'forum-mastodon',
    [QUESTION, ...REPLIES],
    /boosts|favorites|Login|Create account|server-banner|active users|Explore/,
  ],
  ['forum-hyperkitty', [QUESTION, ...REPLIES], /March|February|participants|days inactive|Sign In|Powered by|\+0/],
  ['forum-invision5', [QUESTION, ...REPLIES], /Joined|Members|Pro Member|Licensed journeyman|Quote$|Popular Contrib/m],
  ['forum-quora', REPLIES, /Upvote|views|Related questions|Sponsored|Follow|Share/],
  ['forum-vbulletin3', [QUESTION, ...REPLIES], /Members List|Join Date|Posts: \d|Similar Threads|Log in|Licensed/],
])('a thread of %s', (slug, texts, chrome) => {
  it('keeps every post once, under its author, without the engine’s chrome', () => {
    const a = offprintPage(loadPage(slug))!;
    expect(a.pageKind).toBe('thread');
    for (const t of texts) expect(a.text.split(t).length).toBe(2);
    expect(postHeads(slug)).toHaveLength(texts.length);
    expect(a.text).not.toMatch(chrome);
  });
});

describe('Mastodon (forum-mastodon)', () => {
  it('dates each status by its own time, its author linked by handle', () => {
    expect(postHeads('forum-mastodon').map((h) => h.replace(/^.*@\S+ · /, ''))).toEqual([
      'Mar 14, 2023, 09:12',
      'Mar 14, 2023',
      'Mar 15, 2023',
      'Mar 16, 2023',
    ]);
  });

  it('reads a link to `/@name` as a member’s only when its text shows a name and the handle', () => {
    const doc = parsePage(
      '<a id="card" href="https://social.example/@rjones">R. Jones @rjones@social.example</a>' +
        '<a id="mention" href="https://social.example/@rjones">@rjones</a>' +
        '<a id="medium" href="https://medium.com/@rjones">R. Jones</a>' +
        '<a id="channel" href="https://www.youtube.com/@rjones">Watch on YouTube</a>',
    );
    const marks = ['card', 'mention', 'medium', 'channel'].map((id) => isAuthorEl(doc.getElementById(id)!));
    expect(marks).toEqual([true, false, false, false]);
  });

  it('is every status without authors in vanilla Readability’s text, the server’s banner kept', () => {
    const vanilla = readabilityText(loadPage('forum-mastodon'));
    expect(vanilla).toContain(REPLIES[2]);
    expect(vanilla).toContain('active users');
    expect(vanilla).not.toContain('Dave (PlumbPro)');
  });
});

describe('HyperKitty (forum-hyperkitty)', () => {
  it('takes the messages, not the grid rows around them', () => {
    const posts = findPosts(loadPage('forum-hyperkitty').body)!;
    expect(posts.map((p) => p.className)).toEqual(['email email-first', 'email', 'email', 'email']);
  });

  it('is one message in vanilla Readability’s text', () => {
    const vanilla = readabilityText(loadPage('forum-hyperkitty'));
    expect(vanilla).toContain(REPLIES[0]);
    expect(vanilla).not.toContain(QUESTION);
    expect(vanilla).not.toContain(REPLIES[2]);
  });
});

describe('Invision Community 5 (forum-invision5)', () => {
  it('dates each post by its own time, not by the member’s "Joined" time in the author column', () => {
    expect(postHeads('forum-invision5')).toEqual([
      'rjones · March 14, 2023',
      'PlumbPro_Dave · March 14, 2023',
      'rjones · March 15, 2023',
      'mhollis · March 16, 2023',
    ]);
  });

  it('keeps the signature and the page’s calls in vanilla Readability’s text', () => {
    const vanilla = readabilityText(loadPage('forum-invision5'));
    expect(vanilla).toContain('Licensed journeyman');
    expect(vanilla).toContain('Join the conversation');
  });
});

describe('Quora (forum-quora)', () => {
  it('reads an age after the post’s verb as its time ("Updated 3y"), a bare count as none', () => {
    expect(['Answered 3y', 'Updated 2mo', 'asked 5 d', 'Posted 4h'].every((t) => DATE_TEXT.test(t))).toBe(true);
    expect(['3y', 'Answered 3 questions', '12 views', 'Updated 3.5 version'].some((t) => DATE_TEXT.test(t))).toBe(
      false,
    );
    expect(postHeads('forum-quora')).toEqual([
      'Dave Fenwick · Answered Mar 14, 2023',
      'Richard Jones · Updated 3y',
      'Mark Hollis',
    ]);
  });

  it('keeps the answers without authors in vanilla Readability’s text, with the sponsor’s box', () => {
    const vanilla = readabilityText(loadPage('forum-quora'));
    expect(vanilla).toContain(REPLIES[1]);
    expect(vanilla).toContain('Sponsored by');
    expect(vanilla).not.toContain('Dave Fenwick');
  });
});

describe('vBulletin 3 (forum-vbulletin3)', () => {
  it('does not take the navbar, whose "Members List" links to the list of members, for a post', () => {
    const posts = findPosts(loadPage('forum-vbulletin3').body)!;
    expect(posts).toHaveLength(4);
    expect(posts.every((p) => /^post\d+$/.test(p.id))).toBe(true);
  });

  it('keeps each member’s card and signature in vanilla Readability’s text', () => {
    const vanilla = readabilityText(loadPage('forum-vbulletin3'));
    expect(vanilla).toContain('Join Date: Jan 2021');
    expect(vanilla).toContain('Licensed journeyman');
  });
});

describe('a mailing list’s archived message (forum-pipermail)', () => {
  it('keeps the message without the steps to the previous and next messages and the sort orders', () => {
    const a = offprintPage(loadPage('forum-pipermail'))!;
    expect(a.text).toContain(REPLIES[0]);
    expect(a.text).toContain('Dave Fenwick');
    expect(a.text).not.toMatch(/Previous message|Next message|Messages sorted by|\[ date \]/);
  });

  it('keeps the steps in vanilla Readability’s text', () => {
    expect(readabilityText(loadPage('forum-pipermail'))).toMatch(/Next message \(by thread\)/);
  });
});

describe('boxes named only by layout utilities', () => {
  it('are no posts, though each holds an author and a date (page columns once landmarks are plain boxes)', () => {
    const post = (i: number) =>
      `<li class="post-${i}"><div class="d-flex flex-column"><a href="/user/m${i}">m${i}</a> ` +
      `<time datetime="2023-03-1${i}">Mar 1${i}, 2023</time><div class="content"><p>Reply ${i}: the flame ` +
      'arrestor screen under the tank was covered in lint from the dryer next to it.</p></div></div></li>';
    const doc = parsePage(
      `<body><div class="d-flex flex-column"><a href="/user/admin">admin</a> <time datetime="2023-01-01">Jan 1, ` +
        '2023</time> Site news and a long sidebar text about the forum, its rules and its moderators.</div>' +
        `<div class="d-flex flex-column"><ul>${[1, 2, 3].map(post).join('')}</ul></div></body>`,
    );
    const posts = findPosts(doc.body)!;
    expect(posts.map((p) => p.tagName)).toEqual(['LI', 'LI', 'LI']);
  });
});
