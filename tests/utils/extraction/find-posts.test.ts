// @vitest-environment jsdom
// Threads: the posts of a forum or Q&A page found by structure (look-alike blocks that each carry an
// author and a time) or by microdata, each copied with its author and time, and the choice between
// the thread and Readability's article. Fixture pages: tests/fixtures/pages/{forum-xenforo,
// qa-microdata,news-with-comments}.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findPosts, isAuthorEl, isTooltipDate } from '@/utils/extraction/find-posts';
import { threadHtml } from '@/utils/extraction/extract-thread';
import { postChromeLines, preferThread } from '@/utils/extraction/prefer-thread';
import { unwrapNoscript } from '@/utils/extraction/unwrap-noscript';
import { extractArticle } from '@/utils/extraction/extract-article';

const page = (slug: string) =>
  new JSDOM(fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8')).window.document;
const parse = (html: string) => new JSDOM(html).window.document;

describe('findPosts', () => {
  it('finds every post of a forum thread by its repeated structure', () => {
    const doc = page('forum-xenforo');
    const posts = findPosts(doc.body);
    // The post is the message or a block inside it that holds the whole message (author, time, text).
    expect(posts?.map((p) => p.closest('[id]')?.id)).toEqual(['js-post-1001', 'js-post-1002', 'js-post-1003']);
  });

  it('finds the question and its answers from microdata', () => {
    const posts = findPosts(page('qa-microdata').body);
    expect(posts?.map((p) => p.closest('[id]')?.id)).toEqual(['question', 'answer-4412', 'answer-4420']);
  });

  it('takes the opening post that the engine marks with class words of its own', () => {
    const posts = findPosts(page('forum-opening-post').body);
    expect(posts?.map((p) => p.id)).toEqual(['post-9001', 'post-9002', 'post-9003', 'post-9004', 'post-9005']);
  });

  it('takes an opening post that shares no class word with the replies by its text block (Vanilla, Lemmy)', () => {
    const posts = findPosts(page('forum-opening-body').body);
    expect(posts?.map((p) => p.querySelector('.ItemDiscussion')?.id ?? p.closest('li')?.id)).toEqual([
      'Discussion_1207',
      'Comment_5100',
      'Comment_5101',
      'Comment_5102',
    ]);
  });

  describe('an opening post found by its text block', () => {
    const text = 'Text of the post, long enough to read as the words someone wrote in a thread.';
    const reply = (i: number) =>
      `<li class="comment"><a href="/u/m${i}" class="person">m${i}</a> <span>${i} hours ago</span>` +
      `<div class="comment-content"><div class="md"><p>Reply ${i}. ${text}</p></div></div></li>`;
    const thread = (before: string) =>
      parse(`<body><div class="col">${before}<ul class="comments">${[1, 2, 3].map(reply).join('')}</ul></div></body>`);
    const opening = (cls = 'post-listing', body = `Opening. ${text}`) =>
      `<div class="${cls}"><a href="/u/op" class="person">op</a> <span>5 hours ago</span>` +
      `<article id="postContent"><div class="md"><p>${body}</p></div></article></div>`;
    it('opens the thread with it', () => {
      expect(findPosts(thread(opening()).body)?.[0].className).toBe('post-listing');
    });
    it('leaves out a copy of the first reply (a hidden preview) and a side column', () => {
      expect(findPosts(thread(opening('preview', `Reply 1. ${text}`)).body)).toHaveLength(3);
      expect(findPosts(thread(opening('side')).body)).toHaveLength(3);
    });
    it('leaves out a box outside the main landmark that holds the posts (a side column, hashed class names)', () => {
      // Old Reddit's side column stands before `div.content[role=main]`: the community's description in the posts' text
      // block's shape, with its creator and date. Hashed, no side class word tells it.
      const replies = `<ul class="zgwxqjkv">${[1, 2, 3].map(reply).join('')}</ul>`;
      const side = opening('qxzvkwjg', `A community for readers of the weekly letter. ${text}`);
      const outside = parse(
        `<body><div class="wkgjzqxv">${side}</div><div class="jvqkxzwg" role="main">${replies}</div></body>`,
      );
      expect(findPosts(outside.body)?.length).toBe(3);
      // In the landmark, the same box opens the thread.
      const inside = parse(`<body><main class="jvqkxzwg">${opening('qxzvkwjg')}${replies}</main></body>`);
      expect(findPosts(inside.body)?.[0].className).toBe('qxzvkwjg');
    });
  });

  it("reads a FluxBB guest view: the name before the member's title, the text in postmsg, the date alone", () => {
    const doc = page('forum-fluxbb');
    const posts = findPosts(doc.body);
    expect(posts?.map((p) => p.id)).toEqual(['p2187900', 'p2187901', 'p2187902']);
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, posts!);
    expect([...out.querySelectorAll('cite')].map((c) => c.textContent)).toEqual([
      'pkgwatcher',
      'lmerino',
      'pkgwatcher',
    ]);
    expect(out.querySelector('time')?.textContent).toBe('2024-05-12 09:14:02');
    expect(out.textContent).not.toMatch(/Registered: 2021-03-02|Offline/);
  });

  it('reads authors from Simple Machines profile links and from data-username', () => {
    const post = (i: number, author: string) =>
      `<div class="windowbg"><div class="poster">${author}</div>` +
      `<div class="postinfo"><span class="smalltext">June 0${i}, 2024, 11:23:55 AM</span></div>` +
      `<div class="post"><div class="inner">Reply number ${i} with a few words of its own.</div></div></div>`;
    const thread = (author: (i: number) => string) =>
      parse(`<body>${[1, 2, 3].map((i) => post(i, author(i))).join('')}</body>`);
    const smf = thread((i) => `<a href="/index.php?action=profile;u=26${i}">Member ${i}</a>`);
    expect(findPosts(smf.body)).toHaveLength(3);
    const menu = thread((i) => `<a class="name menu_toggle" data-username="m${i}">m${i}</a>`);
    expect(findPosts(menu.body)).toHaveLength(3);
    const doc = menu;
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    expect([...out.querySelectorAll('cite')].map((c) => c.textContent)).toEqual(['m1', 'm2', 'm3']);
  });

  it('takes the posts inside look-alike wrappers, not the wrappers (a thread block, a similar-threads block)', () => {
    const post = (i: number) =>
      `<article class="message" id="post-${i}"><a href="/members/m${i}.${i}/" class="username">m${i}</a>` +
      `<time datetime="2024-03-0${i}">Mar ${i}, 2024</time><div class="bbWrapper">Reply ${i}: I moved the thread to " +
      'the wearables board, where more owners will see it and answer with what they use.</div></article>`;
    const similar = (i: number) =>
      `<div class="structItem"><a href="/threads/${i}/">Other thread ${i}</a><span class="username">u${i}</span>` +
      `<time datetime="2023-01-0${i}">Jan ${i}, 2023</time> Replies ${i} · Views ${i * 100}</div>`;
    const doc = parse(
      '<body><div class="block"><div class="block-body">Status: not open for further replies.' +
        `${[1, 2, 3].map(post).join('')}</div></div>` +
        '<div class="block"><h3>Similar threads</h3>' +
        `<div class="block-body">${[1, 2].map(similar).join('')}</div></div></body>`,
    );
    expect(findPosts(doc.body)?.map((p) => p.id)).toEqual(['post-1', 'post-2', 'post-3']);
  });

  it('takes posts typed in microdata over the header rows inside them (a table row per header, one per text)', () => {
    const doc = page('forum-typed-posts');
    const posts = findPosts(doc.body);
    expect(posts?.map((p) => p.tagName)).toEqual(['DIV', 'TBODY', 'TBODY', 'TBODY']);
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, posts!);
    expect(out.textContent).toContain('simulate small circuits before paying for time on real hardware');
    expect(out.textContent).toContain('Has anyone here tried it on a real problem yet?');
  });

  it('reads a "byline" class word as the author of a post (a deleted member has no profile link)', () => {
    const post = (i: number, author: string) =>
      `<article class="post-box"><div class="post-box-byline">${author}</div>` +
      `<time datetime="2023-07-1${i}">7/1${i}/23</time>` +
      `<div class="post-body">Post ${i} with its own words.</div></article>`;
    const doc = parse(
      `<body>${[1, 2, 3].map((i) => post(i, i === 2 ? '<a href="/member/q">Q</a>' : 'Former Member')).join('')}</body>`,
    );
    expect(findPosts(doc.body)).toHaveLength(3);
  });

  it('groups posts by numbered ids when their class words are shared with page tools (vBulletin 3 tables)', () => {
    const tools = '<table class="tborder"><tr><td class="thead">Thread Tools</td><td>Display Modes</td></tr></table>';
    const post = (i: number) =>
      `<table id="post20170${i}" class="tborder"><tr><td class="thead">${i}th March 2025, 16:2${i}</td></tr>` +
      `<tr><td class="alt2"><a class="bigusername" href="member.php?u=22${i}">m${i}</a></td>` +
      `<td class="alt1"><div id="post_message_20170${i}">Post ${i}: I tested the card with three players.</div>` +
      `<div class="smallfont">Last edited by m${i}</div></td></tr></table>`;
    const doc = parse(`<body>${tools.repeat(4)}${[1, 2].map(post).join('')}${tools.repeat(3)}</body>`);
    const posts = findPosts(doc.body);
    expect(posts?.map((p) => p.id)).toEqual(['post201701', 'post201702']);
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, posts!);
    expect(out.textContent).toContain('Post 2: I tested the card with three players.');
    expect(out.textContent).not.toContain('Last edited'); // the text block is the one the id names
  });

  it("opens the thread with its head printed apart from the comments (Hacker News' submission above its tree)", () => {
    const posts = findPosts(page('forum-hacker-news').body);
    expect(posts?.map((p) => p.className)).toEqual(['fatitem', ...Array(5).fill('default')]);
  });

  it('passes over a count of comments between the head and the posts (Steam discussions)', () => {
    const posts = findPosts(page('forum-steam-discussion').body);
    expect(posts?.[0].className).toBe('forum_op');
    expect(posts).toHaveLength(5);
  });

  it("opens the thread with a community post's head holding its <h1> (Zendesk's div.post above its comments)", () => {
    const posts = findPosts(page('forum-zendesk-community').body);
    expect(posts?.map((p) => p.className)).toEqual(['post', ...Array(3).fill('comment-wrapper')]);
  });

  it('does not take a blog post with its <h1> for a thread head on a page labelled og:type=article', () => {
    const doc = page('blog-open-thread');
    // The label is the signal: the same page labelled a website would be read as a community post and its comments.
    expect(findPosts(doc.body, false)?.[0].className).toMatch(/^post-2291 post /);
    expect(findPosts(doc.body, true)?.map((p) => p.className)).toEqual(Array(4).fill('comment-body'));
    const a = extractArticle(doc, 'http://fakehost/2024/03/march-2024-open-thread/')!;
    expect(a.textContent).toMatch(/^Every quarter we open a thread/);
    expect(a.textContent).not.toMatch(/Priya S\.|spreadsheets behind the cost estimates|Leave a Reply/);
  });

  it('does not take a blog post above its comments for a thread head (an open thread on a blog)', () => {
    const comment = (i: number) =>
      `<li class="comment"><a href="/members/m${i}/">m${i}</a> <time datetime="2018-09-1${i}">Sep 1${i}, 2018</time>` +
      `<div class="comment-body">Comment ${i}, long enough to be what a reader wrote under the post.</div></li>`;
    const text = 'This is an open thread. '.repeat(10);
    const post =
      '<article class="post"><h1>September 2018 open thread</h1><a href="/author/ed/">Ed</a> ' +
      `<time datetime="2018-09-10">Sep 10, 2018</time><div class="entry">${text}</div></article>`;
    const doc = parse(
      `<body><div class="main">${post}<ol class="comments">${[1, 2, 3].map(comment).join('')}</ol></div></body>`,
    );
    expect(findPosts(doc.body)?.map((p) => p.className)).toEqual(['comment', 'comment', 'comment']);
  });

  it("does not take a topic's title bar before the posts for an opening post", () => {
    const post = (i: number) =>
      `<div class="post"><a href="/members/m${i}.${i}/">m${i}</a> ` +
      `<time datetime="2024-03-0${i}">Mar ${i}, 2024</time>` +
      `<div class="post-body">Reply ${i}, long enough to be what someone wrote in a thread about tents.</div></div>`;
    const head =
      '<div class="topic-head"><h1>Which tent for a week of rain in the hills, and does the floor matter?</h1>' +
      '<a href="/members/op.9/">op</a> <time datetime="2024-03-01">Mar 1, 2024</time></div>';
    const doc = parse(
      `<body><div class="page">${head}<div class="posts">${[1, 2, 3].map(post).join('')}</div></div></body>`,
    );
    expect(findPosts(doc.body)?.map((p) => p.className)).toEqual(['post', 'post', 'post']);
  });

  it('finds nothing on an article without repeated dated posts', () => {
    const doc = parse(
      '<body><article><h1>Title</h1>' +
        '<p>A paragraph of the article with enough words to count as prose.</p>'.repeat(6) +
        '</article></body>',
    );
    expect(findPosts(doc.body)).toBeNull();
  });
});

describe('isAuthorEl', () => {
  const link = (href: string) => {
    const a = parse('<body></body>').createElement('a');
    a.setAttribute('href', href);
    return a;
  };
  it('reads a member number in the query as a profile link', () => {
    expect(isAuthorEl(link('/forum/index.php?action=profile;u=261870'))).toBe(true);
    expect(isAuthorEl(link('/memberlist.php?mode=viewprofile&u=52'))).toBe(true);
    expect(isAuthorEl(link('/showthread.php?user=anna'))).toBe(true);
  });
  it("reads a members' page with the member in its query as a profile link (Hacker News' user?id=)", () => {
    expect(isAuthorEl(link('user?id=marten'))).toBe(true);
    expect(isAuthorEl(link('/users.php?name=anna'))).toBe(true);
    expect(isAuthorEl(link('/user?id=https%3A%2F%2Fexample.com'))).toBe(false);
    expect(isAuthorEl(link('/item?id=3999'))).toBe(false);
  });
  it('does not read a redirector in front of an outside address as one (a store footer’s social links)', () => {
    expect(isAuthorEl(link('https://community.example/linkfilter/?u=https%3A%2F%2Fwww.facebook.com%2FShop'))).toBe(
      false,
    );
    expect(isAuthorEl(link('/out?u=http://www.instagram.com/shop.example'))).toBe(false);
  });
});

describe('threadHtml', () => {
  it('copies each post with its author and time, without its buttons, user card or quote of replies', () => {
    const doc = page('forum-xenforo');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    const posts = out.querySelectorAll(':scope > article');
    expect(posts).toHaveLength(3);
    const heads = [...posts].map((p) => p.querySelector(':scope > header')?.textContent);
    expect(heads).toEqual(['Marta K · Mar 2, 2024', 'Devon R · Mar 2, 2024', 'Lena P · Mar 3, 2024']);
    expect(posts[0].querySelector('time')?.getAttribute('datetime')).toBe('2024-03-02T09:14:00+0000');
    expect(out.textContent).toContain('nothing is locked behind a subscription');
    expect(out.textContent).not.toMatch(/Report|New member|Moderator|Similar threads/);
  });

  it("never takes a user card for a short post's text, even when its class words look like a body", () => {
    const post = (i: number) =>
      `<article class="message" id="p${i}"><div class="messagePostBitWrapper"><div class="message-userDetails">` +
      `<a href="/members/m${i}.1/" class="username">m${i}</a><h5 class="userTitle">Official Chao Puncher</h5>` +
      `<dl>Member since Oct 25, 2017 · 23,714 posts · The Digital World</dl></div></div>` +
      `<div class="message-main"><time datetime="2025-03-27">Mar 27, 2025</time>` +
      `<div class="message-content"><div class="bbWrapper">Short reply ${i}.</div></div></div></article>`;
    const doc = parse(`<body>${[1, 2, 3].map(post).join('')}</body>`);
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    expect(out.textContent).toContain('Short reply 2.');
    expect(out.textContent).not.toMatch(/Chao Puncher|23,714/);
  });

  it('finds the text of posts whose class names are hashed: no header, user card, signature or buttons', () => {
    const doc = page('forum-hashed-classes');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    const heads = [...out.querySelectorAll('header')].map((h) => h.textContent);
    expect(heads).toEqual(['dana_k · March 19, 2024', 'SparkyRon · March 19, 2024', 'dana_k · March 20, 2024']);
    // A mention of the first author at the start of a reply is the reply's text, not its header.
    expect(out.textContent).toContain('@dana_k most jurisdictions here');
    expect(out.textContent).toContain('Thanks, the inspector agreed.');
    expect(out.textContent).not.toMatch(/Posts|Joined|Licensed electrician|#2|Report|Top|Dana's shop/);
  });

  it("names a post's author by its user card's first line when no link or class word does (FluxBB's guests)", () => {
    const doc = page('forum-hashed-card');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    const heads = [...out.querySelectorAll('header')].map((h) => h.textContent);
    expect(heads).toEqual([
      'ferrous_oak · 2024-09-21 18:40:12',
      'wren_at_dusk · 2024-09-21 19:05:48',
      'ferrous_oak · 2024-09-22 08:17:03',
    ]);
    expect(out.textContent).not.toMatch(/Registered|Posts: 87|Moderator|Offline/);
  });

  it("never takes a block of the post's aside for its text (a user card's hidden list of the member's rig)", () => {
    const doc = page('forum-hashed-aside');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    expect(out.textContent).toContain('Turn off ErP in the BIOS and it should come back.');
    expect(out.textContent).not.toMatch(/Main Rig|Threadripper|Moderators|112 posts/);
  });

  it('counts a post as authored by the byline box where the other posts link their author (a deleted member)', () => {
    const doc = page('forum-hashed-byline');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    expect(out.querySelectorAll('article')).toHaveLength(4);
    // The initials of the member's picture link to the profile too: the name is the link after it.
    expect(out.querySelectorAll('header')[1].textContent).toBe('hogfarmer · 7/9/05 8:56 PM');
    expect(out.textContent).toContain('What do you think of the approach?');
  });

  it("never takes a post's hydration data (a script's JSON, longer than its text) for its text", () => {
    const doc = page('forum-hashed-hydration');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    expect(out.querySelectorAll('article')).toHaveLength(4);
    expect(out.textContent).toContain('It still doubles within six hours.');
    expect(out.textContent).toContain('Moving it one shelf away from the heat');
    expect(out.textContent).not.toMatch(/"pid"|sourceContent|timestampISO/);
    const got = extractArticle(page('forum-hashed-hydration'), 'https://community.example.com/topic/40211')!;
    expect(got.contentHtml).toContain('Switched to a stiffer starter');
    expect(got.contentHtml).not.toMatch(/"pid"|sourceContent/);
  });

  it("never counts a member's signature in the post's share: a short reply under a long one is still its text", () => {
    const doc = page('forum-hashed-signature');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    expect(out.querySelectorAll('article')).toHaveLength(3);
    expect(out.textContent).toContain('Set the gallery\'s aspect ratio to "Auto" in its design panel.');
    expect(out.textContent).not.toMatch(/9\.4k|Reputation|Independent designer/);
  });

  it("takes a post's message, not an ad slot beside it whose inline script is longer (vBulletin 3.9)", () => {
    const doc = page('forum-post-ad-slot');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    expect(out.querySelectorAll('article')).toHaveLength(4);
    expect(out.textContent).toContain('Some of you asked for a write-up after my rail question last month');
    expect(out.textContent).not.toMatch(/googletag|initAdDisplay/);
  });

  it("weighs a list's posts of two class shapes together against the layout boxes around them (NodeBB, hashed)", () => {
    // NodeBB 4's topic with hashed class names and no landmarks (forum-hashed-nodebb): the page's column boxes share
    // one class word pair and each holds authors and dates; the topic owner's posts carry a class word more than the
    // others (whose only other word carries a digit), so each kind alone scores under 0.7 of the column boxes.
    const posts = findPosts(page('forum-hashed-nodebb').body);
    expect(posts?.map((p) => p.getAttribute('data-pid'))).toEqual(Array.from({ length: 12 }, (_, i) => `${2000 + i}`));
  });

  it('keeps the whole post when no unnamed block holds a third of its text', () => {
    const post = (i: number) =>
      `<div class="Xq1"><a href="/members/m${i}.1/">m${i}</a> <time datetime="2025-03-2${i}">Mar 2${i}, 2025</time>` +
      `<span>Reply ${i},</span> <span>said in</span> <span>three short</span> <span>pieces</span> ` +
      `<b>of text.</b></div>`;
    const doc = parse(`<body>${[1, 2, 3].map(post).join('')}</body>`);
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    expect(out.textContent).toContain('Reply 2, said in three short pieces of text.');
  });

  it('takes the text block a class word ending in "body" names, inside a form, never a link', () => {
    const post = (i: number) =>
      `<div class="entry"><p class="tagline"><a href="/user/u${i}" class="author">u${i}</a> ` +
      `<time datetime="2026-03-0${i}">17 hours ago</time></p><form class="usertext"><div class="usertext-body">` +
      `<div class="md"><p>Comment ${i} about hearing and the ringing that never stops.</p></div></div></form>` +
      `<ul class="flat-list"><li><a class="bylink" href="/c/${i}">permalink</a></li>` +
      `<li><a class="embed-comment" href="#">embed</a></li></ul></div>`;
    const doc = parse(`<body>${[1, 2, 3].map(post).join('')}</body>`);
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    expect(out.textContent).toContain('Comment 3 about hearing and the ringing that never stops.');
    expect(out.textContent).not.toMatch(/embed|permalink/);
  });

  it("reads a post's time from its timestamp link, not from a header classed as the timeline's", () => {
    const doc = page('forum-github-issue');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    const heads = [...out.querySelectorAll('header')].map((h) => h.textContent);
    expect(heads.slice(0, 2)).toEqual(['marten · May 1, 2024', 'qbit_fox · May 2, 2024']);
  });

  it('reads the name from a box named by a part of a class word, not the box that holds the time beside it', () => {
    const doc = page('forum-steam-discussion');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    const heads = [...out.querySelectorAll('header')].map((h) => h.textContent);
    expect(heads.slice(0, 2)).toEqual(['marten · 3 May, 2024 @ 6:00am', 'qbit_fox · 3 May, 2024 @ 10:20am']);
  });

  it("leaves out a post's reply, quote and report links with the box that holds only them", () => {
    const doc = page('forum-hacker-news');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    expect(out.querySelectorAll('article')).toHaveLength(6);
    expect(out.querySelector('header')?.textContent).toBe('opener · 5 hours ago');
    expect(out.textContent).toContain('fail loudly instead of quietly?');
    expect(out.textContent).not.toMatch(/\breply\b/);
  });

  it('takes the text of a Q&A post from its itemprop="text" block and the author from itemprop="author"', () => {
    const doc = page('qa-microdata');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    expect([...out.querySelectorAll('cite')].map((c) => c.textContent)).toEqual(['anik', 'Brenna O', 'tomas']);
    expect([...out.querySelectorAll('pre code')].map((c) => c.textContent)).toEqual([
      'git log --oneline -2',
      'git reset --soft HEAD~1',
    ]);
    expect(out.textContent).not.toContain('57'); // the vote count is not the answer's text
  });

  it("takes an answer's own itemprop text, not a longer one of a comment typed inside it", () => {
    const doc = page('qa-nested-comments');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    const texts = [...out.querySelectorAll('article > div')].map((d) => d.textContent);
    expect(texts[1]).toBe(
      'Reset the embedded controller: shut down, unplug the charger, hold the power button for fifteen seconds, ' +
        'then start again.',
    );
    expect(out.textContent).not.toContain('Did that twice');
  });

  it('reads an empty time by the line that shows the same moment, not as the machine form', () => {
    const doc = page('qa-nested-comments');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    expect([...out.querySelectorAll('header')].map((h) => h.textContent)).toEqual([
      'ravi · May 3, 2024 at 8:01',
      'hana_k · May 3, 2024 at 9:14',
      'o_brennan · May 3, 2024 at 11:02',
    ]);
    expect(out.querySelector('time')?.getAttribute('datetime')).toBe('2024-05-03 08:01:15Z');
  });

  it('passes over an empty meta date for the time with text after it (XenForo on VerticalScope)', () => {
    const post = (i: number) =>
      `<article class="message"><meta itemprop="datePublished" content="2024-01-03T12:2${i}:36-05:00">` +
      `<a href="/members/u${i}.4${i}/" class="username">u${i}</a> <time datetime="2024-01-03T12:2${i}:36-0500">` +
      `Jan 3, 2024</time><div class="message-body"><p>Reply ${i} about the projector and its lamp.</p></div></article>`;
    const doc = parse(`<body>${[1, 2, 3].map(post).join('')}</body>`);
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    expect(out.querySelector('header')?.textContent).toBe('u1 · Jan 3, 2024');
  });

  it("takes a reply's text, not the longer signature under it (Invision's ipsEntry__signature)", () => {
    const doc = page('forum-long-signature');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    const texts = [...out.querySelectorAll('article > div')].map((d) => d.textContent!.trim());
    expect(texts[1]).toMatch(/^The header takes its font from the site title settings/);
    expect(out.textContent).not.toContain('Tip of the week');
  });

  it("writes out a time only machines read (NodeBB's empty timeago) as its day, in the page's language", () => {
    const post = (i: number) =>
      `<li component="post" class="post"><meta itemprop="datePublished" content="2024-11-2${i}T23:50:23.066Z">` +
      `<a href="/user/u${i}" data-username="u${i}">u${i}</a> <span>wrote on <a href="/post/${i}" class="timeago" ` +
      `title="2024-11-2${i}T23:50:23.066Z"></a></span><div class="content" component="post/content">` +
      `<p>Reply ${i} about the release candidate and its emoji.</p></div></li>`;
    const heads = (lang: string) => {
      const doc = parse(`<html lang="${lang}"><body><ul>${[1, 2, 3].map(post).join('')}</ul></body></html>`);
      const out = doc.createElement('div');
      out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
      return [out.querySelector('header')?.textContent, out.querySelector('time')?.getAttribute('datetime')];
    };
    // The day the machine form names (23:50 UTC is the next day east of it): no shift to the reader's time zone.
    expect(heads('en')).toEqual(['u1 · November 21, 2024', '2024-11-21T23:50:23.066Z']);
    expect(heads('de')[0]).toBe('u1 · 21. November 2024');
    expect(heads('xx-invalid-')[0]).toBe('u1 · November 21, 2024');
  });

  it("reads phpBB's posts: the post's date, not the member's join date; the text block under the subject", () => {
    const doc = page('forum-phpbb-prosilver');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    const heads = [...out.querySelectorAll('article > header')].map((h) => h.textContent);
    expect(heads).toEqual([
      'harriet_v · Tue Jan 09, 2024 7:42 pm',
      'gearloose · Tue Jan 09, 2024 8:15 pm',
      'harriet_v · Wed Jan 10, 2024 6:05 am',
      'ottoboard · Fri Jan 12, 2024 11:48 pm',
    ]);
    const texts = [...out.querySelectorAll('article > div')].map((d) => d.textContent!.trim());
    expect(texts[0]).toMatch(/^Every time the board wakes from suspend/);
    expect(texts[3]).toMatch(/^Bookmarking this thread/);
    // A quote's own date line (its cite) does not make the text block a header.
    expect(texts[2]).toMatch(/^gearloose wrote:.*Put a small script there.*That did it/s);
    expect(out.textContent).not.toMatch(/Joined|Re: Fan curve|Select all/);
    expect(out.textContent).toContain('Code:');
  });

  it("reads a member's date labelled in a user card as the member's, not the post's (<dt>Joined</dt>)", () => {
    const post = (i: number) =>
      `<div class="message"><div class="message-user"><a href="/members/u${i}.${i}/">u${i}</a>` +
      `<dl class="pairs"><dt>Joined</dt><dd>Jan ${i}, 2019</dd></dl></div>` +
      `<div class="message-main"><span class="stamp">Mar ${i}, 2024</span>` +
      `<div class="message-body"><p>Reply ${i} about the lamp of the projector.</p></div></div></div>`;
    const doc = parse(`<body>${[1, 2, 3].map(post).join('')}</body>`);
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    expect(out.querySelector('header')?.textContent).toBe('u1 · Mar 1, 2024');
  });

  it('leaves out controls a script drives in a post\'s text (XenForo\'s "Click to expand..." under a quote)', () => {
    const post = (i: number) =>
      `<article class="message"><a href="/members/u${i}.${i}/" class="username">u${i}</a> ` +
      `<time datetime="2024-05-0${i}">May ${i}, 2024</time><div class="message-body"><div class="bbWrapper">` +
      `<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title">` +
      `<a href="/goto/post?id=${i}" class="bbCodeBlock-sourceJump">u0 said:</a></div>` +
      `<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">Quoted words ${i}.</div>` +
      `<div class="bbCodeBlock-expandLink"><a>Click to expand...</a></div></div></blockquote>` +
      `Reply ${i}: the lamp was the fault. <a href="#" name="top">Top</a></div></div></article>`;
    const doc = parse(`<body>${[1, 2, 3].map(post).join('')}</body>`);
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    expect(out.textContent).toContain('u0 said:');
    expect(out.textContent).toContain('Quoted words 2.');
    expect(out.textContent).not.toContain('Click to expand');
    // A named anchor is a place in the text, not a control.
    expect(out.textContent).toContain('Top');
  });

  it('reads BEM class words by what they name: a rich-text block of the user, not the member group', () => {
    const doc = page('forum-bem-posts');
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, findPosts(doc.body)!);
    const texts = [...out.querySelectorAll('article > div')].map((d) => d.textContent);
    expect(texts).toHaveLength(4);
    // The edit stamp under the text ("Edited June 19, 2024 by marten") is no part of it (see editStampBoxes).
    expect(texts[0]).toMatch(/^Our club's forum moves to a new server.*over the last few weeks\.$/);
    expect(texts[2]).toBe(
      'Yes, the old addresses redirect to the new ones. We tested it on every guide in the archive.',
    );
    expect(out.textContent).not.toMatch(/Members|Moderators|2 yr/);
    expect(out.querySelector('header')?.textContent).toBe('marten · June 14, 2024');
  });

  it("reads bbPress's replies: the date in the row before each, the starter's replies with their class word", () => {
    const doc = page('forum-bbpress');
    const posts = findPosts(doc.body);
    // The topic, then every reply: the starter's own reply carries `topic-author` beside the replies' class words.
    expect(posts?.map((p) => /\bpost-(\d+)\b/.exec(p.className)?.[1])).toEqual(['812', '815', '818', '821']);
    const out = doc.createElement('div');
    out.innerHTML = threadHtml(doc, posts!);
    const heads = [...out.querySelectorAll('article > header')].map((h) => h.textContent);
    expect(heads).toEqual([
      'Tom Green · March 3, 2024 at 9:14 am',
      'Dana Miller · March 3, 2024 at 11:02 am',
      'Tom Green · March 4, 2024 at 7:45 pm',
      'Rosa Lopez · March 5, 2024 at 8:20 am',
    ]);
    // The row's permalink and the member's role are not the posts' text.
    expect(out.textContent).not.toMatch(/#81\d|Participant|Moderator/);
  });

  it('takes no date row longer than a header', () => {
    const post = (i: number, row: string) =>
      `<div class="meta">${row}</div><div class="reply"><a href="/users/u${i}/">u${i}</a>` +
      `<div class="reply-content"><p>Reply ${i} about the cartridge and the notch in the valve body.</p></div></div>`;
    const thread = (row: (i: number) => string) =>
      findPosts(parse(`<body><div>${[1, 2, 3].map((i) => post(i, row(i))).join('')}</div></body>`).body);
    expect(thread((i) => `March ${i}, 2024 at 9:14 am <a href="#p${i}">#${i}</a>`)).toHaveLength(3);
    expect(thread((i) => `March ${i}, 2024 ${'and a long line of other text '.repeat(6)}`)).toBeNull();
  });
});

describe('preferThread', () => {
  const post = 'I have worn a budget band every night for eight months and the battery lasts nine days.';
  it('takes the thread when Readability kept only one of its posts', () => {
    expect(preferThread(`${post}\nA second post with its own words about sleep stages.`, post)).toBe(true);
  });
  it('keeps the article when the posts are comments under it', () => {
    const article = 'The city council voted on Tuesday to extend the tram line to the northern districts.';
    expect(preferThread('Finally, I have waited for this since we moved here.', article)).toBe(false);
  });
  it('takes the thread when Readability kept only a scrap of the page (a tagline)', () => {
    const tagline = 'A community dedicated to all Toyota models. Come discuss them!';
    expect(preferThread(`${post}\n`.repeat(3), tagline)).toBe(true);
    expect(preferThread(post, tagline)).toBe(false); // not three times the scrap
  });
  it('on a page declared a thread, takes posts as large as whatever block Readability kept', () => {
    const notice = 'The content we make available on this website is protected by these terms of service.';
    const posts = `${post}\nA second post with its own words about sleep stages and battery life.`;
    expect(preferThread(posts, notice)).toBe(false); // undeclared: the posts may be comments under it
    expect(preferThread(posts, notice, true)).toBe(true);
    expect(preferThread(post, `${notice} ${notice}`, true)).toBe(false); // smaller than the block
  });
  it('keeps a question whose words the comments hold but not its sentences (a comment quotes its first line)', () => {
    const question =
      'I would like to know how people get into woodworking as a hobby. I have done crown molding and built ' +
      'a deck, so I own a circular saw and a miter saw. What got you started, and what is a good first project?';
    const comments = [
      'I would like to know how people get into woodworking as a hobby. I did mine as a kid with my father.',
      'A cutting board is a good first project: a saw, some glue and a few clamps are all it takes to start.',
      'I started when I was a student whose taste in furniture far exceeded the budget, so I built my own.',
      'Get a good miter saw and a square, then build a simple bookcase; you will learn joinery on the way.',
    ].join('\n');
    expect(preferThread(comments, question)).toBe(false);
  });
  it('takes posts three times the size of a block without prose (a side column of rules, no landmark)', () => {
    const rules = [
      'Directly link to published peer-reviewed research or a media summary of it',
      'No summaries of summaries, re-hosted press releases or reposts of earlier threads',
      'No editorialized, sensationalized or biased titles on any submission',
      'No off-topic comments, memes, low-effort comments or jokes under the posts',
      'Criticism of published work should assume basic competence of the researchers',
    ].join('\n');
    const posts = Array.from({ length: 12 }, (_, i) => `${post} Post number ${i} adds words of its own.`).join('\n');
    expect(preferThread(posts, rules, false, '', 1)).toBe(false); // a block with prose: an article's
    expect(preferThread(posts, rules, false, '', 0)).toBe(true);
  });
  it("takes the posts from a block without prose that holds them and the forum's chrome around them", () => {
    const posts = `${post}\nA second post with its own words about sleep stages and the battery.`;
    const block = `Forum index\nUser list\nActive topics\n${posts}\nReport post Quote post\nTotal posts: 41,577`;
    expect(preferThread(posts, block, false, '', 1)).toBe(false);
    expect(preferThread(posts, block, false, '', 0)).toBe(true);
    expect(
      preferThread(
        post,
        `${block}\n${'Newest registered user pipefitter and others online now. '.repeat(4)}`,
        false,
        '',
        0,
      ),
    ).toBe(false); // the posts are under half of the block
  });
  it("counts a post that Readability's block prints twice once", () => {
    const opening = `${post} The band also tracks resting heart rate, which I check every morning.`;
    const replies = `${opening}\nA second post with its own words about sleep stages and the battery.`;
    expect(preferThread(replies, `${opening}\n${opening}\n${opening}`, true)).toBe(true);
  });
  it("does not count the posts' signatures in Readability's block (GameFAQs)", () => {
    const sigs = ['Backlog: 47 games and counting, three of them started.', 'Every save point is a promise.'];
    const posts = `${post}\nA second post with its own words about sleep stages.`;
    const block = `${post}\n${sigs[0]}\nA second post with its own words about sleep stages.\n${sigs[1]}`;
    expect(preferThread(posts, block, true)).toBe(false);
    const chrome = postChromeLines(block, posts);
    expect(chrome).toBe(sigs.join('\n'));
    expect(preferThread(posts, block, true, chrome)).toBe(true);
    // A thread that missed the posts' text (under 60 % of their words) leaves nothing out as chrome.
    expect(postChromeLines(block, 'A second post with its own words about sleep stages.')).toBe('');
  });
  it("leaves out a Q&A page's comments and user cards when each post's text is its own item's (hashed classes)", () => {
    // Stack Exchange's shape with hashed class names: comments typed `Comment` under the question and the answers, user
    // cards, vote counts. The thread holds under 60 % of the posts' words, and Readability's block (the question with
    // its comments) is larger than the thread, but the page declares each post's text: the rest is chrome.
    const a = extractArticle(page('forum-hashed-qa'), 'http://fakehost/questions/2204117')!;
    expect(a.textContent).toContain('Turn off energy efficient ethernet on the interface');
    expect(a.textContent).toContain('a cheap workaround is a second network adapter on a different chip');
    expect(a.textContent).not.toMatch(/Which driver is the card using|Commented May|4 silver badges/);
    const block = `${post}\nCommented May 2, 2024 at 8:14\nA long comment typed as a comment of its own, in its words.`;
    expect(postChromeLines(block, post)).toBe('');
    expect(postChromeLines(block, post, true)).toMatch(/^Commented May 2, 2024 at 8:14\nA long comment/);
  });
  it('takes the thread of a GameFAQs-shaped page, without its signatures', () => {
    const a = extractArticle(page('forum-signatures'), 'http://fakehost/boards/1-handhelds/80702016')!;
    expect(a.textContent).toMatch(/DustyCanteen · 3 months ago/);
    expect(a.textContent).not.toMatch(/Backlog: 47 games/);
  });
  it('takes the thread when Readability found nothing, never an empty thread', () => {
    expect(preferThread(post, '')).toBe(true);
    expect(preferThread('', post)).toBe(false);
  });
});

describe('extractArticle on threads', () => {
  it("keeps a declared thread's one post (og:type=website) over a region with the sidebar's lists", () => {
    const a = extractArticle(page('forum-one-post'), 'http://fakehost/threads/second-container-terminal.4471/')!;
    expect(a.textContent).toMatch(/^The harbour authority has published the tender/);
    expect(a.textContent).not.toMatch(/Latest Posts/);
    // An FAQ's questions (shops and services print them) do not make a page a thread: the region's ratio stays.
    // (The side column renamed: its own name, p-body-sidebar, now keeps it out of the region; see extract-region. And
    // the post's dates gone: a name and a date above the block say one post whatever the page declares; see lonePost.)
    const faq = fs
      .readFileSync('tests/fixtures/pages/forum-one-post/source.html', 'utf8')
      .replace('"@type":"DiscussionForumPosting"', '"@type":"FAQPage","mainEntity":[{"@type":"Question"}]')
      .replace('p-body-sidebar', 'p-body-column')
      .replace(/<time[^>]*>[^<]*<\/time>/g, '');
    const b = extractArticle(parse(faq), 'http://fakehost/threads/second-container-terminal.4471/')!;
    expect(b.textContent).toMatch(/Latest Posts/);
  });
  it('keeps a blog post over the page body that adds its comment section (no article or thread declared)', () => {
    const doc = page('blog-comments');
    expect(findPosts(page('blog-comments').body)?.length).toBe(6);
    const a = extractArticle(doc, 'http://fakehost/2008/09/small-first.html')!;
    expect(a.textContent).toMatch(/^I have been thinking for some time/);
    expect(a.textContent).toContain('how rarely they still do.');
    expect(a.textContent).not.toMatch(/Very useful perspective|Less is more|Reply|6 comments/);
  });
  it('takes the thread of a page whose only declaration is og:type=article (a link aggregator, a forum engine)', () => {
    const a = extractArticle(page('forum-og-article'), 'http://fakehost/s/dwip3v/rust_project_goals')!;
    expect(a.pageKind).toBe('thread');
    expect([...a.textContent.matchAll(/^(\w+) · 1 year ago$/gm)].map((m) => m[1])).toEqual([
      'scvalex',
      'jamesw',
      'ekuber',
      'mara',
      'tomaka',
      'nrc',
    ]);
  });

  it('keeps a blog post whose related-posts box looks like a second post (og:type=article, two "posts")', () => {
    const para = '<p>Tutoring works when the tutor asks more questions than they answer, and plans each session.</p>';
    const doc = new JSDOM(
      '<html><head><title>What tutoring is</title><meta property="og:type" content="article"></head><body>' +
        '<div class="post-wrap-inner"><h1>What tutoring is</h1><span class="byline">Halina Goetz</span>' +
        `<time datetime="2016-02-09">February 9, 2016</time>${para.repeat(6)}</div>` +
        '<div class="post-wrap-inner"><h3>Browse related</h3><span class="byline">Mariel Sheets</span>' +
        '<time datetime="2025-10-28">October 28, 2025</time>' +
        '<a href="/biofuel">Biofuel, lasers and global citizenship</a>' +
        '<p>Four students returned from a summer program.</p></div></body></html>',
    ).window.document;
    const a = extractArticle(doc, 'http://fakehost/2016/02/09/what-tutoring-is')!;
    expect(a.pageKind).not.toBe('thread');
    expect(a.textContent).not.toMatch(/Halina Goetz · February 9, 2016/); // no post header: not a thread copy
  });
});

describe('unwrapNoscript', () => {
  const long = '<p>A post of the thread as the crawler view shows it, long enough to read as text.</p>'.repeat(10);
  it('opens a <noscript> that holds more text than the rest of the page (a crawler view)', () => {
    const doc = parse(
      `<body><div id="app">Loading…</div><noscript><div class="crawler">${long}</div></noscript></body>`,
    );
    unwrapNoscript(doc);
    expect(doc.querySelector('noscript')).toBeNull();
    expect(doc.querySelectorAll('.crawler p')).toHaveLength(10);
  });
  it("does not count the engine's state in a script as the page's text (Flarum's app.load JSON)", () => {
    const json = JSON.stringify({ posts: Array(40).fill('a stored post of the thread') });
    const state = `<script>app.load(${json});</script>`;
    const doc = parse(
      `<body><div id="app">Loading…</div><noscript><div class="crawler">${long}</div></noscript>${state}</body>`,
    );
    unwrapNoscript(doc);
    expect(doc.querySelector('noscript')).toBeNull();
  });
  it('opens the crawler view of a Flarum-shaped page whose state script outweighs it', () => {
    const a = extractArticle(page('forum-crawler-view'), 'http://fakehost/d/412-rebuilding-the-search-index')!;
    expect(a.textContent).toMatch(/The extension keeps a column with the time each discussion was last indexed/);
    expect(a.textContent).toMatch(/The incremental job takes under a minute now/);
  });
  it('leaves a small <noscript> (a tracking pixel, a notice) alone', () => {
    const doc = parse(`<body>${long}<noscript><p>Please enable JavaScript.</p></noscript></body>`);
    unwrapNoscript(doc);
    expect(doc.querySelector('noscript')).not.toBeNull();
  });
});

describe('isTooltipDate', () => {
  const el = (html: string) => parse(`<body>${html}</body>`).body.firstElementChild!;

  it("reads a post's short age whose tooltip is the date (a Drupal forum's comment header)", () => {
    const age = el('<span title="August 14, 2023 - 12:00am">2y</span>');
    expect(isTooltipDate(age, age.getAttribute('title')!)).toBe(true);
  });

  it('leaves a tooltip over a text without a digit, a long text or a title that is no date', () => {
    const word = el('<a title="March 3, 2024 - 6:40pm">Permalink</a>');
    expect(isTooltipDate(word, word.getAttribute('title')!)).toBe(false);
    const long = el('<span title="2024-03-03">Posted in 2024 by the harbour team</span>');
    expect(isTooltipDate(long, long.getAttribute('title')!)).toBe(false);
    const badge = el('<a title="Senior Member">1,204</a>');
    expect(isTooltipDate(badge, badge.getAttribute('title')!)).toBe(false);
  });

  it('finds the posts of a thread whose only dates are such tooltips', () => {
    const posts = findPosts(page('forum-tooltip-age').body);
    expect(posts?.length).toBe(5);
  });
});
