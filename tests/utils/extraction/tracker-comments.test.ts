// @vitest-environment jsdom
// An issue tracker's comments are its page: Bugzilla prints a bug's fields as a table of `th` labels and `td` values
// (Readability's block: no paragraph in it) and the comments below it in `div#comments`, each writer as a person's
// hCard (`span.vcard > a.email[href^=mailto] > span.fn`, no profile link) and each text as
// `pre.bz_comment_text`. No post had an author mark, the code pass took the comment words off the `<pre>`, and the
// page came out as the fields alone. Fixture page: tests/fixtures/pages/forum-bugzilla-hcard-comments.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';
import { isAuthorEl } from '@/utils/extraction/find-posts';
import { freeCodeBlocks } from '@/utils/extraction/code-wrappers';
import { isFieldsRecord } from '@/utils/extraction/fields-record';

const URL = 'https://bugs.tides.example.org/show_bug.cgi?id=4127';
const SOURCE = fs.readFileSync('tests/fixtures/pages/forum-bugzilla-hcard-comments/source.html', 'utf8');

const page = (html: string) => new JSDOM(html, { url: URL }).window.document;
const kept = (doc: Document) => {
  const got = extractArticle(doc, URL);
  const out = doc.createElement('div');
  out.innerHTML = got?.contentHtml ?? '';
  return { got, out, text: out.textContent ?? '' };
};

const sentence = 'The harbour wall was rebuilt in stone after the winter storms, and the quay was widened. ';

describe("an issue tracker's comments", () => {
  it('keeps every comment of a Bugzilla bug, with its writer and time, and leaves the fields out', () => {
    const { got, out, text } = kept(page(SOURCE));
    expect(got?.pageKind).toBe('thread');
    expect(out.querySelectorAll('article')).toHaveLength(4);
    expect([...out.querySelectorAll('cite')].map((c) => c.textContent)).toEqual([
      'Tomas Lindqvist',
      'Mercy Okafor',
      'Joana Pereira',
      'Mercy Okafor',
    ]);
    expect(out.querySelector('time')?.textContent).toBe('2026-03-28 19:04:51 UTC');
    // The description (comment 0) keeps its lines.
    expect(out.querySelector('pre')?.textContent).toContain('an hour early. The gauge on the pier');
    expect(text).toContain('each tide takes the offset in force at its own hour');
    for (const chrome of ['Importance', 'Target Milestone', 'Add an attachment', 'Add Comment', 'Comment 2'])
      expect(text).not.toContain(chrome);
  });

  it('keeps a short reply before a long one (Bugzilla 5: a comment of one line is no header row)', () => {
    const source = fs.readFileSync('tests/fixtures/pages/forum-bugzilla5-short-replies/source.html', 'utf8');
    const { got, out, text } = kept(page(source));
    expect(got?.pageKind).toBe('thread');
    expect([...out.querySelectorAll('cite')].map((c) => c.textContent)).toEqual([
      'Priya Natarajan',
      'Route Bot',
      'Oskar Brandt',
      'Oskar Brandt',
      'Priya Natarajan',
    ]);
    expect(text).toContain('Tracked as PLN-2214.');
    expect(text).toContain('Pull request: https://code.waymark.example/planner/pull/731');
    for (const chrome of ['You need to log in', 'Add attachment', 'CC List']) expect(text).not.toContain(chrome);
  });

  it("takes a person's hCard for an author, not a firm's or a place's card", () => {
    const doc = page(
      '<body><span class="vcard" id="p"><span class="fn">Joana Pereira</span></span>' +
        '<div class="vcard" id="f"><span class="fn org">Harbour Board</span><span class="tel">555 0100</span></div>' +
        '<div class="vcard" id="v"><span class="fn">Quay Hall</span><div class="adr">1 Quay St</div></div>' +
        '<span class="vcard" id="e"></span></body>',
    );
    expect(['p', 'f', 'v', 'e'].map((id) => isAuthorEl(doc.getElementById(id)!))).toEqual([true, false, false, false]);
  });

  it("keeps the words of a comment's preformatted text, and takes off a code block's", () => {
    const doc = page(
      '<body><pre class="bz_comment_text" id="comment_text_2">a comment</pre>' +
        '<pre class="comment-box">let x = 1;</pre></body>',
    );
    freeCodeBlocks(doc.querySelectorAll('pre'), doc.body);
    const [comment, code] = doc.querySelectorAll('pre');
    expect(comment.className).toBe('bz_comment_text');
    expect(comment.id).toBe('comment_text_2');
    expect(code.hasAttribute('class')).toBe(false);
  });

  it("tells a record's fields from an article's table", () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => `<tr><th>Field ${i}:</th><td>value ${i}</td></tr>`).join('');
    const fields = page(`<body><div id="b"><table>${rows(8)}</table><p>Reported by a reader.</p></div></body>`);
    expect(isFieldsRecord(fields.getElementById('b')!)).toBe(true);
    const prose = `<p>${sentence.repeat(4)}</p>`;
    const article = page(`<body><div id="b">${prose}<table>${rows(6)}</table>${prose}</div></body>`);
    expect(isFieldsRecord(article.getElementById('b')!)).toBe(false);
    const few = page(`<body><div id="b"><table>${rows(3)}</table></div></body>`);
    expect(isFieldsRecord(few.getElementById('b')!)).toBe(false);
  });

  it('leaves an article with hCard-signed comments under it the article alone', () => {
    const comment = (n: number, name: string) =>
      `<li class="comment" id="comment-${n}"><div class="comment-meta">` +
      `<span class="vcard"><span class="fn">${name}</span></span> ` +
      `<span class="date">March ${n}, 2026 at 9:1${n} am</span></div>` +
      '<p>Lovely photos of the wall, thank you.</p></li>';
    const html =
      '<body><main><article><h1>Rebuilding the harbour wall</h1>' +
      Array.from({ length: 6 }, () => `<p>${sentence.repeat(3)}</p>`).join('') +
      '</article><section id="comments"><h2>3 comments</h2><ol class="comment-list">' +
      comment(1, 'Ada Quill') +
      comment(2, 'Ben Arrow') +
      comment(3, 'Cy Moss') +
      '</ol></section></main></body>';
    const { got, text } = kept(page(html));
    expect(got?.pageKind).not.toBe('thread');
    expect(text).toContain('The harbour wall was rebuilt');
    expect(text).not.toContain('Lovely photos');
  });
});
