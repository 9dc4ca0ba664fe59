// @vitest-environment jsdom
// Haddock ends every declaration's line and every instance's row with a link to the module's listing and the line's
// permalink: `<a class="link" href="src/Data.Tide.html#Tide">Source</a> <a class="selflink" href="#t:Tide">#</a>`.
// On a real module's page 40 lines read "data Regex Source #", "Eq Regex Source #". Fixture page:
// tests/fixtures/pages/docs-haddock-source-links (a module "Data.Tide", Haddock 2.24's shape).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';

describe("Haddock's source links (docs-haddock-source-links)", () => {
  it('leave the declarations: no "Source #", the signatures and their documentation stay', () => {
    const got = offprintPage(loadPage('docs-haddock-source-links'))!;
    expect(got.text).not.toMatch(/Source\s*#/);
    expect(got.text).toContain('between :: Double -> Double -> Tide\n');
    expect(got.text).toContain('isSlack :: Tide -> Bool\n');
    expect(got.text).toContain('Eq Tide\n');
    expect(got.text).toContain('Which way the water moves between two readings.');
    expect(got.text).toContain('Whether the boats in the outer basin may leave without waiting for the next reading.');
  });

  it('go in the clutter pass with their "#"; Sphinx\'s bracketed "[source]" before its mark stays', () => {
    const doc = parsePage(
      '<body><main><h1>Data.Tide</h1><p>Readings of a harbour gauge and the tide they show.</p>' +
        '<p class="src"><a id="v:rise" class="def">rise</a> :: Tide -&gt; Double ' +
        '<a href="src/Data.Tide.html#rise" class="link" data-t="src">Source</a> ' +
        '<a href="#v:rise" class="selflink" data-t="mark">#</a></p>' +
        '<p>How far the water rose since the last reading.</p>' +
        '<dl><dt id="tide.rise"><code>tide.rise</code>(<em>reading</em>)' +
        '<a data-t="sphinx" href="../_modules/tide.html#rise"><span class="viewcode-link">[source]</span></a>' +
        '<a class="headerlink" data-t="sphinx-mark" href="#tide.rise">#</a></dt>' +
        '<dd><p>How far the water rose since the reading given.</p></dd></dl></main></body>',
    );
    removeClutter(doc);
    expect(doc.querySelector('[data-t=src]')).toBeNull();
    expect(doc.querySelector('[data-t=mark]')).toBeNull();
    expect(doc.querySelector('[data-t=sphinx]')).not.toBeNull();
    expect(doc.querySelector('[data-t=sphinx-mark]')).not.toBeNull();
    expect(doc.querySelector('p.src')?.textContent?.trim()).toBe('rise :: Tide -> Double');
  });
});
