// @vitest-environment jsdom
// Markdown prints a loose list (items apart by a blank line) as `<li><p><a>…</a></p></li>`: each item's paragraph was
// read as a link line by the tidy pass and went, and a DocFX article ended on its "References" heading alone (fixture
// docs-docfx-loose-references). A tight list of the same links (`<li><a>`) was kept.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { tidyArticle } from '@/utils/extraction/tidy-article';

const REFERENCES = [
  'Tide service: response format and limits',
  'Choosing a folder for disk caches',
  'Station time zones and the tide day',
  'Sharing one cache folder between processes',
];

describe("a document section's list printed loose (docs-docfx-loose-references)", () => {
  it('keeps the "References" list under its heading', () => {
    const text = offprintPage(loadPage('docs-docfx-loose-references'))?.text ?? '';
    const lines = text.split('\n').map((l) => l.trim());
    const at = lines.indexOf('References');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1)).toEqual(REFERENCES);
    expect(text).not.toContain('Improve this Doc');
  });

  it("still drops a loose list's link lines outside a section of the document", () => {
    const doc = new JSDOM('<body></body>', { url: 'https://example.org/blog/post.html' }).window.document;
    const body = [1, 2, 3, 4, 5]
      .map(
        (i) => `<p>Paragraph ${i} of the post, a sentence long enough to be prose and not a line of links at all.</p>`,
      )
      .join('');
    const links = REFERENCES.map((r, i) => `<li><p><a href="/blog/other-${i}.html">${r}</a></p></li>`).join('');
    const out = tidyArticle(`<div>${body}<h3>Read next</h3><ul>${links}</ul></div>`, doc, { sections: true }).text;
    expect(out).toContain('Paragraph 5 of the post');
    expect(out).not.toContain('Station time zones');
  });
});
