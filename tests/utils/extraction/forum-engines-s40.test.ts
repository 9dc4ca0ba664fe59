// @vitest-environment jsdom
// Forum engines of session 40 (issue 15), in their own markup and chrome, with the thread of the earlier fixtures:
// ProBoards, WoltLab Suite (German interface), Kunena (Joomla), UBB.threads, a 4chan-style imageboard, Askbot's
// questions and answers, and Lobsters' story with its comment tree. Fixture pages:
// tests/fixtures/pages/forum-{proboards,woltlab,kunena,ubbthreads,imageboard,askbot,lobsters}.
import { describe, expect, it } from 'vitest';
import { QUESTION, REPLIES, postHeads } from '../../helpers/forum-thread';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { findTime } from '@/utils/extraction/post-time';
import { bodiesAfter, findPosts } from '@/utils/extraction/find-posts';

/** Offprint's text of the fixture, after checking it is a thread holding each post once. */
function threadText(slug: string): string {
  const a = offprintPage(loadPage(slug))!;
  expect(a.pageKind).toBe('thread');
  for (const t of [QUESTION, ...REPLIES]) expect(a.text.split(t).length).toBe(2);
  return a.text;
}

describe('engines whose threads come out right (the fixtures lock it)', () => {
  it('ProBoards: every post under name · time; mini-profiles, signature, similar threads and quick reply gone', () => {
    const text = threadText('forum-proboards');
    expect(postHeads('forum-proboards')).toEqual([
      'rjones · Mar 14, 2023 9:12:00 GMT',
      'PlumbPro_Dave · Mar 14, 2023 10:47:21 GMT',
      'rjones · Mar 15, 2023 19:30:05 GMT',
      'mhollis · Mar 16, 2023 8:05:44 GMT',
    ]);
    expect(text).not.toMatch(/Licensed plumber|Posts:|Likes:|Similar threads|Quick Reply|Powered by|Create your own/);
  });

  it('WoltLab Suite: German dates, the sidebar, edit note, buttons and "Ähnliche Themen" gone', () => {
    const text = threadText('forum-woltlab');
    expect(postHeads('forum-woltlab')).toEqual([
      'rjones · 14. März 2023, 09:12',
      'PlumbPro_Dave · 14. März 2023, 10:47',
      'rjones · 15. März 2023, 19:30',
      'mhollis · 16. März 2023, 08:05',
    ]);
    expect(text).not.toMatch(/Beiträge|Mitglied seit|editiert|Zitieren|Ähnliche Themen|Installateurmeister|Impressum/);
  });

  it('Kunena: each post under its relative time, the profile boxes, buttons, moderators and "Powered by" gone', () => {
    const text = threadText('forum-kunena');
    expect(postHeads('forum-kunena')).toEqual([
      'rjones · 3 years 8 months ago',
      'PlumbPro_Dave · 3 years 8 months ago',
      'rjones · 3 years 8 months ago',
      'mhollis · 3 years 8 months ago',
    ]);
    expect(text).not.toMatch(/Fresh Boarder|Thank you|Posts:|Licensed plumber|Moderators|Powered by|Time to create/);
  });

  it('an imageboard: each numbered post under "Anonymous · time", the post form and board lists gone', () => {
    const text = threadText('forum-imageboard');
    expect(postHeads('forum-imageboard').map((h) => h.replace(/ No\.\d+$/, ''))).toEqual([
      'Anonymous · 03/14/23(Tue)09:12:00',
      'Anonymous · 03/14/23(Tue)10:47:21',
      'Anonymous · 03/15/23(Wed)19:30:05',
      'Anonymous · 03/16/23(Thu)08:05:44',
    ]);
    expect(text).not.toMatch(/Catalog|Delete Post|Return|Yotsuba|trademarks|heater\.jpg/);
  });
});

describe('UBB.threads (forum-ubbthreads)', () => {
  it('dates each post by its day and the time of day printed beside it, user cards and options gone', () => {
    const text = threadText('forum-ubbthreads');
    expect(postHeads('forum-ubbthreads')).toEqual([
      'rjones · 03/14/23 09:12 AM',
      'PlumbPro_Dave · 03/14/23 10:47 AM',
      'rjones · 03/15/23 07:30 PM',
      'mhollis · 03/16/23 08:05 AM',
    ]);
    expect(text).not.toMatch(/Registered:|Loc:|Report Post|Licensed plumber|Who's Online|Powered by|Hop To/);
  });

  it('adds a time of day only from the next element classed as a time', () => {
    const time = (html: string) =>
      findTime(parsePage(`<div class="p">${html}</div>`).querySelector('.p')!, () => true)?.text;
    expect(time('<span class="date">03/14/23</span> <span class="time">09:12 AM</span>')).toBe('03/14/23 09:12 AM');
    expect(time('<span class="date">03/14/23</span> <span class="views">12:30</span>')).toBe('03/14/23');
    expect(time('<span class="date">03/14/23</span> <span class="time">Edited</span>')).toBe('03/14/23');
  });
});

describe('Askbot (forum-askbot)', () => {
  it('dates each post by its `abbr.timeago`, not the byline box around it, and keeps the question’s byline out', () => {
    const text = threadText('forum-askbot');
    expect(postHeads('forum-askbot')).toEqual([
      'rjones · 2023-03-14 09:12:00 -0500',
      'PlumbPro_Dave · 2023-03-14 10:47:00 -0500',
      'rjones · 2023-03-15 19:30:00 -0500',
      'mhollis · 2023-03-16 08:05:00 -0500',
    ]);
    expect(text).not.toMatch(/water-heater|flag offensive|add a comment|Related questions|karma|●|Powered by/);
  });

  it('reads a time line classed as one inside a box whose class word only looks like one ("post-update-info")', () => {
    const post = parsePage(
      '<div class="post"><div class="post-update-info"><p class="tip">answered <abbr class="timeago" ' +
        'title="2023-03-14 10:47:21 -0500">2023-03-14 10:47</abbr></p>' +
        '<a href="/users/7/dave/">dave</a> 2,511</div></div>',
    ).querySelector('.post')!;
    expect(findTime(post, () => true)?.text).toBe('2023-03-14 10:47');
  });

  it('keeps the bylines without names and the answer form’s notice in vanilla Readability’s text', () => {
    expect(readabilityText(loadPage('forum-askbot'))).toMatch(/answered 2023-03-14[\s\S]*Please start posting/);
  });
});

describe('Lobsters (forum-lobsters)', () => {
  it('keeps the story’s text, printed after its byline outside it, as the opening post above the comment tree', () => {
    threadText('forum-lobsters');
    expect(postHeads('forum-lobsters')).toEqual([
      'rjones · 3 years ago',
      'PlumbPro_Dave · 3 years ago',
      'rjones · 3 years ago',
      'mhollis · 3 years ago',
    ]);
  });

  it('takes the block after the first post only when that post holds no text and the others do', () => {
    const doc = loadPage('forum-lobsters');
    const posts = findPosts(doc.body)!;
    expect(bodiesAfter.get(posts[0])?.className).toBe('story_content');
    // A group of bylines (each post's text outside its box): no middle text, no block taken.
    const bylines = parsePage(
      [1, 2, 3]
        .map(
          (n) =>
            `<div class="c"><div class="byline"><a href="/users/u${n}">u${n}</a> <time datetime="2023-03-1${n}">` +
            `Mar 1${n}, 2023</time></div>` +
            `<div class="text">${'Words of a comment that stands apart. '.repeat(6)}</div></div>`,
        )
        .join(''),
    );
    const found = findPosts(bylines.body);
    expect(found && bodiesAfter.get(found[0])).toBeFalsy();
  });

  it('is only the story in vanilla Readability’s text', () => {
    const text = readabilityText(loadPage('forum-lobsters'));
    expect(text).toContain(QUESTION);
    expect(text).not.toContain(REPLIES[0]);
  });
});
