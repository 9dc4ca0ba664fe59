// @vitest-environment jsdom
// A thread whose posts no class word names: vBulletin 2 prints each post as a class-less `<table>` of `<font>` runs,
// opened by an empty `<a name="post880412">` (phpBB 2's subSilver opens each post's class-less `<tr>` with
// `<a name="1234">`). No group of look-alike classed elements was found and the page fell to its region; and
// Readability's block was the site's footer (a line of links and its rights paragraph, a list of trademarks long enough
// to count as prose), which kept the thread out. Fixture page: tests/fixtures/pages/forum-vbulletin2-tables.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';
import { findPosts } from '@/utils/extraction/find-posts';
import { articleProse, rightsProse } from '@/utils/extraction/article-prose';

const URL = 'https://wheeltalk.example.org/forums/showthread.php?threadid=51203';
const SOURCE = fs.readFileSync('tests/fixtures/pages/forum-vbulletin2-tables/source.html', 'utf8');

const page = (html: string) => new JSDOM(html, { url: URL }).window.document;

/** A class-less post table opened by a numbered anchor, with a member's card line and a dated row. */
const post = (
  n: number,
  cls = '',
  text = `A reply of a few plain sentences about the chain and its cogs, number ${n}.`,
) =>
  `<table${cls}><tr><td><a name="post${n}"></a><b>member${n}</b><br><font>Registered: Mar 2004</font></td>` +
  `<td><p>${text}</p></td></tr>` +
  `<tr><td><font>04-${n}-2004 09:12 PM</font></td><td><a href="member.php?action=getinfo&userid=${n}">` +
  `<img src="profile.gif" alt="Profile"></a></td></tr></table>`;

describe('class-less posts opened by numbered anchors', () => {
  it('finds the posts of a vBulletin 2 thread, each with its time, without the page around them', () => {
    const doc = page(SOURCE);
    const got = extractArticle(doc, URL);
    expect(got?.pageKind).toBe('thread');
    const out = doc.createElement('div');
    out.innerHTML = got?.contentHtml ?? '';
    expect(out.querySelectorAll('article')).toHaveLength(4);
    expect([...out.querySelectorAll('time')].map((t) => t.textContent)).toEqual([
      '04-02-2004 09:12 PM',
      '04-02-2004 09:40 PM',
      '04-03-2004 08:05 AM',
      '04-03-2004 11:27 AM',
    ]);
    const text = out.textContent ?? '';
    expect(text).toContain('the cassette went with it');
    expect(text).toContain('shark fins');
    for (const chrome of ['Last Thread', 'Forum Rules', 'All rights reserved', 'Show Printable Version'])
      expect(text).not.toContain(chrome);
  });

  it('takes each anchor’s outermost class-less box as a post', () => {
    const doc = page(`<body><div>${[11, 12, 13].map((n) => post(n)).join('')}</div></body>`);
    expect(findPosts(doc.body)?.map((p) => p.querySelector('b')?.textContent)).toEqual([
      'member11',
      'member12',
      'member13',
    ]);
  });

  it('keeps a reply of one line before a longer one (no post is another’s header row)', () => {
    const long = 'A longer reply of several plain sentences about the chain, its cogs and the cassette. '.repeat(4);
    const doc = page(`<body><div>${post(11, '', long)}${post(12, '', 'Thanks!')}${post(13, '', long)}</div></body>`);
    expect(findPosts(doc.body)?.map((p) => p.querySelector('b')?.textContent)).toEqual([
      'member11',
      'member12',
      'member13',
    ]);
  });

  it('reads no anchors when a box around one has a class word (its own group speaks for it)', () => {
    const doc = page(`<body><div>${[11, 12, 13].map((n) => post(n, ' class="postbit"')).join('')}</div></body>`);
    const posts = findPosts(doc.body);
    expect(posts?.every((p) => p.classList.contains('postbit')) ?? true).toBe(true);
  });

  it('counts a footer’s rights paragraph under its links as no prose, and an article’s paragraph as prose', () => {
    const doc = page(
      '<body><div id="f"><p><a href="/">Home</a> | <a href="/news">News</a><br><font>© 2004 Acme Media Ltd. ' +
        'All rights reserved. Acme, the Acme logo, Acme Forums, the Acme Forums logo, Gravel Week and Trail Notes ' +
        'are trademarks or registered trademarks of Acme Media Ltd. in the United Kingdom and other countries.</font>' +
        '</p><p>Copyright law in 2004 was a matter the article went on about at length: who owns a forum post, who ' +
        'may quote it, and what a board’s owner may do with the posts of a member who has left the board.</p>' +
        '</div></body>',
    );
    const box = doc.getElementById('f')!;
    expect(articleProse(box)).toBe(2);
    expect(rightsProse(box)).toBe(1);
  });
});
