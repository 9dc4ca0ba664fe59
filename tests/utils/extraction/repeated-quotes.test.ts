// @vitest-environment jsdom
// Quotes of an earlier post of the thread (repeated-quotes.ts): a kept thread shows each post's text once; the
// thread is chosen with them. Fixture page: tests/fixtures/pages/forum-repeated-quotes (Discourse's crawler view).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findPosts } from '@/utils/extraction/find-posts';
import { threadElement } from '@/utils/extraction/extract-thread';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { removeRepeatedQuotes } from '@/utils/extraction/repeated-quotes';

const URL = 'https://community.example/t/backups-of-a-home-server-to-a-second-disk/4410';
const page = () =>
  new JSDOM(fs.readFileSync('tests/fixtures/pages/forum-repeated-quotes/source.html', 'utf8'), { url: URL }).window
    .document;
const count = (text: string, part: string) => text.split(part).length - 1;
const OPENING = 'My home server keeps photos, documents and the configuration';

describe('repeated quotes', () => {
  it('leaves out a quote of an earlier post in a kept thread, with its header', () => {
    const doc = page();
    const core = extractArticle(doc, URL)!;
    const text = articleText(core.contentHtml, doc).textContent;
    expect(count(text, OPENING)).toBe(1);
    expect(text).not.toMatch(/^mira_k:$/m);
    expect(text).toContain('A plain rsync copy mirrors your mistakes too');
  });

  it('keeps a sentence quoted to answer it, and a quote of a text that is not on the page', () => {
    const doc = page();
    const text = articleText(extractArticle(doc, URL)!.contentHtml, doc).textContent;
    // One line of the post above (under 120 characters): the reply's anchor.
    expect(text).toMatch(/^tdoyle:\nUse a tool that keeps snapshots, such as restic or borg\nI set up restic/m);
    expect(text).toContain('A repository that is only ever written to is not a tested backup.');
  });

  it('marks the quote in the thread and removes it only when asked (the thread is chosen with it)', () => {
    const doc = page();
    const thread = threadElement(doc, findPosts(doc.body)!);
    expect(count(thread.textContent!, OPENING)).toBe(2);
    expect(removeRepeatedQuotes(thread)).toBe(true);
    expect(count(thread.textContent!, OPENING)).toBe(1);
    expect(removeRepeatedQuotes(thread)).toBe(false);
  });

  it('leaves out a quote that no tag or class word names, found by its header (vBulletin 3: "Quote:")', () => {
    const html = fs.readFileSync('tests/fixtures/pages/forum-classless-quotes/source.html', 'utf8');
    const doc = new JSDOM(html, { url: 'http://fakehost/forum/trip-reports/5120400-jura.html' }).window.document;
    const text = articleText(extractArticle(doc, doc.URL)!.contentHtml, doc).textContent;
    expect(count(text, 'we packed one bag each')).toBe(1);
    expect(text).not.toMatch(/Originally Posted by Marguerite_V/);
    expect(text).toContain('Four bags for nine days is brave.');
    // A line quoted to answer it (under 120 characters) stays, with its header.
    expect(text).toMatch(
      /Originally Posted by Osric\.Tamm\nHow many of you carried a day pack as well\?\nTwo day packs/,
    );
  });
});
