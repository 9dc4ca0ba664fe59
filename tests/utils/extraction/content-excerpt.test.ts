// @vitest-environment jsdom
// The excerpt (the library's line under a title): Readability's is the first <p> of its block when the page has no
// description, and on a thread that is a post's number, time or author ("12", "Mar 14", "rjones"). Offprint takes
// the first line of the kept text that reads as a summary instead. Fixture pages: forum-punbb (the thread's first
// post), forum-vanilla ("Bookmark"), qa-microdata ("42": a vote count) and the other thread fixtures' metadata.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';
import { contentExcerpt, readsAsExcerpt } from '@/utils/extraction/content-excerpt';
import { FIXTURE_URL } from '../../helpers/page-fixture';

const box = (html: string) => {
  const el = new JSDOM('').window.document.createElement('div');
  el.innerHTML = html;
  return el;
};

const fixture = (slug: string) => {
  const url = FIXTURE_URL;
  const html = fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8');
  return { doc: new JSDOM(html, { url }).window.document, url, html };
};

describe('readsAsExcerpt', () => {
  it('takes a sentence and leaves counters, times, names and greetings', () => {
    expect(readsAsExcerpt('The pilot goes out after ten minutes every morning.')).toBe(true);
    for (const line of ['12', 'Mar 14', 'rjones', 'Hello,', 'Replies 1 Views 2.3k', 'LanternFox3 months ago#1'])
      expect(readsAsExcerpt(line), line).toBe(false);
    expect(readsAsExcerpt('1  2023-03-14 09:12:00')).toBe(false);
    expect(readsAsExcerpt(null)).toBe(false);
  });

  it('reads words of any script', () => {
    expect(readsAsExcerpt('Der Zündflamme geht nach zehn Minuten wieder aus, trotz neuem Thermoelement.')).toBe(true);
  });
});

describe('contentExcerpt', () => {
  it("skips a post's header, its quote and a heading for the first prose line", () => {
    const el = box(
      '<article><header><cite>rjones</cite> · <time>Mar 14</time></header><h3>Pilot keeps going out</h3>' +
        '<blockquote><p>Someone else wrote this quoted line long ago here.</p></blockquote><p>Hello,</p>' +
        '<p>I replaced the thermocouple last weekend<br>and the pilot still goes out.</p></article>',
    );
    expect(contentExcerpt(el)).toBe('I replaced the thermocouple last weekend and the pilot still goes out.');
  });

  it('cuts a long paragraph at a word with an ellipsis', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i % 10 ? 'a' : 'b'}`).join(' ');
    const out = contentExcerpt(box(`<p>${words}</p>`))!;
    expect(out.length).toBeLessThanOrEqual(301);
    expect(out.endsWith('…')).toBe(true);
    expect(words.startsWith(out.slice(0, -1))).toBe(true);
  });

  it('leaves a line of links and returns null when no line reads as a summary', () => {
    const links = '<p><a href="/a">Home and garden</a> <a href="/b">Water heaters and boilers</a></p>';
    expect(contentExcerpt(box(`${links}<p>Thanks!</p>`))).toBeNull();
  });
});

describe('extractArticle excerpt', () => {
  it("gives a thread without a description its first post's prose, not Readability's first <p>", () => {
    const { doc, url, html } = fixture('forum-punbb');
    const vanilla = new Readability(new JSDOM(html, { url }).window.document).parse();
    expect(readsAsExcerpt(vanilla?.excerpt)).toBe(false);
    const out = extractArticle(doc, url)!;
    expect(readsAsExcerpt(out.excerpt)).toBe(true);
    expect(out.textContent.replace(/\s+/g, ' ')).toContain(out.excerpt!.replace(/…$/, ''));
  });

  it("keeps a page's description when it reads as a summary", () => {
    const { doc, url } = fixture('forum-crawler-view');
    expect(extractArticle(doc, url)!.excerpt).toBe('Get help running and extending your self-hosted discussion board.');
  });
});
