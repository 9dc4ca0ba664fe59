// @vitest-environment jsdom
// Session 40: generators not yet written, in their real shapes with their chrome. DocBook XSL's HTML (the PostgreSQL
// manual's shape: a navheader table, `div.sect1`/`sect2` with `titlepage` headings and `#` id links, function tables,
// a `div.note`, a navfooter table) came out right and locks the behaviour.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';

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
