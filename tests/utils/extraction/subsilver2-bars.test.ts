// @vitest-environment jsdom
// A thread's posts among the page's bars of their class: phpBB 3.0's subsilver2 style prints each post as a
// `table.tablebg`, and the breadcrumbs, the "Previous topic • Next topic" bar, the sort form and "Who is online" as
// tables of that class too; with fewer posts than bars no 0.6 share of the group was dated and no thread was found
// (the page fell to its region: the bars, each member's "Joined / Posts" lines, no authors). The members with an author
// and a date, in one unbroken run, are the posts when the other members are short bars. Fixture page:
// tests/fixtures/pages/forum-phpbb-subsilver2-bars.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';
import { findPosts } from '@/utils/extraction/find-posts';

const URL = 'https://bikes.example.org/viewtopic.php?f=7&t=4410';
const SOURCE = fs.readFileSync('tests/fixtures/pages/forum-phpbb-subsilver2-bars/source.html', 'utf8');

const page = (html: string) => new JSDOM(html, { url: URL }).window.document;

/** A box of the page: `dated` ones carry a member's link and a date, the others `text` alone. */
const box = (dated: boolean, text: string, n: number) =>
  dated
    ? `<div class="entry"><p><a href="/memberlist.php?mode=viewprofile&u=${n}">member${n}</a> ` +
      `<span>Mar ${n + 1}, 2024</span></p><p>${text}</p></div>`
    : `<div class="entry"><p>${text}</p></div>`;

const sentence = 'A reply of a few plain sentences about the bike, its chain and its cogs. ';

describe('posts among bars of their class', () => {
  it('finds the posts of a subsilver2 thread, each with its author and time, without the bars', () => {
    const doc = page(SOURCE);
    const got = extractArticle(doc, URL);
    const out = doc.createElement('div');
    out.innerHTML = got?.contentHtml ?? '';
    expect(out.querySelectorAll('article')).toHaveLength(5);
    expect([...out.querySelectorAll('cite')].map((c) => c.textContent)).toEqual([
      'spokewrench',
      'Marguerite_L',
      'spokewrench',
      'hubgrease',
      'spokewrench',
    ]);
    const text = out.textContent ?? '';
    expect(text).toContain('twelve full links should be twelve inches');
    expect(text).toContain('Not a single skip in any gear.');
    for (const chrome of ['Who is online', 'Board index', 'Previous topic', 'Joined:', 'Display posts from previous'])
      expect(text).not.toContain(chrome);
  });

  it('takes the dated run when the other members are short bars before and after it', () => {
    const boxes = [
      box(false, 'Home › Bikes › Drivetrain', 0),
      ...[1, 2, 3].map((n) => box(true, sentence.repeat(3), n)),
      box(false, 'Who is online: 3 guests', 0),
      box(false, 'Previous topic • Next topic', 0),
      box(false, 'Jump to: Drivetrain', 0),
    ];
    const doc = page(`<body><main>${boxes.join('')}</main></body>`);
    expect(findPosts(doc.body)?.map((p) => p.querySelector('a')?.textContent)).toEqual([
      'member1',
      'member2',
      'member3',
    ]);
  });

  it('finds no thread where undated members as long as the dated ones stand beside them (a list of cards)', () => {
    const boxes = [
      ...[1, 2, 3].map((n) => box(true, sentence.repeat(3), n)),
      ...[4, 5, 6, 7].map((n) => box(false, sentence.repeat(5), n)),
    ];
    const doc = page(`<body><main>${boxes.join('')}</main></body>`);
    expect(findPosts(doc.body)).toBeNull();
  });

  it('finds no thread where undated members stand between the dated ones', () => {
    const boxes = [1, 2, 3, 4, 5, 6, 7].map((n) => box(n % 2 === 1, n % 2 ? sentence.repeat(3) : 'A short bar', n));
    const doc = page(`<body><main>${boxes.join('')}</main></body>`);
    expect(findPosts(doc.body)).toBeNull();
  });
});
