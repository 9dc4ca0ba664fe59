// A comment's subject linked to the comment itself (Drupal 7's comment.tpl.php: `<h3><a href="/comment/18820#comment-
// 18820" class="permalink">`, after `<a id="comment-18820"></a>`): a link to another path, so each reply read as a
// card of a list and the forum topic lost its thread. Fixture page: tests/fixtures/pages/forum-drupal7-permalinks
// (French, Bartik).
import { describe, expect, it } from 'vitest';
import { threadKept } from '../../helpers/forum-thread';
import { loadPage, parsePage } from '../../helpers/extraction-pages';
import { isOwnPermalink } from '@/utils/extraction/own-permalink';

const SLUG = 'forum-drupal7-permalinks';

describe('a post’s subject linked to the post itself (forum-drupal7-permalinks)', () => {
  it('keeps the topic as a thread: every post with its writer and time, each reply with its subject', () => {
    const { kind, heads, text } = threadKept(loadPage(SLUG));
    expect(kind).toBe('thread');
    expect(heads).toEqual([
      'sorbier · lun, 12/01/2015 - 21:04',
      'grand-duc · lun, 12/01/2015 - 22:30',
      'sorbier · mar, 13/01/2015 - 08:15',
      'mesange · mar, 13/01/2015 - 12:40',
    ]);
    expect(text).toContain('Sonde de flamme');
    expect(text).toContain('ce qui salit la sonde bien plus vite.');
    for (const chrome of ['Permalien', 'répondre', 'Sujets actifs du forum', 'pour poster des commentaires'])
      expect(text).not.toContain(chrome);
  });

  it('reads a link as the post’s permalink by the anchor its fragment names: before the post or inside it', () => {
    const doc = parsePage(
      '<div id="list"><a id="comment-7"></a><div class="comment"><h3><a href="/comment/7#comment-7">Sub</a></h3>' +
        '<p>Text.</p></div><div class="comment" id="c8"><h3><a href="/c/8#c8">Own box</a></h3>' +
        '<p id="p9">Text.</p><a href="/x/9#p9">inside</a></div></div>',
    );
    const [first, second] = [...doc.querySelectorAll('div.comment')];
    expect(isOwnPermalink(first.querySelector('h3 a')!, first)).toBe(true);
    expect(isOwnPermalink(second.querySelector('h3 a')!, second)).toBe(true);
    expect(isOwnPermalink(second.querySelector('a[href="/x/9#p9"]')!, second)).toBe(true);
  });

  it('takes no card’s link for a permalink: no fragment, an anchor of another page or of another post', () => {
    const doc = parsePage(
      '<div class="card" id="a"><h2><a href="/news/flood-warning">Flood warning</a></h2></div>' +
        '<div class="card" id="b"><h2><a href="/news/road-works#more-12">Road works</a></h2></div>' +
        '<div class="card" id="c"><h2><a href="/news/x#a">Another post’s anchor</a></h2></div>' +
        '<div class="card" id="d"><h2><a href="/news/y#">Empty</a></h2></div>',
    );
    for (const card of doc.querySelectorAll('div.card'))
      expect(isOwnPermalink(card.querySelector('h2 a')!, card)).toBe(false);
  });
});
