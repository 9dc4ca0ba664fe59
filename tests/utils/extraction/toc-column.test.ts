// @vitest-environment jsdom
// Docusaurus prints its "On this page" column inside `<main>`, beside the column of the `<article>`: the page's
// contents were kept as the text's own (contents inside the main block are, see removePageContents), and where the
// region won the page ended on its sections' titles (fixture docs-docusaurus-toc-column).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';

describe('a table of contents beside the article inside the main block (docs-docusaurus-toc-column)', () => {
  it('leaves the contents column out and keeps every section once', () => {
    const text = offprintPage(loadPage('docs-docusaurus-toc-column'))?.text ?? '';
    const lines = text.split('\n').map((l) => l.replace(/\u200b/g, '').trim());
    expect(lines.at(-1)).toBe('sandbox send requests to the test server required not required');
    for (const heading of ['Requirements', 'Installation', 'Quick start', 'Configuration'])
      expect(lines.filter((l) => l === heading)).toHaveLength(1);
    expect(text).toContain('print("Label ready:", parcel.label_url)');
    expect(text).toContain('We do not recommend this way');
  });
});
