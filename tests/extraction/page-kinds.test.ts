// @vitest-environment jsdom
// Page kinds: tests/fixtures/kinds/<kind>/*.html are pages written in the shape such sites use (forum
// engines, Q&A sites, documentation generators, shops, service and landing pages, listings); each must
// be recognised as its folder's kind, keep its main content and count as readable (the popup saves it on
// its own). Some extraction fixtures (tests/fixtures/pages) are of a known kind too.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '@/utils/article';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { isReadable } from '@/utils/extraction/page-kind';
import { FIXTURE_DIR, extractFixtureHtml } from '../helpers/page-fixture';

const KINDS_DIR = path.resolve('tests/fixtures/kinds');
const ex = { extractArticle, articleText };

const pages = PAGE_KINDS.flatMap((kind) =>
  fs
    .readdirSync(path.join(KINDS_DIR, kind))
    .filter((f) => f.endsWith('.html'))
    .map((f) => [kind, f, fs.readFileSync(path.join(KINDS_DIR, kind, f), 'utf8')] as const),
);

/** Extraction fixtures whose page is of a known kind. */
const KNOWN: Record<string, string> = {
  'forum-xenforo': 'thread',
  'qa-microdata': 'thread',
  'listing-cards': 'listing',
  'service-sections': 'service',
  'news-with-comments': 'article',
  'kyiv-independent-ghost': 'article',
  'german-article': 'article',
  'live-blog': 'article',
};

describe('page kinds', () => {
  it('has several fixture pages of every kind', () => {
    for (const kind of PAGE_KINDS) expect(pages.filter((p) => p[0] === kind).length).toBeGreaterThanOrEqual(3);
  });

  describe.each(pages)('%s: %s', (kind, _file, html) => {
    const got = extractFixtureHtml(html, ex);
    it(`is recognised as ${kind}`, () => {
      expect(got?.pageKind).toBe(kind);
    });
    it('keeps main content and counts as readable', () => {
      expect(got?.kind).toBe('article');
      expect(got!.textContent.split(/\s+/).length).toBeGreaterThan(40);
      expect(isReadable(got!)).toBe(true);
    });
  });

  it.each(Object.entries(KNOWN))('extraction fixture %s is a %s page', (slug, kind) => {
    const html = fs.readFileSync(path.join(FIXTURE_DIR, slug, 'source.html'), 'utf8');
    expect(extractFixtureHtml(html, ex)?.pageKind).toBe(kind);
  });

  it("keeps each code block's language (data-language), which the page marked only with classes", () => {
    const got = extractFixtureHtml(pages.find((p) => p[1] === 'docusaurus-page.html')![2], ex)!;
    const doc = new DOMParser().parseFromString(got.contentHtml, 'text/html');
    expect([...doc.querySelectorAll('pre[data-language]')].map((e) => e.getAttribute('data-language'))).toEqual([
      'bash',
      'js',
    ]);
    expect(got.contentHtml).not.toMatch(/class=/);
  });

  it('keeps each post of a thread with its author and time, in the markup the reader shows as posts', () => {
    const got = extractFixtureHtml(pages.find((p) => p[1] === 'phpbb-topic.html')![2], ex)!;
    const doc = new DOMParser().parseFromString(got.contentHtml, 'text/html');
    const posts = [...doc.body.children].filter((e) => e.tagName === 'ARTICLE');
    expect(posts).toHaveLength(3);
    expect(posts.map((p) => p.querySelector(':scope > header cite')?.textContent)).toEqual([
      'crumbcoat',
      'levain_lou',
      'crumbcoat',
    ]);
    expect(posts[1].querySelector(':scope > header time')?.getAttribute('datetime')).toBe('2024-02-05T19:40:00+00:00');
  });

  it('a page without main content is not readable: saved only on request, as a clean page', () => {
    const html =
      '<html><head><title>Sign in</title></head><body><nav><a href="/">Home</a></nav>' +
      '<form><input type="email"><button>Sign in</button></form></body></html>';
    expect(extractFixtureHtml(html, ex)).toBeNull();
    const dom = new DOMParser().parseFromString(html, 'text/html');
    const page = extractArticle(dom, 'https://example.com/login', { force: true })!;
    expect(page.kind).toBe('page');
    expect(isReadable({ ...page, textContent: page.textContent })).toBe(false);
  });
});
