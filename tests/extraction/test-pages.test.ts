// @vitest-environment jsdom
// Extraction fixtures, readability-style: tests/fixtures/pages/<slug>/{source.html, expected.html,
// expected-metadata.json}. jsdom, not happy-dom: happy-dom drops content after <style> in <svg>.
// UPDATE_FIXTURES=1 npm test rewrites the expectations; review their diff like code.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';
import { sanitizeHtml } from '@/utils/extraction/sanitize-html';
import { prettyHtml } from '../helpers/pretty-html';

const DIR = path.resolve('tests/fixtures/pages');
const FAKE_URL = 'http://fakehost/test/page.html';
const UPDATE = !!process.env.UPDATE_FIXTURES;
const FIELDS = [
  'title',
  'byline',
  'siteName',
  'lang',
  'excerpt',
  'publishedTime',
  'readerable',
  'leadImageUrl',
  'canonicalUrl',
] as const;

/** Runs the shipped extraction path (extract, then sanitize) on a fixture page. */
export function extractFixture(slug: string) {
  const html = fs.readFileSync(path.join(DIR, slug, 'source.html'), 'utf8');
  const dom = new JSDOM(html, { url: FAKE_URL });
  const core = extractArticle(dom.window.document, FAKE_URL);
  if (!core) return null;
  const win = dom.window as unknown as Window & typeof globalThis;
  return { ...core, contentHtml: sanitizeHtml(core.contentHtml, win) };
}

const slugs = fs.readdirSync(DIR).filter((d) => fs.existsSync(path.join(DIR, d, 'source.html')));

describe.each(slugs)('fixture %s', (slug) => {
  const got = extractFixture(slug);
  const metaFile = path.join(DIR, slug, 'expected-metadata.json');
  const htmlFile = path.join(DIR, slug, 'expected.html');
  if (UPDATE && got) {
    const meta = Object.fromEntries(FIELDS.map((f) => [f, got[f]]));
    fs.writeFileSync(metaFile, JSON.stringify(meta, null, 2) + '\n');
    fs.writeFileSync(htmlFile, prettyHtml(got.contentHtml));
  }

  it('finds an article', () => {
    expect(got).not.toBeNull();
  });

  const expectedMeta = fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : {};
  it.each(FIELDS.filter((f) => f in expectedMeta))('extracts %s', (field) => {
    expect(got?.[field]).toEqual(expectedMeta[field]);
  });

  it('extracts the expected content', () => {
    const expected = fs.readFileSync(htmlFile, 'utf8');
    const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/> </g, '><').trim();
    expect(squash(prettyHtml(got!.contentHtml))).toBe(squash(expected));
  });
});
