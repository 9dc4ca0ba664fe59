// @vitest-environment jsdom
// vBulletin 4's short replies: the member's menu under each name (`ul.popupbody.memberaction_body`: "View Profile",
// "View Forum Posts", "Private Message", a class word ending in "body") was longer than a reply of a line and was taken
// for its text (see memberMenu in extract-thread.ts); and the post's own text box is a `blockquote.postcontent`, so a
// reply quoting an earlier post (`div.bbcode_quote` inside it) went whole as one repeated quote, its own line with it,
// and the post printed its byline over nothing (see postTextBoxesOut in repeated-quotes.ts). Fixture page:
// tests/fixtures/pages/forum-vbulletin4-short-replies.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';

const URL = 'https://forum.example.com/showthread.php?t=88123';
const SOURCE = fs.readFileSync('tests/fixtures/pages/forum-vbulletin4-short-replies/source.html', 'utf8');

const posts = (html: string) => {
  const doc = new JSDOM(html, { url: URL }).window.document;
  const got = extractArticle(doc, URL);
  const box = doc.createElement('div');
  box.innerHTML = got?.contentHtml ?? '';
  return [...box.querySelectorAll('article')].map((a) => ({
    author: a.querySelector('cite')?.textContent,
    text: (a.querySelector(':scope > div')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));
};

describe("vBulletin 4's short replies", () => {
  it("prints a reply shorter than the member's menu, not the menu", () => {
    const got = posts(SOURCE);
    expect(got.map((p) => p.author)).toEqual(['rjones', 'DoorGuyMarek', 'rjones', 'mhollis']);
    expect(got[2].text).toBe('Will try that tonight, thanks.');
    expect(got.map((p) => p.text).join(' ')).not.toMatch(/View Profile|Private Message/);
  });

  it("keeps a quoting reply's own line and drops the repeated quote inside the post's text box", () => {
    const got = posts(SOURCE);
    expect(got[3].text).toBe('A quarter turn did it here.');
    expect(got.filter((p) => p.text.includes('close force setting'))).toHaveLength(1);
  });

  it('still drops a reply that is only a repeated quote', () => {
    const quoteOnly = SOURCE.replace('A quarter turn did it here.', '');
    const got = posts(quoteOnly);
    expect(got.filter((p) => p.text.includes('close force setting'))).toHaveLength(1);
    expect(got.find((p) => p.author === 'mhollis')?.text ?? '').toBe('');
  });
});
