// A box that holds the page's declared description is the page's text, not a related list (holdsDescription).
// Invision Community 4 prints an unfilled, hidden "Recommended Posts" box right before its post feed: the heading
// read as a related list's, and the feed after it (short posts are link-dense: names, "Share", "Quote", the time's
// link) went with it, so that the topic kept its title and buttons, or the "Similar Content" box. Fixture page:
// tests/fixtures/pages/forum-invision4-recommended.
import { describe, expect, it } from 'vitest';
import { threadKept } from '../../helpers/forum-thread';
import { loadPage, parsePage } from '../../helpers/extraction-pages';
import { holdsDescription } from '@/utils/extraction/holds-description';
import { removeClutter } from '@/utils/extraction/remove-clutter';

const SLUG = 'forum-invision4-recommended';

/** A page with a description, a "Related" heading and a box after it (`box`). */
function page(description: string, box: string): Document {
  return parsePage(
    `<html><head><meta name="description" content="${description}"></head><body><main>` +
      '<p>The page’s own first paragraph, long enough to be prose of the article and not a list of links at all.</p>' +
      '<p>A second paragraph of the article, so that the page holds prose the clutter guard recognises as such.</p>' +
      `<div class="bottom"><div><h2>Related posts</h2></div>${box}</div></main></body></html>`,
  );
}

const LINKS =
  '<div id="box"><p><a href="/a">Ann</a> · <a href="/a/1">Share</a> · <a href="/a/2">Quote this post here</a></p>' +
  '<p>Short reply text.</p><p><a href="/b">Bob</a> · <a href="/b/1">Share</a> · <a href="/b/2">Quote it</a></p></div>';

describe('a box holding the page’s declared description (forum-invision4-recommended)', () => {
  it('keeps an Invision 4 topic of two short posts after the unfilled "Recommended Posts" box as a thread', () => {
    const { kind, heads, text } = threadKept(loadPage(SLUG));
    expect(kind).toBe('thread');
    expect(heads).toEqual(['rjones · March 14, 2023', 'PlumbPro_Dave · March 14, 2023']);
    expect(text).toContain('Selling a spare 40 gallon gas water heater');
    expect(text).toContain('with a trailer if that suits you.');
    for (const chrome of ['Recommended Posts', 'Similar Content', 'Tankless heater pilot light flickers'])
      expect(text).not.toContain(chrome);
  });

  it('reads the description by its first letters and digits, across markup joins and punctuation', () => {
    const doc = page('Ann: short reply text — and more words after it that the box does not hold', LINKS);
    expect(holdsDescription(doc.getElementById('box')!)).toBe(false);
    const held = page('Quote this post here. Short reply text! Bob, Share…', LINKS);
    expect(holdsDescription(held.getElementById('box')!)).toBe(true);
  });

  it('still drops a related list after its heading, and reads no short tagline as a description', () => {
    const other = page('A description of this page that no related list after it would ever hold', LINKS);
    removeClutter(other);
    expect(other.getElementById('box')).toBeNull();
    const tagline = page('Ann Share Quote', LINKS);
    expect(holdsDescription(tagline.getElementById('box')!)).toBe(false);
    const kept = page('Quote this post here. Short reply text! Bob, Share…', LINKS);
    removeClutter(kept);
    expect(kept.getElementById('box')).not.toBeNull();
  });
});
