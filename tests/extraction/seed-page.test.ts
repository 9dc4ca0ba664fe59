// @vitest-environment jsdom
// The seed-like Ghost page: vanilla Readability keeps clutter, Offprint keeps the 8 paragraphs only.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';

const html = fs.readFileSync('tests/fixtures/pages/kyiv-independent-ghost/source.html', 'utf8');
const URL_ = 'http://fakehost/news/kremlin-envoy/';
const PARAGRAPHS = [
  'A Kremlin envoy Kirill Dmitriev met with',
  'Axios, citing its source, said Witkoff',
  'Dmitriev, the Kyiv-born head of Russia',
  'The talks come as Trump',
  'Trump, who initially avoided criticizing Putin',
  'Despite repeated threats of additional sanctions',
  'The April 11 meeting follows a second round',
  'potentially trading peace concessions for economic incentives.',
];
/** Clutter the seed shows above and below the article. */
const CLUTTER = [
  'The Power Within',
  'pre-order now',
  'Skip to content',
  'This audio is created with AI assistance',
  'Russia asks US to lift sanctions',
  'News Feed',
  '5:52 PM',
  'Chinese military officers',
  'MORE NEWS',
  "Editors' Picks",
  'Enter your email',
  '* indicates required',
  'Subscribe',
  'Successfuly subscribed',
  'Please, enter correct email address',
  'Allison Robbert',
];

const dom = () => new JSDOM(html, { url: URL_ }).window.document;

describe('seed-like Ghost article', () => {
  it('makes vanilla Readability keep some of its clutter (the reason for the clutter pass)', () => {
    const text = new Readability(dom()).parse()!.textContent ?? '';
    const kept = CLUTTER.filter((c) => text.includes(c));
    expect(kept.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps all 8 body paragraphs, in order', () => {
    const text = extractArticle(dom(), URL_)!.textContent;
    const at = PARAGRAPHS.map((p) => text.indexOf(p));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it.each(CLUTTER)('drops "%s" from the body text', (clutter) => {
    expect(extractArticle(dom(), URL_)!.textContent).not.toContain(clutter);
  });

  it('starts with the first body paragraph and ends with the last', () => {
    const lines = extractArticle(dom(), URL_)!.textContent.split('\n');
    expect(lines[0]).toMatch(/^A Kremlin envoy/);
    expect(lines.at(-1)).toMatch(/economic incentives\.$/);
  });
});
