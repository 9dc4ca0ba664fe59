// @vitest-environment jsdom
// A post's edit stamp ("Edited April 18, 2024 by …", "Last edited by … (2024-08-03 11:02:20)") goes from the post's
// copy; the member's own words about an edit stay. Fixture pages: tests/fixtures/pages/{forum-fluxbb,forum-invision4,
// forum-bem-posts,forum-hashed-member-pane}.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { editStampBoxes, isEditStamp } from '@/utils/extraction/edit-stamps';

const body = (html: string) =>
  new JSDOM(`<body><div id="post">${html}</div></body>`).window.document.getElementById('post')!;

describe('isEditStamp', () => {
  it("reads the engines' stamps, with a date or the member who edited", () => {
    for (const text of [
      'Edited April 18, 2024 by thanosmano',
      'Last edited: Mar 27, 2025',
      'Last edited by archuser38013 (2024-08-03 11:02:20)',
      '(This post was last modified: 2024-01-05, 03:27 AM by StarredSkies. Edited 1 time in total.)',
      'Zuletzt bearbeitet von rjones (14.03.2023 09:12)',
      'Dernière modification par rjones le 14/03/2023',
      'Editado por rjones',
      'Modificato da rjones il 14/03/2023',
      'Laatst bewerkt door rjones',
    ])
      expect(isEditStamp(text), text).toBe(true);
  });

  it("leaves the member's own words and lines that only open with such a word", () => {
    for (const text of [
      'EDITED for a typo.',
      'Edited: I was wrong about the fuse, see below.',
      'Modified the hooks and rebuilt the image, no change.',
      'Last edited by me, but the rest of this paragraph is the answer to your question, and it goes on well ' +
        'past the length of a stamp.',
    ])
      expect(isEditStamp(text), text).toBe(false);
  });
});

describe('editStampBoxes', () => {
  it('finds the outermost box of the stamp, not the post text around it', () => {
    const post = body(
      '<p>The fallback image boots fine.</p>' +
        '<div class="x1"><p><em>Last edited by pkgwatcher (2024-05-12 11:40:03)</em></p></div>',
    );
    expect(editStampBoxes(post).map((b) => b.className)).toEqual(['x1']);
  });

  it("takes the edit's reason and its history link with the stamp (Invision), not a post's text after it", () => {
    const post = body(
      '<p>The fix worked.</p><span class="s"><strong>Edited <time>November 13, 2025</time> by willsmith</strong>' +
        '<br>i forgot something to add <a href="?do=editlog">(see edit history)</a></span>',
    );
    expect(editStampBoxes(post).map((b) => b.className)).toEqual(['s']);
    const top = body(
      '<div class="c"><span class="s"><strong>Edited November 13, 2025 by willsmith</strong></span>' +
        '<p>Thanks, the new fuse holds and the breaker has not tripped since Monday.</p></div>',
    );
    expect(editStampBoxes(top).map((b) => b.className)).toEqual(['s']);
  });

  it('keeps a stamp that a post date shares its line with out of the date', () => {
    const post = body(
      '<span class="d">2019-02-23, 09:14 PM ' +
        '<span class="e">(This post was last modified: 2024-01-05 by StarredSkies.)</span></span><p>Text.</p>',
    );
    expect(editStampBoxes(post).map((b) => b.className)).toEqual(['e']);
  });

  it('finds nothing in a sentence that goes on after the word', () => {
    expect(editStampBoxes(body('<p>I edited the file on 2024-01-05 and modified it by hand.</p>'))).toEqual([]);
  });
});
