// @vitest-environment jsdom
// ASP.NET Web Forms wrap the whole page in one `<form id="aspnetForm">` (to post its view state back): its header's
// "Sign Up" link made it a call-to-action form, and a page under 1,500 characters (a forum thread of a few posts)
// went whole with it: nothing was extracted. A form that holds the page is no sign-up form. And its forum prints each
// post as `tr.forum-post` with two cells of one class, the member's pane (name, avatar, "Joined: …", "Total Posts: …")
// and the text's cell (time, text): the text cells are the posts, the pane cell before each names its author.
// Fixture page: tests/fixtures/pages/forum-aspnet-page-form.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';
import { removeClutter } from '@/utils/extraction/remove-clutter';

const URL = 'https://forum.example.com/Forum/ShowPost.aspx?PostID=90210';
const SOURCE = fs.readFileSync('tests/fixtures/pages/forum-aspnet-page-form/source.html', 'utf8');

const extract = (html: string) => {
  const doc = new JSDOM(html, { url: URL }).window.document;
  const got = extractArticle(doc, URL);
  const box = doc.createElement('div');
  box.innerHTML = got?.contentHtml ?? '';
  return { got, box };
};

describe('a page inside one ASP.NET form', () => {
  it('keeps the thread: the page form is no sign-up form', () => {
    const { got, box } = extract(SOURCE);
    expect(got).not.toBeNull();
    expect(box.querySelectorAll('article')).toHaveLength(4);
    expect(got!.textContent).toContain('If that falls through I would take the second expansion');
    expect(got!.textContent).not.toMatch(/Sign Up|Log In|Report Abuse/);
  });

  it('names each post by the member pane cell beside its text cell', () => {
    const { box } = extract(SOURCE);
    expect([...box.querySelectorAll('article cite')].map((c) => c.textContent)).toEqual([
      'marlow_games',
      'tidewater',
      'marlow_games',
      'quillfeather',
    ]);
    expect(box.textContent).not.toMatch(/Joined:|Total Posts/);
  });

  it('still removes a sign-up form that does not hold the page', () => {
    const prose = '<p>A paragraph of the article that runs on for a while, as articles do, about trains.</p>'.repeat(6);
    const form = '<form class="promo"><p>Sign up for our newsletter</p><button>Go</button></form>';
    const doc = new JSDOM(`<body><article>${prose}</article>${form}</body>`).window.document;
    removeClutter(doc);
    expect(doc.querySelector('form')).toBeNull();
    expect(doc.querySelector('article')).not.toBeNull();
  });
});
