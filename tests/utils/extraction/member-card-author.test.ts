// @vitest-environment jsdom
// A member's card declared as a post's author without a declared name (vBulletin 5's `div.b-userinfo` with
// `itemprop="author" itemscope itemtype="…/Person"` and no `itemprop="name"` inside: the name link, the member's title,
// "Join Date: …", "Posts: …") is named by its link to the member's profile: the whole card's text was printed as the
// author ("tkowalski Junior Member Join Date: Jan 2019 Posts: 148"). Fixture page:
// tests/fixtures/pages/forum-vbulletin5-card.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';

const URL = 'https://forum.example.com/forum/bikes/drivetrain/88123-chain-skips-under-load';
const SOURCE = fs.readFileSync('tests/fixtures/pages/forum-vbulletin5-card/source.html', 'utf8');

const authors = (html: string) => {
  const doc = new JSDOM(html, { url: URL }).window.document;
  const got = extractArticle(doc, URL);
  const box = doc.createElement('div');
  box.innerHTML = got?.contentHtml ?? '';
  return [...box.querySelectorAll('article cite')].map((c) => c.textContent);
};

describe("a member's card declared as the author", () => {
  it('names each post by the card’s profile link, without the title, join date or post count', () => {
    expect(authors(SOURCE)).toEqual(['tkowalski', 'WrenchWendy', 'tkowalski', 'mhollis']);
  });

  it('still reads a declared name where the card has one', () => {
    const named = SOURCE.replace('<b>WrenchWendy</b>', '<span itemprop="name">Wendy R.</span>');
    expect(authors(named)).toEqual(['tkowalski', 'Wendy R.', 'tkowalski', 'mhollis']);
  });
});
