// @vitest-environment jsdom
// Threads in the shapes whole forum engines print, written after their templates (session 35, issue 15): every post
// of the thread with its author and time. Fixture pages: tests/fixtures/pages/{forum-khoros,forum-vbulletin4,
// forum-vbulletin5,forum-xenforo1,forum-phpbb-subsilver2,forum-mybb,forum-smf,forum-phpbb-prosilver}.
import { describe, expect, it } from 'vitest';
import { REPLIES } from '../../helpers/forum-thread';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { findPosts, isAuthorEl } from '@/utils/extraction/find-posts';
import { threadHtml } from '@/utils/extraction/extract-thread';
import { isCardList } from '@/utils/extraction/card-posts';

const HEADS = ['rjones', 'PlumbPro_Dave', 'rjones', 'mhollis'];

/** The thread's post headers ("author · time") as Offprint prints them. */
function heads(slug: string): string[] {
  const out = parsePage(`<div>${offprintPage(loadPage(slug))!.contentHtml}</div>`);
  return [...out.querySelectorAll('article > header')].map((h) => h.textContent ?? '');
}

describe('a Khoros (Lithium) community thread (forum-khoros)', () => {
  it('is its first post only for vanilla Readability', () => {
    const vanilla = readabilityText(loadPage('forum-khoros'));
    expect(vanilla).toContain('I replaced the thermocouple');
    for (const reply of REPLIES) expect(vanilla).not.toContain(reply);
  });

  it('keeps every post with its author and time, without kudos, ranks or the page header', () => {
    const a = offprintPage(loadPage('forum-khoros'))!;
    expect(a.pageKind).toBe('thread');
    for (const reply of REPLIES) expect(a.text).toContain(reply);
    expect(heads('forum-khoros').map((h) => h.split(' · ')[0])).toEqual(HEADS);
    expect(a.text).not.toMatch(/Kudos|Senior Member|Sign In|Joined Jun 2011|Printer Friendly|Go to Solution/);
  });

  it('reads the post body as text although its class words name a signature component', () => {
    // `lia-message-body … lia-component-body-signature-highlight-escalation`: a body, not a member's signature.
    const doc = loadPage('forum-khoros');
    const out = parsePage(`<div>${threadHtml(doc, findPosts(doc.body, true)!)}</div>`);
    expect(out.body.textContent).toContain('flame arrestor screen');
  });

  it('links each post’s subject ("Re: <the page’s title>") to the post’s own page: no card titles', () => {
    const doc = loadPage('forum-khoros');
    expect(isCardList(findPosts(doc.body, true)!, 'http://fakehost/t5/Water-Heaters/td-p/1183201')).toBe(false);
  });
});

describe('the sign-in link is no member', () => {
  it('is not an author mark (Khoros /t5/user/userloginpage, /users/sign_in)', () => {
    const link = (href: string) => parsePage(`<a href="${href}">x</a>`).querySelector('a')!;
    expect(isAuthorEl(link('/t5/user/userloginpage'))).toBe(false);
    expect(isAuthorEl(link('/users/sign_in'))).toBe(false);
    expect(isAuthorEl(link('/t5/user/viewprofilepage/user-id/4120'))).toBe(true);
  });
});

describe.each(['forum-vbulletin4', 'forum-vbulletin5', 'forum-xenforo1'])('a thread of %s', (slug) => {
  it('keeps every post with its author, without user cards, signatures or controls', () => {
    const a = offprintPage(loadPage(slug))!;
    expect(a.pageKind).toBe('thread');
    for (const reply of REPLIES) expect(a.text).toContain(reply);
    expect(heads(slug).map((h) => h.split(' · ')[0])).toEqual(HEADS);
    expect(heads(slug).every((h) => /2023/.test(h))).toBe(true);
    expect(a.text).not.toMatch(/Join Date|Joined|Senior Member|Reply With Quote|Licensed master plumber|Like\b/);
  });
});

describe('a phpBB thread in the subsilver2 style (forum-phpbb-subsilver2)', () => {
  it('keeps the posts’ header rows and user cards in vanilla Readability', () => {
    const vanilla = readabilityText(loadPage('forum-phpbb-subsilver2'));
    expect(vanilla).toContain('Joined: Mon Jan 07, 2019');
    expect(vanilla).toContain('Post subject:');
  });

  it('reads each post as its two rows: the author and time from the header row, the text from the next', () => {
    const a = offprintPage(loadPage('forum-phpbb-subsilver2'))!;
    for (const reply of REPLIES) expect(a.text).toContain(reply);
    expect(heads('forum-phpbb-subsilver2')).toEqual([
      'rjones · Tue Mar 14, 2023 9:12 am',
      'PlumbPro_Dave · Tue Mar 14, 2023 10:47 am',
      'rjones · Wed Mar 15, 2023 7:30 pm',
      'mhollis · Thu Mar 16, 2023 8:05 am',
    ]);
    expect(a.text).not.toMatch(/Joined|Junior Member|Post subject/);
  });
});

describe('a member’s date labelled inside a line', () => {
  it('is not the post’s time ("Junior Member Joined: Mon Jan 07, 2019 4:01 pm")', () => {
    const row = (i: number) =>
      `<div class="post"><div class="card">Junior Member Joined: Mon Jan 07, 2019 4:01 pm Posts: 148</div>` +
      `<a href="/members/m${i}/">m${i}</a> <span>March ${i + 10}, 2023</span>` +
      `<div class="post-body">Reply ${i}: the flame arrestor screen was covered in lint.</div></div>`;
    const doc = parsePage(`<body><div>${[1, 2, 3].map(row).join('')}</div></body>`);
    const out = parsePage(`<div>${threadHtml(doc, findPosts(doc.body)!)}</div>`);
    expect([...out.querySelectorAll('time')].map((t) => t.textContent)).toEqual([
      'March 11, 2023',
      'March 12, 2023',
      'March 13, 2023',
    ]);
  });
});

describe.each(['forum-mybb', 'forum-smf'])('a thread of %s', (slug) => {
  it('names each post’s author by the profile link, not the whole user card', () => {
    const a = offprintPage(loadPage(slug))!;
    for (const reply of REPLIES) expect(a.text).toContain(reply);
    expect(heads(slug).map((h) => h.split(' · ')[0])).toEqual(HEADS);
    expect(a.text).not.toMatch(/Junior Member|Posts: 148|Logged|Reputation/);
  });
});

describe('MyBB’s profile addresses', () => {
  it('mark an author ("user-55.html")', () => {
    const link = (href: string) => parsePage(`<a href="${href}">x</a>`).querySelector('a')!;
    expect(isAuthorEl(link('https://forum.example.com/user-55.html'))).toBe(true);
    expect(isAuthorEl(link('https://forum.example.com/thread-8812.html'))).toBe(false);
  });
});

describe('a thread of two posts on a page labelled og:type=article (forum-two-posts)', () => {
  it('is its question only for vanilla Readability', () => {
    const vanilla = readabilityText(loadPage('forum-two-posts'));
    expect(vanilla).toContain('I replaced the thermocouple');
    expect(vanilla).not.toContain(REPLIES[0]);
  });

  it('keeps the question and its one reply, its title printed above them (not a blog post and a related box)', () => {
    const a = offprintPage(loadPage('forum-two-posts'))!;
    expect(a.pageKind).toBe('thread');
    expect(a.text).toContain(REPLIES[0]);
    expect(heads('forum-two-posts').map((h) => h.split(' · ')[0])).toEqual(HEADS.slice(0, 2));
    expect(a.text).not.toMatch(/Topic Stats|Senior Member|Kudos/);
  });
});

describe('a quote’s controls in XenForo 1 (forum-xenforo1)', () => {
  it('go: the "↑" jump to the quoted post and the "Click to expand..." box', () => {
    const a = offprintPage(loadPage('forum-xenforo1'))!;
    expect(a.text).toContain('PlumbPro_Dave said:');
    expect(a.text).not.toMatch(/Click to expand|↑/);
  });

  it('go only as short boxes without pictures (a class word naming an expander is not enough)', () => {
    const post = (i: number, extra: string) =>
      `<div class="post"><a href="/members/m${i}/">m${i}</a> <span class="date">March ${i + 10}, 2023</span>` +
      `<div class="post-body">Reply ${i}: the flame arrestor screen was covered in lint.${extra}</div></div>`;
    const doc = parsePage(
      `<body><div>${post(1, '<div class="imageExpand"><img src="/lint.jpg"></div>')}` +
        `${post(2, '<div class="textExpand">The screen sits under the burner, behind a small cover plate.</div>')}` +
        `${post(3, '<div class="quoteExpand">Click to expand...</div>')}</div></body>`,
    );
    const out = parsePage(`<div>${threadHtml(doc, findPosts(doc.body)!)}</div>`);
    expect(out.querySelector('img')).not.toBeNull();
    expect(out.body.textContent).toContain('behind a small cover plate');
    expect(out.body.textContent).not.toContain('Click to expand');
  });
});

describe.each([
  ['forum-mybb', '(03-14-2023, 10:47 AM)PlumbPro_Dave Wrote:', 'Pull the burner assembly'],
  ['forum-smf', 'Quote from: PlumbPro_Dave on March 14, 2023, 10:47 AM', 'Pull the burner assembly'],
  ['forum-phpbb-prosilver', 'gearloose wrote: Tue Jan 09, 2024 8:15 pm', 'Put a small script there'],
])('a quote’s header in %s', (slug, header, first) => {
  it('stands on a line of its own, above the quote’s first line', () => {
    const lines = offprintPage(loadPage(slug))!
      .text.split('\n')
      .map((l) => l.trim());
    const at = lines.indexOf(header);
    expect(at).toBeGreaterThan(-1);
    expect(lines[at + 1]).toMatch(new RegExp(`^${first}`));
  });
});
