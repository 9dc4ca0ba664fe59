// @vitest-environment jsdom
// A member's menu an inline style hides (vBulletin 3's `div style="display:none"` after each post's box: "View Public
// Profile", "Find More Posts by …") is no part of a post's share: where no class word names the post's text (hashed
// class names), a reply of one line beside it was too small a share of its post, and the whole post (its header row,
// the member's pane and the menu) was taken as its text. Fixture page: tests/fixtures/pages/forum-hashed-popup-menu.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';

const URL = 'https://forum.example.com/showthread.php?t=40512';
const SOURCE = fs.readFileSync('tests/fixtures/pages/forum-hashed-popup-menu/source.html', 'utf8');

const extract = (html: string) => {
  const doc = new JSDOM(html, { url: URL }).window.document;
  const got = extractArticle(doc, URL);
  const box = doc.createElement('div');
  box.innerHTML = got?.contentHtml ?? '';
  return box;
};

describe("a post's hidden member menu", () => {
  it("keeps each short reply's text alone, without its header row, member's pane or menu", () => {
    const box = extract(SOURCE);
    expect(box.querySelectorAll('article')).toHaveLength(4);
    const text = box.textContent ?? '';
    expect(text).toContain('It is hungry, not dying.');
    expect(text).toContain('Fed it twice today and it smells of yoghurt again.');
    for (const chrome of ['View Public Profile', 'Find More Posts by', 'Join Date:', 'Posts: 4,210', '#3'])
      expect(text).not.toContain(chrome);
  });

  it('counts a menu as part of the post where nothing hides it', () => {
    // The same page with the menus shown: a reply of one line is then too small a share of its post (as before).
    const box = extract(SOURCE.replaceAll('style="display:none"', ''));
    expect(box.textContent).toContain('Find More Posts by crumbshot');
  });
});
