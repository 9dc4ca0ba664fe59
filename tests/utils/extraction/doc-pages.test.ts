// @vitest-environment jsdom
// Documentation pages: code boxes whose wrappers carry utility classes Readability reads as clutter
// (`scroll-mt-2`, `hidden`, `media-…`) keep their code, and a section's index (headings and lists linking
// to the pages under it) is its content, not teasers. Fixture pages: tests/fixtures/pages/{docs-code-wrappers,
// docs-section-index}.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { tidyArticle } from '@/utils/extraction/tidy-article';
import { freeCodeBlocks } from '@/utils/extraction/code-wrappers';
import { markCodeLanguages } from '@/utils/extraction/code-language';
import { measureText } from '@/utils/extraction/clutter-guard';

const URL_ = 'http://fakehost/test/page.html';
const parse = (html: string, url = URL_) => new JSDOM(html, { url }).window.document;
const load = (slug: string) => parse(fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8'));
const offprint = (doc: Document) => {
  const core = extractArticle(doc, URL_);
  return core ? articleText(core.contentHtml, doc).textContent : '';
};
const vanilla = (doc: Document) => new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';

describe('code boxes with utility classes (docs-code-wrappers)', () => {
  it('loses its code to Readability, and keeps it with Offprint', () => {
    expect(vanilla(load('docs-code-wrappers'))).not.toContain('image: postgres:18');
    const text = offprint(load('docs-code-wrappers'));
    expect(text).toContain('image: postgres:18');
    expect(text).toContain('$ psql postgres://localhost:8001/shop');
    expect(text).toContain('By default Harbor sets up a single network');
    expect(text).toContain('connections to the old one are closed');
    expect(text).not.toMatch(/Volumes in Compose|Privacy|Install/);
  });

  it('frees only the boxes that hold nothing but the code (and a label)', () => {
    const doc = parse(
      '<body><div class="scroll-box" id="a"><span>yaml</span><pre>key: value</pre></div>' +
        '<div class="sidebar" id="b"><p>A sidebar paragraph that is more than a label, long enough to count as ' +
        'text of its own beside the snippet it holds.</p><pre>npm i</pre></div></body>',
    );
    const pres = markCodeLanguages(doc.body);
    measureText(doc.body);
    freeCodeBlocks(pres, doc.body);
    expect(doc.querySelector('pre')!.parentElement!.hasAttribute('class')).toBe(false);
    expect(doc.getElementById('b')?.getAttribute('class')).toBe('sidebar');
  });
});

describe('a section index (docs-section-index)', () => {
  it('keeps the headings and lists that link to the pages under this one; teasers of other pages still go', () => {
    const text = offprint(load('docs-section-index'));
    expect(text).toContain('Using workflow templates');
    expect(text).toContain('Choosing where your workflow runs');
    expect(text).toContain('Workflow syntax');
    expect(text).not.toMatch(/Relay 3\.0 is out|Faster runners/);
  });

  it('drops the same link headings on a page whose links are not under it', () => {
    const html =
      '<div id="x"><p>An article paragraph long enough to read as prose in the tidy pass of this test page.</p>' +
      '<h2><a href="/other/templates">Using workflow templates</a></h2><p>Another paragraph of prose, long ' +
      'enough to read as the article text that the heading stands between.</p></div>';
    const at = (url: string) => {
      const doc = parse(`<body>${html}</body>`, url);
      return tidyArticle(doc.getElementById('x')!, doc).text;
    };
    expect(at('http://fakehost/other')).toContain('Using workflow templates');
    expect(at('http://fakehost/news/story.html')).not.toContain('Using workflow templates');
    expect(at('http://fakehost/')).not.toContain('Using workflow templates'); // the site's root has no section
  });
});
