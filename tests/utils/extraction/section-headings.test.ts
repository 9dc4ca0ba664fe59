// @vitest-environment jsdom
// Substack's section headings carry the class `header-anchor-post` (their permalink box), and Readability drops any
// element whose class says "header" as a page header: every heading of the post went. A heading among the article's
// paragraphs loses those class words before Readability runs; a comments header still goes.
// Fixture page: tests/fixtures/pages/article-section-headings.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { takeCensus } from '@/utils/extraction/page-census';
import { unmarkSectionHeadings } from '@/utils/extraction/section-headings';

const URL_ = 'http://fakehost/test/page.html';
const parse = (html: string) => new JSDOM(html, { url: URL_ }).window.document;
const load = () => parse(fs.readFileSync('tests/fixtures/pages/article-section-headings/source.html', 'utf8'));
const HEADINGS = ['Text is the interface', 'Keyboards are faster than menus', 'What new tools borrow'];
const PROSE = '<p>' + 'A sentence of the article about the subject of the post, and nothing else. '.repeat(4) + '</p>';

describe('section headings whose class says "header" (article-section-headings)', () => {
  it('are dropped by Readability and kept by Offprint, between the paragraphs they title', () => {
    const vanilla = new Readability(load()).parse()?.textContent ?? '';
    for (const h of HEADINGS) expect(vanilla).not.toContain(h);
    const core = extractArticle(load(), URL_)!;
    const lines = articleText(core.contentHtml, load()).textContent.split('\n');
    for (const h of HEADINGS) expect(lines).toContain(h);
    expect(lines.indexOf('Keyboards are faster than menus')).toBeGreaterThan(lines.indexOf('Text is the interface'));
    expect(lines.join('\n')).not.toMatch(/12 Comments|Great piece/);
  });

  it('leaves headings whose class names other clutter, and headings outside the prose, as they were', () => {
    const doc = parse(
      `<body><header class="site"><h2 class="site-header-title" id="t">Lines of Code</h2></header>` +
        `<div class="body">${PROSE}<h3 class="header-anchor-post" id="a">Kept</h3>${PROSE}` +
        `<h3 class="comments-header" id="b">3 Comments</h3><h3 class="related-header" id="c">Related</h3>${PROSE}` +
        `</div></body>`,
    );
    unmarkSectionHeadings(takeCensus(doc.body));
    expect(doc.getElementById('a')!.getAttribute('class')).toBe('');
    expect(doc.getElementById('b')!.getAttribute('class')).toBe('comments-header');
    expect(doc.getElementById('c')!.getAttribute('class')).toBe('related-header');
    expect(doc.getElementById('t')!.getAttribute('class')).toBe('site-header-title');
  });
});
