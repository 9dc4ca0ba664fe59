// @vitest-environment jsdom
// Sphinx prints a `toctree` directive where the page's source puts it, as `div.toctree-wrapper`: a manual's home page
// under its introduction, a section's index under "Below is the list of all available analysis modules:". Its entries
// are links only, nested by level, and the region copy read each block as a cloud of links: a real home page kept two
// of its blocks and lost the rest, a section's index lost its whole list, a package index kept 90 of 908 words.
// Where Readability's block won, the tidy pass took a captioned block of it at the text's end ("Reference" over its
// links) for a closing teaser and a link line. Fixture pages: tests/fixtures/pages/docs-sphinx-toctree-index (a
// manual's home page, the PyData theme's shape, the region wins) and docs-sphinx-toctree-section (a section's index,
// Readability's block wins).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { cleanRegion } from '@/utils/extraction/extract-region';

describe("Sphinx's toctree in the text (docs-sphinx-toctree-index)", () => {
  it("is the home page's text: every block of the index stays, the site's navigation does not", () => {
    const got = offprintPage(loadPage('docs-sphinx-toctree-index'))!;
    for (const line of ['Readings', 'tidepool.gauges', 'File layout', 'Storm surge residuals', 'Reference'])
      expect(got.text).toMatch(new RegExp(`^${line.replace('.', '\\.')}$`, 'm'));
    expect(got.text).toContain('tidepool.storage module');
    expect(got.text).toContain('Command-line tools');
    expect(got.text).toContain('reduces them to the tables a harbour office prints.');
    expect(got.text).not.toContain('Section Navigation');
    expect(got.text).not.toContain('Show Source');
    expect(got.text).not.toContain('Skip to main content');
  });

  it("is a section index's text where Readability's block wins: the captioned block at the end stays", () => {
    const got = offprintPage(loadPage('docs-sphinx-toctree-section'))!;
    expect(got.text).toContain('Each module below has its own page with the formulas it follows and a worked example:');
    expect(got.text).toContain('Surge API');
    expect(got.text).toMatch(/^Reference$/m);
    expect(got.text).toContain('tidepool.analysis package');
    expect(got.text).toContain('tidepool.analysis.surge module');
    expect(got.contentHtml).toContain('toctree-wrapper'); // kept through the block for the tidy pass, sanitized after
    expect(got.text).not.toContain('Section Navigation');
  });

  it('is no link cloud in the region copy; the same links outside the wrapper are', () => {
    const items = (n: number, word: string) =>
      Array.from({ length: n }, (_, i) => `<li class="toctree-l1"><a href="p${i}.html">${word} ${i}</a></li>`).join('');
    const prose =
      '<p>Tidepool reads the tide gauges of small harbours and stores every reading it takes, so that a harbour ' +
      'office can print its tables from them. This manual covers the readings, their storage and their analysis, ' +
      'with an example on every page and the formulas each module follows, and it closes with the reference.</p>';
    const doc = parsePage(
      `<body><div id="r">${prose}${prose}<div class="toctree-wrapper compound"><ul>${items(6, 'Chapter')}</ul>` +
        `</div><div class="menu-block"><ul>${items(6, 'Section')}</ul></div></div></body>`,
    );
    const out = cleanRegion(doc.getElementById('r')!, doc);
    expect(out.textContent).toContain('Chapter 0');
    expect(out.textContent).toContain('Chapter 5');
    expect(out.textContent).not.toContain('Section 0');
  });
});
