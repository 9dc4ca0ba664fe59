// @vitest-environment jsdom
// The forum shapes session 36 left (session 37, issue 15): Invision Community 4 in depth (its signature box named by
// `data-role` alone, its reactions drawn as icons and counts), NodeBB's Harmony theme (the post's header typed as its
// author in microdata, its times relative), and Higher Logic's replies sent by e-mail, each carrying the message it
// answers; Simple Machines 2.1, right already (the fixture locks it). Fixture pages:
// tests/fixtures/pages/{forum-invision4,forum-nodebb,forum-higher-logic-email,forum-smf21}, the same four posts as the
// fixtures of sessions 35 and 36.
import { describe, expect, it } from 'vitest';
import { QUESTION, REPLIES } from '../../helpers/forum-thread';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { findPosts } from '@/utils/extraction/find-posts';
import { threadHtml } from '@/utils/extraction/extract-thread';

/** The thread's post headers ("author · time") as Offprint prints them, with each header's machine time. */
function heads(slug: string): { text: string; datetime: string | null }[] {
  const out = parsePage(`<div>${offprintPage(loadPage(slug))!.contentHtml}</div>`);
  return [...out.querySelectorAll('article > header')].map((h) => ({
    text: h.textContent ?? '',
    datetime: h.querySelector('time')?.getAttribute('datetime') ?? null,
  }));
}

/** The thread of a page written inline: its posts' text as Offprint prints them. */
function thread(html: string): Document {
  const doc = parsePage(`<body><main>${html}</main></body>`);
  return parsePage(`<div>${threadHtml(doc, findPosts(doc.body)!)}</div>`);
}

describe.each([
  [
    'forum-invision4',
    /^(Quote|Like|\d+)$|Rheem|journeyman|Members|Pro Member|Popular Post|Share this post|Followers|Reply to this/m,
  ],
  ['forum-nodebb', /Upvote|Oldest to Newest|Log in to reply|Posters|Views|Pros|journeyman|#\d|1 Reply|deleted/],
  ['forum-higher-logic-email', /Original Message|Sent:|From:|Subject:|Reply Privately|Options/],
  ['forum-smf21', /Posts: \d|Member|Location|Logged|Like|Quote$|More\.\.\.|Report|journeyman|Reply #|Last Edit|Print/m],
])('a thread of %s', (slug, chrome) => {
  it('keeps every post once, under its author and time, without the engine’s chrome', () => {
    const a = offprintPage(loadPage(slug))!;
    expect(a.pageKind).toBe('thread');
    expect(a.text.split(QUESTION).length).toBe(2);
    for (const reply of REPLIES) expect(a.text.split(reply).length).toBe(2);
    expect(heads(slug).every((h) => / · \S/.test(h.text))).toBe(true);
    expect(a.text).not.toMatch(chrome);
  });
});

describe('Invision Community 4 (forum-invision4)', () => {
  it('leaves out the one signature, printed under one post in `div[data-role=memberSignature]`', () => {
    expect(offprintPage(loadPage('forum-invision4'))!.text).not.toContain('Licensed journeyman');
  });

  it('leaves out the reactions’ counts drawn beside their icons ("Thanks 3", "Like 1")', () => {
    expect(offprintPage(loadPage('forum-invision4'))!.text).not.toMatch(/^\d+$/m);
  });

  it('is one post in vanilla Readability’s text', () => {
    const vanilla = readabilityText(loadPage('forum-invision4'));
    expect(vanilla).toContain(REPLIES[0]);
    expect(vanilla).not.toContain(QUESTION);
    expect(vanilla).not.toContain(REPLIES[1]);
  });
});

describe('NodeBB (forum-nodebb)', () => {
  it('dates each post by the time in its header, typed as the post’s author, not by a reply count’s', () => {
    expect(heads('forum-nodebb')).toEqual([
      { text: 'rjones · 3 years ago', datetime: '2023-03-14T09:12:00.000Z' },
      { text: 'PlumbPro_Dave · 3 years ago', datetime: '2023-03-14T10:47:00.000Z' },
      { text: 'rjones · 3 years ago', datetime: '2023-03-15T19:30:00.000Z' },
      { text: 'mhollis · 3 years ago', datetime: '2023-03-16T08:05:00.000Z' },
    ]);
  });

  it('is every post without an author in vanilla Readability’s text, the hidden "deleted" notice kept', () => {
    const vanilla = readabilityText(loadPage('forum-nodebb'));
    expect(vanilla).toContain(REPLIES[2]);
    expect(vanilla).toContain('This topic has been deleted');
    expect(vanilla).not.toContain('rjones');
  });
});

describe('a relative time (“3 years ago”)', () => {
  const post = (i: number, time: string) =>
    `<div class="post"><a href="/u/m${i}">m${i}</a> ${time}<div class="post-body"><p>Reply ${i}: ` +
    'the flame arrestor screen under the tank was covered in lint from the dryer.</p></div></div>';

  it('keeps its text and takes its day from the element or its link (seconds since 1970, HN’s two forms)', () => {
    const out = thread(
      post(1, '<a href="/p/1" title="2023-03-14T09:12:00Z"><span class="timeago">3 years ago</span></a>') +
        post(2, '<span class="date" data-timestamp="1678790820">vor 3 Jahren</span>') +
        post(3, '<span class="date" title="Mar 15, 2023">3 years ago</span>') +
        post(4, '<span class="age" title="2023-03-16T08:05:00 1678953900"><a href="item?id=4">3 years ago</a></span>'),
    );
    const times = [...out.querySelectorAll('header time')].map((t) => [t.textContent, t.getAttribute('datetime')]);
    expect(times).toEqual([
      ['3 years ago', '2023-03-14T09:12:00Z'],
      ['vor 3 Jahren', '2023-03-14T10:47:00.000Z'],
      ['3 years ago', null],
      ['3 years ago', '2023-03-16T08:05:00'],
    ]);
  });
});

describe('a reply sent by e-mail (forum-higher-logic-email)', () => {
  const body = (text: string) => `<p>${text}</p>`;
  const first = 'Pull the burner assembly and look at the flame arrestor screen on the bottom of the tank. '.repeat(2);
  const post = (i: number, html: string) =>
    `<div class="post"><a href="/u/m${i}">m${i}</a> <time datetime="2023-03-1${i}">Mar 1${i}, 2023</time>` +
    `<div class="post-body">${html}</div></div>`;
  const mail = (original: string) =>
    `<p>That was it, thanks.</p><p>-----Original Message-----<br>From: m1<br>Sent: Mar 11, 2023</p>${original}`;

  it('loses the original message it carries when an earlier post shows it', () => {
    const text = offprintPage(loadPage('forum-higher-logic-email'))!.text;
    expect(text).not.toMatch(/Original Message|From: Dave Prowse/);
    expect(text).toContain('Springfield IL');
  });

  it('marks the message from its opening line to the end of the reply, the rule of dashes above it too', () => {
    const out = thread(post(1, body(first)) + post(2, mail(body(first))));
    const marked = [...out.querySelectorAll('[data-offprint-quote]')].map((el) => el.textContent).join('|');
    expect(marked).toBe(`-----Original Message-----||From: m1||Sent: Mar 11, 2023|${first}`);
  });

  it('keeps it when no post of the page shows it (the message answered is on an earlier page)', () => {
    const out = thread(post(1, body('An opening post of the thread, long enough.')) + post(2, mail(body(first))));
    expect(out.querySelector('[data-offprint-quote]')).toBeNull();
  });

  it('is kept whole, the thread above it again, in vanilla Readability’s text', () => {
    const vanilla = readabilityText(loadPage('forum-higher-logic-email'));
    expect(vanilla.split(REPLIES[0]).length).toBe(4);
  });
});

describe('Simple Machines 2.1 (forum-smf21)', () => {
  it('keeps its posts’ buttons and no authors in vanilla Readability’s text', () => {
    const vanilla = readabilityText(loadPage('forum-smf21'));
    expect(vanilla).toContain(REPLIES[2]);
    expect(vanilla).toMatch(/LikeQuoteMore\.\.\.Report to moderator/);
  });
});
