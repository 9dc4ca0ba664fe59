// @vitest-environment jsdom
// Session 40: generators not yet written, in their real shapes with their chrome. DocBook XSL's HTML (the PostgreSQL
// manual's shape: a navheader table, `div.sect1`/`sect2` with `titlepage` headings and `#` id links, function tables,
// a `div.note`, a navfooter table) came out right and locks the behaviour. MediaWiki 1.41's headings
// (`div.mw-heading` around the `<h2>` and its `[edit]` link, docs-mediawiki-editsection) lost every section title.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, readabilityText } from '../../helpers/extraction-pages';

describe('DocBook XSL HTML (docs-docbook)', () => {
  it('keeps the section, its tables, note and code without the navigation header and footer', () => {
    const text = offprintPage(loadPage('docs-docbook'))?.text ?? '';
    expect(text).toMatch(/^This section describes the functions and operators for the ledger type/);
    expect(text).toMatch(/^Table 9\.8\. Ledger Functions$/m);
    expect(text).toMatch(/^Note\nBefore version 4\.0 the ledger_balance function/m);
    expect(text).toMatch(/^SELECT ledger_round\('\{a:10\.455,b:-4\.5\}'\);$/m);
    expect(text).not.toMatch(/Prev|Next|Home|Chapter 9\. Functions and Operators|Mathematical Functions/);
  });
});

describe("a wiki's section edit links (docs-mediawiki-editsection, MediaWiki 1.41 with the Vector 2022 skin)", () => {
  it('go with their brackets, and the section headings stay', () => {
    const doc = loadPage('docs-mediawiki-editsection');
    // Readability drops each heading's box: "Installation[edit]" is under 25 characters and not nine tenths heading.
    expect(readabilityText(doc)).not.toMatch(/^\s*Troubleshooting/m);
    const text = offprintPage(doc)?.text ?? '';
    for (const h of ['Installation', 'Usage', 'Excluding files', 'Troubleshooting'])
      expect(text).toMatch(new RegExp(`^${h}$`, 'm'));
    expect(text).toMatch(/^Tip: Run with -n first/m);
    expect(text).not.toMatch(/\[edit\]|\bedit\b|Contents|Backup tools|Retrieved from|Category|last edited|Log in/);
  });
});
