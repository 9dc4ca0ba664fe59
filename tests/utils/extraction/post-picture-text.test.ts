// @vitest-environment jsdom
// A forum post of a picture and a line about it (Vanilla's editor prints `<p>line</p><p><img alt="enter image
// description here"></p>`) is what the member wrote: the stored text took the post's text box for a picture box and
// its line for a caption, and picture posts came out as a byline over nothing. A picture box that is the whole text
// of a thread's post is the post's text; a picture's caption in an article stays out. Fixture page:
// tests/fixtures/pages/forum-vanilla-picture-post.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { htmlToText } from '@/utils/extraction/html-to-text';

const URL = 'https://forum.example.com/discussion/5001/pilot-light-goes-out';
const SOURCE = fs.readFileSync('tests/fixtures/pages/forum-vanilla-picture-post/source.html', 'utf8');
const LINE = 'Screen after ten minutes with a soft brush, for anyone who finds this later.';

describe("a thread's picture post", () => {
  it('keeps the line its member wrote above the picture', () => {
    const doc = new JSDOM(SOURCE, { url: URL }).window.document;
    const got = extractArticle(doc, URL)!;
    const text = articleText(got.contentHtml, doc).textContent;
    expect(text).toContain(`mhollis · Mar 16\n${LINE}`);
  });

  it('still leaves out a picture’s caption in an article with a dated header', () => {
    const doc = new JSDOM('<body></body>').window.document;
    const prose = '<p>The harbour reopened on Monday after three weeks of repairs to the outer wall.</p>';
    const html =
      `<article><header><time datetime="2024-05-02">May 2</time></header><div>${prose}` +
      '<div><img src="/a.jpg" alt=""><p>The outer wall at dawn.</p></div>' +
      `${prose}</div></article>`;
    const text = htmlToText(html, doc);
    expect(text).toContain('The harbour reopened');
    expect(text).not.toContain('The outer wall at dawn.');
  });

  it('still leaves out a picture box’s caption outside a thread', () => {
    const doc = new JSDOM('<body></body>').window.document;
    const text = htmlToText('<div><p>A lone caption line.</p><p><img src="/b.jpg" alt=""></p></div>', doc);
    expect(text).not.toContain('A lone caption line.');
  });
});
