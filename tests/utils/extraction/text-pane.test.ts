// A member's pane printed inside a post's text box, after the text (found on real Something Awful threads of its FYAD
// board, kept by an iPhone forum app's tests): each post is a `table.post` whose `td.postbody` holds the text and then
// `div.userinfo` (the member's picture and title, then `dt.author`, the name without a link); the time and the
// "Profile" links are in the row under it. Fixture page: tests/fixtures/pages/forum-post-tables-pane-in-text.
import { describe, expect, it } from 'vitest';
import { loadPage, parsePage } from '../../helpers/extraction-pages';
import { threadKept as kept } from '../../helpers/forum-thread';
import { postParts } from '@/utils/extraction/extract-thread';
import { paneInText } from '@/utils/extraction/text-pane';

const SLUG = 'forum-post-tables-pane-in-text';

/** A post of that shape: `pane` printed in the text's cell after `text`, `outside` in the post's second row. */
const post = (text: string, pane: string, outside = '') =>
  parsePage(
    `<table class="post"><tr><td class="postbody"><div class="complete_shit">${text}</div>${pane}</td></tr>` +
      `<tr><td class="postdate">Jan 12, 2014 20:41 ${outside}</td><td><a href="member.php?action=getinfo&amp;` +
      'userid=5">Profile</a></td></tr></table>',
  ).querySelector('table')!;
const PANE =
  '<div class="userinfo"><dl><dd class="title"><b>the loudest man in the tea aisle</b></dd>' +
  '<dt class="author">kettle drummer</dt></dl></div>';

describe('a member’s pane inside the post’s text box (forum-post-tables-pane-in-text)', () => {
  it('keeps every post with its writer and time, without the members’ titles or the profile links', () => {
    const { heads, text } = kept(loadPage(SLUG));
    expect(heads).toEqual([
      'kettle drummer · Jan 12, 2014 20:41',
      'sock puppet theatre · Jan 12, 2014 20:47',
      'marmalade baron · Jan 12, 2014 21:05',
      'kettle drummer · Jan 12, 2014 21:09',
    ]);
    expect(text).toContain('plot by the bread lobby');
    expect(text).toContain('marmalade baron posted:');
    for (const chrome of ['the loudest man in the tea aisle', 'crumb inspector', 'Profile', 'Post History'])
      expect(text).not.toContain(chrome);
  });

  it('reads the name in the pane as the writer, and sets the pane aside from the text', () => {
    const p = post('Turn the bread around halfway.', PANE);
    const parts = postParts(p, new Set(), () => false);
    expect(parts.author).toBe('kettle drummer');
    expect(paneInText(p, parts.body!, (el) => !parts.body!.contains(el))).toBe(p.querySelector('div.userinfo'));
  });

  it('leaves the text whole where the post names its writer outside it, or the name is before the text', () => {
    const named = post('Turn the bread around halfway.', PANE, '<span class="author">kettle drummer</span>');
    const body = named.querySelector('td.postbody')!;
    expect(paneInText(named, body, (el) => !body.contains(el))).toBeNull();
    const first = parsePage(`<div class="post"><div class="postbody">${PANE}<p>Turn the bread.</p></div></div>`);
    const firstBody = first.querySelector('div.postbody')!;
    expect(paneInText(first.querySelector('div.post')!, firstBody, (el) => !firstBody.contains(el))).toBeNull();
  });
});
