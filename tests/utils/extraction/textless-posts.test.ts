// @vitest-environment jsdom
// A post whose box of text is empty prints nothing: Forumotion prints a sponsored slot after a thread's last post in a
// post's shape (the member pane and header of a post, "Post #4 / by Sponsored content", no date) whose `div.post-entry`
// holds only an ad's loader script; its header lines were printed as a last post. Fixture page:
// tests/fixtures/pages/forum-forumotion-sponsored-slot.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';
import { textlessPosts } from '@/utils/extraction/empty-text-box';

const URL = 'https://allotments.example.org/t12-welcome-to-the-allotment-board';
const SOURCE = fs.readFileSync('tests/fixtures/pages/forum-forumotion-sponsored-slot/source.html', 'utf8');

const page = (html: string) => new JSDOM(html, { url: URL }).window.document;

/** A post: a header and a text box of class `entry`, holding `text` (or an ad's empty slot). */
const post = (text: string) =>
  `<div class="post"><p class="head">by member on 3 May 2021</p><div class="entry">${text}</div></div>`;

describe('posts without text of their own', () => {
  it('leaves the sponsored slot out of a Forumotion thread', () => {
    const doc = page(SOURCE);
    const got = extractArticle(doc, URL);
    const out = doc.createElement('div');
    out.innerHTML = got?.contentHtml ?? '';
    expect(out.querySelectorAll('article')).toHaveLength(3);
    const text = out.textContent ?? '';
    expect(text).toContain('swap a slot with someone');
    expect(text).not.toContain('Sponsored content');
    expect(text).not.toContain('Post #4');
  });

  it('names the post whose box of the shared shape is empty, and no other', () => {
    const doc = page(
      `<body>${post('<p>One reply.</p>')}${post('<p>Another reply.</p>')}${post('<div id="ad-1"></div>')}</body>`,
    );
    const posts = [...doc.querySelectorAll('.post')];
    // The empty slot's text was found elsewhere (its header), the others' in their `div.entry`.
    const bodies = posts.map((p, i) => (i < 2 ? p.querySelector('.entry') : p.querySelector('.head')));
    const got = textlessPosts(posts, bodies, [new Set(), new Set(), new Set()]);
    expect([...got]).toEqual([posts[2]]);
  });

  it('keeps a post whose box holds a picture alone, or whose text box is of the shared shape', () => {
    const doc = page(
      `<body>${post('<p>One reply.</p>')}${post('<p>Another reply.</p>')}${post('<img src="/a.png" alt="">')}</body>`,
    );
    const posts = [...doc.querySelectorAll('.post')];
    const bodies = posts.map((p, i) => (i < 2 ? p.querySelector('.entry') : p.querySelector('.head')));
    expect(textlessPosts(posts, bodies, [new Set(), new Set(), new Set()]).size).toBe(0);
    const shared = posts.map((p) => p.querySelector('.entry'));
    expect(textlessPosts(posts, shared, [new Set(), new Set(), new Set()]).size).toBe(0);
  });
});
