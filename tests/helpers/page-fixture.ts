// One fixture folder, tests/fixtures/pages/<slug>/{source.html, expected.html, expected-metadata.json}:
// how its page is extracted and how its expectations are written, shared by the fixture test
// (tests/extraction/test-pages.test.ts) and `npm run fixture:new` (scripts/fixture-new.ts).
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { extractArticle, ExtractedCore } from '@/utils/extraction/extract-article';
import type { articleText } from '@/utils/extraction/article-text';
import { prettyHtml } from './pretty-html';

/** Where the fixtures live. */
export const FIXTURE_DIR = path.resolve('tests/fixtures/pages');
/** The URL every fixture page is extracted at (relative links resolve against it). */
export const FIXTURE_URL = 'http://fakehost/test/page.html';
/** The metadata fields kept in expected-metadata.json. */
export const FIXTURE_FIELDS = [
  'title',
  'byline',
  'siteName',
  'lang',
  'excerpt',
  'publishedTime',
  'readerable',
  'leadImageUrl',
  'canonicalUrl',
] as const satisfies readonly (keyof ExtractedCore)[];

/** The two functions of the shipped path (the test imports them, fixture:new loads them bundled). */
export interface FixtureExtractor {
  extractArticle: typeof extractArticle;
  articleText: typeof articleText;
}

export type FixtureResult = ExtractedCore & { textContent: string };

/**
 * Runs the shipped extraction path on a fixture's HTML: extract, then sanitize and take the text. `prepare`
 * changes the parsed page first (`npm run bench:fixtures` hashes its class names or drops its landmarks).
 */
export function extractFixtureHtml(
  html: string,
  ex: FixtureExtractor,
  prepare?: (doc: Document) => void,
): FixtureResult | null {
  const dom = new JSDOM(html, { url: FIXTURE_URL, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  prepare?.(doc);
  const core = ex.extractArticle(doc, FIXTURE_URL);
  if (!core) return null;
  return { ...core, ...ex.articleText(core.contentHtml, doc) };
}

/** The expected metadata of a result, as written to expected-metadata.json. */
export function fixtureMetadata(got: FixtureResult): Record<string, unknown> {
  return Object.fromEntries(FIXTURE_FIELDS.map((f) => [f, got[f]]));
}

/** Writes a fixture's expectations (expected.html, expected-metadata.json) from a result. */
export function writeFixtureExpectations(dir: string, got: FixtureResult): void {
  fs.writeFileSync(path.join(dir, 'expected-metadata.json'), JSON.stringify(fixtureMetadata(got), null, 2) + '\n');
  fs.writeFileSync(path.join(dir, 'expected.html'), prettyHtml(got.contentHtml));
}
