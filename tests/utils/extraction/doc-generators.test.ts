// @vitest-environment jsdom
// Documentation generators not among the development pages, written in the shape their templates emit (session 35):
// Starlight (docs-starlight: asides and headings in wrappers with a permalink beside them), Google's devsite
// (docs-devsite-asides: `<aside class="note">` among the text).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

describe('admonitions drawn as <aside> (docs-starlight, docs-devsite-asides)', () => {
  it('are dropped by Readability (it removes every <aside>) and kept by Offprint', () => {
    const star = loadPage('docs-starlight');
    expect(readabilityText(star)).not.toContain('Starlight is a documentation website toolkit');
    const text = offprint(star);
    expect(text).toContain('Starlight is a documentation website toolkit built with Astro');
    expect(text).toContain('npm create astro@latest -- --template starlight');
    expect(text).toContain('Astro helps you build faster websites');
    expect(text).toContain('think twice before using Starlight'); // the third aside in a row
    const devsite = loadPage('docs-devsite-asides');
    expect(readabilityText(devsite)).not.toContain('rows that arrive late');
    const g = offprint(devsite);
    expect(g).toContain('Note: The information in Managing tables also applies');
    expect(g).toContain('Caution: If you partition by ingestion time, rows that arrive late');
    expect(g).toContain('Warning: Deleting a partitioned table deletes every partition');
    expect(g).not.toMatch(/Was this helpful|Send feedback|Except as otherwise noted|Last updated/);
  });

  it('leaves side columns and notices outside the text as they were', () => {
    const page = (aside: string) =>
      parsePage(
        '<body><main><h1>Partitions</h1>' +
          '<p>A partitioned table is divided into segments, called partitions, that make it easier to manage and ' +
          'query your data, and a query that filters on the partitioning column reads only the partitions it ' +
          'needs.</p>' +
          '<p>You partition tables by specifying a partition column which is used to segment the table, and the ' +
          'remaining partitions are skipped by the query planner.</p></main>' +
          `${aside}</body>`,
      );
    // An aside outside the text's blocks (a site-wide notice after <main>) stays out.
    const text = offprint(
      page('<aside class="note"><strong>Note:</strong> This site uses cookies to remember your choices here.</aside>'),
    );
    expect(text).toContain('A partitioned table is divided');
    expect(text).not.toContain('cookies');
  });
});

describe('section headings in a wrapper with their permalink (docs-starlight)', () => {
  it("lose the heading to Readability (the permalink's words make the wrapper links); Offprint keeps them", () => {
    const doc = loadPage('docs-starlight');
    expect(readabilityText(doc)).not.toMatch(/^Asides$/m);
    const text = offprint(doc);
    for (const h of ['Inline styles', 'Asides', 'Code blocks', 'Other common Markdown features'])
      expect(text).toMatch(new RegExp(`^${h}$`, 'm'));
    expect(text).not.toMatch(/Section titled|On this page|Edit page|Last updated|Built with Starlight|Previous/);
  });
});
