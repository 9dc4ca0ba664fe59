// @vitest-environment jsdom
// pkgdown's downlit links every function of an R example to its reference page (`install.packages`,
// `remotes::install_github`): a package home page's "Installation" section, two sentences over two one-line calls,
// was a fifth links and more for Readability, whose conditional cleaning took the whole section out (fixture
// docs-pkgdown-linked-code). The links inside code blocks now count as text in Readability's link density.
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { checkCheaply } from '@/utils/extraction/readability-checks';
import { countCodeLinksAsText, linksInCode } from '@/utils/extraction/code-links';

describe('links inside code blocks (docs-pkgdown-linked-code)', () => {
  it('keeps a package home page\'s "Installation" section with its linked code', () => {
    const text = offprintPage(loadPage('docs-pkgdown-linked-code'))?.text ?? '';
    const lines = text.split('\n').map((l) => l.trim());
    const at = lines.indexOf('Installation');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 6)).toEqual([
      'You can install the released version of tidegauge from CRAN with:',
      'install.packages("tidegauge")',
      'And the development version from GitHub with:',
      'install.packages("remotes")',
      'remotes::install_github("harbourdata/tidegauge")',
    ]);
    expect(text).not.toContain('Browse source code');
    expect(text).not.toContain('Site built with');
  });

  it("counts a code block's links as text, and the other links as Readability does", () => {
    document.body.innerHTML =
      '<div id="s"><p>Install it from <a href="https://cran.example.org/">CRAN</a> with:</p>' +
      '<pre><code><a href="https://docs.example.org/install.packages.html">install.packages</a>' +
      '("tidegauge")</code></pre>' +
      '<p>See <a href="#usage">usage</a>.</p></div>';
    const s = document.getElementById('s')!;
    const reader = new Readability(document.cloneNode(true) as Document) as unknown as {
      _getLinkDensity: (el: Element) => number;
      _getInnerText: (el: Element) => string;
    };
    checkCheaply(reader);
    const all = reader._getLinkDensity(s);
    countCodeLinksAsText(reader);
    const outside = reader._getLinkDensity(s);
    const total = reader._getInnerText(s).length;
    expect(all).toBeCloseTo(('CRAN'.length + 'install.packages'.length + 'usage'.length * 0.3) / total, 6);
    expect(outside).toBeCloseTo(('CRAN'.length + 'usage'.length * 0.3) / total, 6);
    expect(linksInCode([...document.getElementsByTagName('pre')])).toBe(true);
  });
});
