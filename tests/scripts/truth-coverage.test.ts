// @vitest-environment node
// What truth artifacts cost (scripts/lib/truth-coverage.ts): the share of a truth's words its HTML holds, and means
// with pages left out.
import { describe, expect, it } from 'vitest';
import { htmlWords, meanWithout, truthCoverage } from '../../scripts/lib/truth-coverage';

describe('truthCoverage', () => {
  it('is 1 for a truth drawn from the saved page, its words in tags and entities', () => {
    const html = '<html><body><h1>Night shifts</h1><p>Blackout curtains &amp; a fixed sleep time.</p></body></html>';
    expect(truthCoverage(html, 'Night shifts\nBlackout curtains & a fixed sleep time.')).toBe(1);
  });

  it("is low for a truth a script drew (a forum's JavaScript view saved before it ran)", () => {
    const html =
      '<html><head><script>var posts = ["Did nights for six years"]</script></head>' +
      '<body><div id="app">Loading the forum</div><noscript>Enable JavaScript</noscript></body></html>';
    expect(truthCoverage(html, 'Did nights for six years. The first winter was rough.')).toBeLessThan(0.2);
  });

  it("counts a <noscript> crawler view's words, not a script's or a style's", () => {
    const words = htmlWords('<style>.winter{}</style><noscript><p>Winter posts</p></noscript><script>nights</script>');
    expect([...words].sort()).toEqual(['posts', 'winter']);
  });

  it('is 1 for an empty truth', () => {
    expect(truthCoverage('<p>x</p>', '')).toBe(1);
  });
});

describe('meanWithout', () => {
  const pages = [
    { id: 'a', type: 'forum', fold: 3, f1: 0.1 },
    { id: 'b', type: 'forum', fold: 3, f1: 0.9 },
    { id: 'c', type: 'forum', fold: 3, f1: 0.8 },
  ];

  it('gives the mean with every page and without the pages left out', () => {
    const m = meanWithout(pages, new Set(['a']));
    expect(m.pages).toBe(3);
    expect(m.left).toBe(1);
    expect(m.f1).toBeCloseTo(0.6, 12);
    expect(m.f1Without).toBeCloseTo(0.85, 12);
  });

  it('gives NaN without a page left', () => {
    expect(meanWithout(pages, new Set(['a', 'b', 'c'])).f1Without).toBeNaN();
  });
});
