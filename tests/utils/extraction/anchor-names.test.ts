// @vitest-environment jsdom
// Session 61's thread failures left on real pages. phpBB 2's subSilver style prints each post as a class-less `<tr>`
// whose pane cell opens with `<span class="name"><a name="4410"></a><b>name</b></span>`, the profile link in the
// next row: the anchored posts carried no author mark and the page fell to its region. vBulletin 2 prints the name
// the same way after its anchor (`<a name="post880412"></a><font><b>name</b></font>`): the posts were found, but
// their bylines stayed among the member pane's lines. Pipermail prints "Previous message: <subject>" and "Next
// message: <subject>" above and below each message: a long subject put the lines past a bar's size, and a short
// message kept them. Fixture pages: tests/fixtures/pages/forum-phpbb2-subsilver, forum-vbulletin2-tables,
// forum-pipermail-long-subject.
import { describe, expect, it } from 'vitest';
import { PAGE_URL, loadPage, parsePage } from '../../helpers/extraction-pages';
import { extractArticle } from '@/utils/extraction/extract-article';
import { anchorName, findPosts } from '@/utils/extraction/find-posts';
import { findTime } from '@/utils/extraction/post-time';
import { isSequenceBar } from '@/utils/extraction/sequence-nav';

/** The thread's posts as the reader shows them: each post's byline and text. */
function thread(doc: Document) {
  const got = extractArticle(doc, PAGE_URL);
  const out = doc.createElement('div');
  out.innerHTML = got?.contentHtml ?? '';
  return { kind: got?.pageKind, out, text: out.textContent ?? '' };
}

describe('the name at a post’s anchor (forum-phpbb2-subsilver, forum-vbulletin2-tables)', () => {
  it('finds a phpBB 2 subSilver thread, each post with its writer and time, without the page around it', () => {
    const { kind, out, text } = thread(loadPage('forum-phpbb2-subsilver'));
    expect(kind).toBe('thread');
    expect([...out.querySelectorAll('article header')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'ballastbob · Sat Apr 12, 2003 9:14 pm',
      'Myra Quinlan · Sat Apr 12, 2003 10:02 pm',
      'ballastbob · Sun Apr 13, 2003 8:30 am',
      'cinderpath · Sun Apr 13, 2003 11:47 am',
      'Myra Quinlan · Sun Apr 13, 2003 2:05 pm',
    ]);
    expect(text).toContain('seal it first');
    expect(text).toContain('Agreed.');
    for (const chrome of ['Joined:', 'Station Master', 'Back to top', 'Display posts from previous', 'Post subject'])
      expect(text).not.toContain(chrome);
  });

  it('names vBulletin 2’s writers in the bylines, the member’s pane out of the post', () => {
    const { kind, out, text } = thread(loadPage('forum-vbulletin2-tables'));
    expect(kind).toBe('thread');
    expect([...out.querySelectorAll('article header cite')].map((c) => c.textContent)).toEqual([
      'gravelgrinder',
      'spokewise',
      'gravelgrinder',
      'tandemtom',
    ]);
    for (const chrome of ['Registered:', 'Junior Member', 'Location: Leeds']) expect(text).not.toContain(chrome);
  });

  it('reads the name after the anchor, or beside it in the anchor’s box, and nothing longer or labelled', () => {
    const first = (html: string) => anchorName(parsePage(`<div>${html}</div>`).querySelector('a[name]')!);
    expect(first('<span class="name"><a name="4410"></a><b>ballastbob</b></span>')?.textContent).toBe('ballastbob');
    expect(first('<a name="post880412"></a>\n<font size="2"><b>spokewise</b></font><br>')?.textContent).toBe(
      'spokewise',
    );
    expect(first('<span class="name"><a name="4412"></a>Myra Quinlan</span>')?.textContent).toBe('Myra Quinlan');
    expect(first('<a name="4413"></a><br><p>A reply that opens right after the anchor, in a paragraph.</p>')).toBe(
      null,
    );
    expect(first('<a name="4414"></a><font>Posts: 31</font>')).toBe(null);
    expect(first('<a name="4415"></a><font>Sat Apr 12, 2003</font>')).toBe(null);
  });

  it('dates a post whose date line runs on into a long subject', () => {
    const subject = 'Re: weathering a brass tender without losing the lettering, and sealing it first';
    const row = (n: number) =>
      `<tr><td class="row1"><span class="name"><a name="44${n}"></a><b>member${n}</b></span></td>` +
      `<td class="row1"><span class="postdetails">Posted: Sat Apr 12, 2003 9:1${n} pm<span>&nbsp;</span> Post ` +
      `subject: ${subject}</span><span class="postbody">A reply of a few plain sentences, number ${n}.</span>` +
      '</td></tr>';
    const doc = parsePage(`<table>${[1, 2, 3].map(row).join('')}</table>`);
    expect(findPosts(doc.body)?.map((p) => p.querySelector('b')?.textContent)).toEqual([
      'member1',
      'member2',
      'member3',
    ]);
  });

  it('takes a labelled date that opens a line as the time, not the subject printed after it', () => {
    const post = parsePage(
      '<div class="p"><span class="postdetails">Posted: Sat Apr 12, 2003 9:14 pm<span class="gen">&nbsp;</span>' +
        '&nbsp; &nbsp;Post subject: Weathering a brass tender without losing the lettering, again</span></div>',
    ).querySelector('.p')!;
    expect(findTime(post, () => true)?.text).toBe('Sat Apr 12, 2003 9:14 pm');
  });
});

describe('a mail archive’s step links with long subjects (forum-pipermail-long-subject)', () => {
  it('leaves the "Previous message / Next message" lines out of a short message', () => {
    const { text } = thread(loadPage('forum-pipermail-long-subject'));
    expect(text).toContain('Committed a fix in r4410.');
    expect(text).not.toContain('Previous message');
    expect(text).not.toContain('Next message');
  });

  it('reads labelled steps with long subjects as a bar, and long links without labels as none', () => {
    const subject = '[Loomworks-dev] ' + 'a subject of many words about the build and its targets '.repeat(2);
    const doc = parsePage(
      `<ul id="a"><li>Previous message: <a href="1.html">${subject}</a></li>` +
        `<li>Next message: <a href="2.html">${subject}</a></li></ul>` +
        `<ul id="b"><li><a href="1.html">${subject}</a></li><li><a href="2.html">${subject}</a></li></ul>`,
    );
    expect(isSequenceBar(doc.getElementById('a')!)).toBe(true);
    expect(isSequenceBar(doc.getElementById('b')!)).toBe(false);
  });
});
