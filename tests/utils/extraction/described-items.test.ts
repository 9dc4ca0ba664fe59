// @vitest-environment jsdom
// A manual's "See Also" written as a list whose items are each a link, a dash and its description (the PHP manual's
// `<ul class="simplelist"><li><a>ledger_floor()</a> - Rounds an amount down</li>…`) is the manual's, whatever its class
// words say (`describesItsLinks` read only `<dl>`s: hashed, the list went as a related box). And a line that holds
// code before the first prose (a function's signature over its description) is no kicker or byline for the lead trim
// (`isLeadClutter` in trim-edges.ts). Fixture pages: tests/fixtures/pages/docs-edit-links and docs-php-manual under the
// `--perturb classes` probe (the PHP manual's reference pages as an unseen site serves them).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { describesItsLinks } from '@/utils/extraction/described-links';
import { measureText } from '@/utils/extraction/clutter-guard';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';

const hashed = (slug: string) => {
  const doc = loadPage(slug);
  perturbClasses(doc);
  return offprintPage(doc)?.text ?? '';
};

describe('a "See Also" list of links each with its description', () => {
  it("keeps a hashed PHP manual page's See Also items (docs-php-manual, docs-edit-links)", () => {
    const tally = hashed('docs-php-manual');
    expect(tally).toMatch(/^See Also$/m);
    expect(tally).toContain('tally_merge() - Adds up the tallies of several arrays');
    expect(tally).toContain('tally_split() - Splits an array by what a callback answers');
    const ledger = hashed('docs-edit-links');
    expect(ledger).toContain('ledger_floor() - Rounds an amount down');
    expect(ledger).toContain('ledger_split() - Splits an amount into shares');
  });

  it('tells a described list from a related box by its items', () => {
    const doc = parsePage(
      '<body><div id="see"><h3>See also</h3><ul>' +
        '<li><span><a href="/f">floor()</a> - Rounds an amount down</span></li>' +
        '<li><a href="/s">split()</a> — Splits an amount into shares</li></ul></div>' +
        '<div id="rel"><h3>Related</h3><ul>' +
        '<li><a href="/a">Storm closes the coast road</a> Crews worked all night to clear it</li>' +
        '<li><a href="/b">Council votes on the new bridge</a> The vote is due on Friday</li></ul></div>' +
        '<div id="bare"><h3>See also</h3><ul><li><a href="/x">Floor</a></li>' +
        '<li><a href="/y">Split</a></li></ul></div>' +
        '<div id="pic"><h3>More</h3><ul>' +
        '<li><a href="/p"><img src="p.jpg">Harbour</a> - A walk round the old port</li>' +
        '<li><a href="/q"><img src="q.jpg">Hills</a> - A day on the ridge above town</li></ul></div></body>',
    );
    measureText(doc.body);
    const at = (id: string) => {
      const box = doc.getElementById(id)!;
      return describesItsLinks(box, box.querySelector('h3')!);
    };
    expect(at('see')).toBe(true);
    expect(at('rel')).toBe(false); // a headline and a teaser, no dash between them
    expect(at('bare')).toBe(false); // links alone
    expect(at('pic')).toBe(false); // pictures
  });
});

describe('a line of code before the first prose stays', () => {
  it("keeps a hashed PHP manual page's signature over its description (docs-edit-links)", () => {
    expect(hashed('docs-edit-links')).toMatch(/^ledger_round\(float \$amount, string \$currency\): float$/m);
  });
});
