// @vitest-environment jsdom
// Forum shapes of session 39 (issue 15): PunBB 1.4 (each post's header, "Reply by <name> <time>", in its own
// `div.posthead` above `div.postbody`, and the forum's chrome in Readability's block), and a message of a mailing
// list archived by MHonArc (its "[Date Prev][Date Next]…" line straight in the `<body>`). Fixture pages:
// tests/fixtures/pages/{forum-punbb,forum-mhonarc}, the same posts as the fixtures of sessions 35–38.
import { describe, expect, it } from 'vitest';
import { QUESTION, REPLIES, postHeads } from '../../helpers/forum-thread';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { dateRow } from '@/utils/extraction/date-row';
import { isAuthorEl } from '@/utils/extraction/find-posts';
import { DATE_TEXT } from '@/utils/extraction/kind-text';
import { removeSequenceBars } from '@/utils/extraction/sequence-nav';

describe('PunBB (forum-punbb)', () => {
  it('keeps every post once, under its author and time, without the forum’s chrome', () => {
    const a = offprintPage(loadPage('forum-punbb'))!;
    expect(a.pageKind).toBe('thread');
    for (const t of [QUESTION, ...REPLIES]) expect(a.text.split(t).length).toBe(2);
    expect(postHeads('forum-punbb')).toEqual([
      'rjones · 2023-03-14 09:12:00',
      'PlumbPro_Dave · 2023-03-14 10:47:21',
      'rjones · 2023-03-15 19:30:05',
      'mhollis · Today 08:05:44',
    ]);
    expect(a.text).not.toMatch(/Registered:|Report post|Quote post|Forum statistics|Powered by|User list|Offline/);
  });

  it('dates a post by the header row above it that names its own author, not by an earlier post', () => {
    const doc = parsePage(
      '<div class="post"><div class="posthead" id="h1"><a href="/profile.php?id=2">rjones</a> ' +
        '2023-03-14 09:12:00</div>' +
        '<div class="postbody" id="b1"><a href="/profile.php?id=2">rjones</a><p>Text of the post.</p></div></div>' +
        '<div class="reply" id="r1">Thanks! <a href="/profile.php?id=9">mhollis</a> 2023-03-15 08:00</div>' +
        '<div class="reply" id="r2"><a href="/profile.php?id=2">rjones</a><p>Another reply.</p></div>',
    );
    const isAuthor = (el: Element) => isAuthorEl(el);
    expect(dateRow(doc.getElementById('b1')!, isAuthor)?.id).toBe('h1');
    expect(dateRow(doc.getElementById('r2')!, isAuthor)).toBeNull(); // another member's post before it
  });

  it('reads a post of today with its time as a date, not the word alone', () => {
    for (const t of ['Today 08:05:44', 'Today, 08:05 AM', 'Today at 08:05:44 AM', 'Heute, 08:05'])
      expect(DATE_TEXT.test(t)).toBe(true);
    for (const t of ['Today', "Today's deals", 'Today 5 members online']) expect(DATE_TEXT.test(t)).toBe(false);
  });

  it('is the whole page in vanilla Readability’s text, user cards and statistics kept', () => {
    const vanilla = readabilityText(loadPage('forum-punbb'));
    expect(vanilla).toContain(REPLIES[2]);
    expect(vanilla).toMatch(/Registered:/);
  });
});

/** A sentence that names a step link among more words than a bar's labels. */
const SENTENCE =
  'The question itself is the message before this one (<a href="m1.html">Date Prev</a>), which also lists the model ' +
  'of the heater, its age and what was replaced already.';

describe('MHonArc (forum-mhonarc)', () => {
  it('drops the step line above the message, brackets and all', () => {
    const a = offprintPage(loadPage('forum-mhonarc'))!;
    expect(a.text).toContain('Ten minutes and then out usually points at the flue');
    expect(a.text).not.toMatch(/Date Prev|Thread Next|Date Index|\[\]/);
    expect(a.text).not.toMatch(/Index\(es\)|Prev by Date|Next by thread/);
  });

  it('removes a line of step links with the separators between them, not a step link in a sentence', () => {
    const root = parsePage(
      '<div><p>Intro line of the message.</p>[<a href="m1.html">Date Prev</a>][<a href="m3.html">Date Next</a>]' +
        `[<a href="t.html#2">Thread Index</a>]<p>${SENTENCE}</p></div>`,
    ).querySelector('div')!;
    removeSequenceBars(root);
    expect(root.textContent).toBe(`Intro line of the message.${SENTENCE.replace(/<[^>]+>/g, '')}`);
  });

  it('keeps the step line in vanilla Readability’s text', () => {
    expect(readabilityText(loadPage('forum-mhonarc'))).toMatch(/Date Prev/);
  });
});
