// A post's box that is its ruled signature alone is not its text: phpBB 3's subsilver2 style prints the signature as a
// `span.postbody` of its own after the text's `div.postbody`, the rule of underscores opening it; under a reply of one
// line the signature is the longer box, and it was printed in place of the reply (seen on a real subsilver2 board's
// topic saved by the Wayback Machine, session 71). Read by the rule, not the class name. Fixture page:
// tests/fixtures/pages/forum-phpbb-subsilver2-short-reply.
import { describe, expect, it } from 'vitest';
import { PAGE_URL, loadPage } from '../../helpers/extraction-pages';
import { extractArticle } from '@/utils/extraction/extract-article';
import { isRuledSignature } from '@/utils/extraction/ruled-signature';

describe('a ruled signature in a box of its own (forum-phpbb-subsilver2-short-reply)', () => {
  it('prints each short reply’s text under its header, not the signature beside it', () => {
    const doc = loadPage('forum-phpbb-subsilver2-short-reply');
    const got = extractArticle(doc, PAGE_URL);
    expect(got?.pageKind).toBe('thread');
    const out = doc.createElement('div');
    out.innerHTML = got?.contentHtml ?? '';
    const posts = [...out.querySelectorAll('article')];
    expect(posts.map((p) => p.querySelector('header cite')?.textContent)).toEqual([
      'spokewrench',
      'Marguerite_L',
      'spokewrench',
      'hubgrease',
      'spokewrench',
    ]);
    expect(posts[1].querySelector('div')?.textContent?.trim()).toBe('Worn chain, almost certainly.');
    expect(posts[2].querySelector('div')?.textContent?.trim()).toBe('New chain fitted. Fixed, thanks!');
    expect(out.textContent).not.toContain('Riding since the days of friction shifters');
  });

  it('tells a box that opens with the rule and holds a signature’s few lines', () => {
    expect(isRuledSignature('_________________Riding since the days of friction shifters')).toBe(true);
    expect(isRuledSignature('__________________ http://example.org/my-builds')).toBe(true);
    // Text before the rule: the post's text with its signature under it (dropRuledSignature's case).
    expect(isRuledSignature('Worn chain. _________________ Riding since 1998')).toBe(false);
    // A short run is no rule; a long text under the rule is the writer's own (a form, a drawn table).
    expect(isRuledSignature('_____ fill in the blank')).toBe(false);
    expect(isRuledSignature(`__________________${'a table drawn in characters '.repeat(30)}`)).toBe(false);
  });
});
