// @vitest-environment jsdom
// Threads in the shapes whole forum engines print, written after their templates (session 35, issue 15): every post
// of the thread with its author and time. Fixture pages: tests/fixtures/pages/{forum-khoros,forum-vbulletin4,
// forum-vbulletin5,forum-xenforo1}.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { findPosts, isAuthorEl } from '@/utils/extraction/find-posts';
import { threadHtml } from '@/utils/extraction/extract-thread';
import { isCardList } from '@/utils/extraction/card-posts';

const REPLIES = [
  'Ten minutes and then out usually points at the flue',
  'That was it. The screen was almost completely covered',
  'Glad you sorted it.',
];
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

  it('gives its replies\u2019 "Re: <title>" subject links, one subject for every post, no card titles', () => {
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
