// @vitest-environment jsdom
// What the article owns and must keep, whatever the clutter rules match: each case is a fixture folder
// under tests/fixtures/pages/ that vanilla Readability keeps whole too (so a loss would be ours).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';

const URL_ = 'http://fakehost/test/page.html';
/** slug → [what it guards, selectors that must match in the article HTML, lines the text must hold]. */
const CASES: [string, string, string[], string[]][] = [
  [
    'figure-before-heading',
    'trimEdges: a figure with a plain caption just before the closing section’s <h2> stays, with the heading',
    ['img[src$="wall-crane.jpg"]', 'img[src$="wall-breach.jpg"]', 'figcaption'],
    ['Key dates', 'October: first phase ends'],
  ],
];

const load = (slug: string) =>
  new JSDOM(fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8'), { url: URL_ }).window.document;

describe.each(CASES)('%s', (slug, _guards, selectors, lines) => {
  const html = (s: string) => new JSDOM(`<body>${s}</body>`).window.document.body;
  it('is kept whole by vanilla Readability', () => {
    const out = html(new Readability(load(slug)).parse()?.content ?? '');
    for (const sel of selectors) expect(out.querySelector(sel), sel).not.toBeNull();
  });
  it('is kept whole by Offprint, in the HTML and the text', () => {
    const doc = load(slug);
    const { contentHtml, textContent } = articleText(extractArticle(doc, URL_)!.contentHtml, doc);
    const out = html(contentHtml);
    for (const sel of selectors) expect(out.querySelector(sel), sel).not.toBeNull();
    for (const line of lines) expect(textContent.split('\n')).toContain(line);
  });
});
