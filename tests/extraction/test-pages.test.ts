// @vitest-environment jsdom
// Extraction fixtures, readability-style: tests/fixtures/pages/<slug>/{source.html, expected.html,
// expected-metadata.json}. jsdom, not happy-dom: happy-dom drops content after <style> in <svg>.
// UPDATE_FIXTURES=1 npm test rewrites the expectations; review their diff like code.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { prettyHtml } from '../helpers/pretty-html';
import {
  FIXTURE_DIR,
  FIXTURE_FIELDS,
  extractFixtureHtml,
  writeFixtureExpectations,
  type FixtureResult,
} from '../helpers/page-fixture';

const UPDATE = !!process.env.UPDATE_FIXTURES;

/** Runs the shipped extraction path (extract, then sanitize) on a fixture page. */
export function extractFixture(slug: string): FixtureResult | null {
  const html = fs.readFileSync(path.join(FIXTURE_DIR, slug, 'source.html'), 'utf8');
  return extractFixtureHtml(html, { extractArticle, articleText });
}

const slugs = fs.readdirSync(FIXTURE_DIR).filter((d) => fs.existsSync(path.join(FIXTURE_DIR, d, 'source.html')));

describe.each(slugs)('fixture %s', (slug) => {
  const got = extractFixture(slug);
  const metaFile = path.join(FIXTURE_DIR, slug, 'expected-metadata.json');
  const htmlFile = path.join(FIXTURE_DIR, slug, 'expected.html');
  if (UPDATE && got) writeFixtureExpectations(path.join(FIXTURE_DIR, slug), got);

  it('finds an article', () => {
    expect(got).not.toBeNull();
  });

  const expectedMeta = fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : {};
  it.each(FIXTURE_FIELDS.filter((f) => f in expectedMeta))('extracts %s', (field) => {
    expect(got?.[field]).toEqual(expectedMeta[field]);
  });

  it('extracts the expected content', () => {
    const expected = fs.readFileSync(htmlFile, 'utf8');
    const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/> </g, '><').trim();
    expect(squash(prettyHtml(got!.contentHtml))).toBe(squash(expected));
  });
});
