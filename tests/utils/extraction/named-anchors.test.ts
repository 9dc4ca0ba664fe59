// @vitest-environment jsdom
// Haddock prints every name a module defines as an anchor named by its id alone (`<a id="v:tideTime" class="def">`, no
// address) and each field of a record as `<dfn><a id>name</a> :: <a href>Type</a></dfn>`. Those anchors counted as
// links, so a data type's box of constructors and fields read as a block of links, and the tidy pass took each as
// teasers: a real module page kept 38 of its 449 words (fixture docs-haddock-record-fields).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, readabilityText } from '../../helpers/extraction-pages';
import { linkDensity, measureText } from '@/utils/extraction/clutter-guard';

describe("a module's names and its records' fields (docs-haddock-record-fields)", () => {
  it('keeps every type, constructor and field, without the package bar and the footer', () => {
    const doc = loadPage('docs-haddock-record-fields');
    const text = offprintPage(doc)?.text ?? '';
    // Each declaration's line without Haddock's "Source #" links (see removeSourceLinks' endsDeclaration).
    expect(text).toMatch(/data Tide\n/);
    expect(text).not.toContain('Source #');
    expect(text).toContain('tideStation :: StationId');
    expect(text).toContain('The station that measured it.');
    expect(text).toMatch(/data TideKind\n/);
    expect(text).toContain('HighWater');
    expect(text).toMatch(/Measured\s+Interpolated\s+Predicted\s+Missing\s+Suspect/);
    expect(text).toContain('LowestAstronomical');
    expect(text).toContain('nextTide :: StationId -> UTCTime -> Maybe Tide');
    expect(text).toContain('estimateTo :: Tide');
    expect(text).toContain('The first tide at the station after the given time');
    expect(text).not.toContain('Produced by');
    expect(text).not.toMatch(/Contents\s*Index/);
    // Vanilla Readability keeps a fifth of it.
    expect(readabilityText(doc)).not.toContain('tideStation');
  });

  it('counts an anchor named by its id, with no address, as text, not a link', () => {
    const box = document.createElement('div');
    box.innerHTML = '<a id="v:HighWater" class="def">HighWater</a> <a id="v:LowWater" class="def">LowWater</a>';
    measureText(box);
    expect(linkDensity(box)).toBe(0);
    const links = document.createElement('div');
    links.innerHTML = '<a href="/a">HighWater</a> <a onclick="go()">LowWater</a>';
    measureText(links);
    expect(linkDensity(links)).toBe(1);
  });
});
