// @vitest-environment jsdom
// Reference pages whose entries are headed in a folded summary and labelled with a link to their source: rustdoc
// (docs.rs, the Rust standard library) prints each method as `<details><summary><section class="method">` with
// "2.0.0 · Source" and `<h4 class="code-header">` signature, its text in the `<details>` after the summary (Sphinx's
// viewcode "[source]" after a signature stays). Fixture pages: tests/fixtures/pages/docs-rustdoc-items, and
// docs-rustdoc-description (an item's short description with links, in `div.docblock`).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { CLUTTER_RULES, removeClutter } from '@/utils/extraction/remove-clutter';
import { keepDocComments } from '@/utils/extraction/doc-comments';

const load = (slug: string) => loadPage(slug);
const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';
const SIGNATURE = 'pub fn withdraw(&mut self, account: AccountId, amount: u64) -> Result<u64, Overdrawn>';

const PROSE =
  '<p>Adds an amount to an account and writes the matching entry to the book. The amount is taken from the ' +
  "book's suspense account, which stands for money that arrived but is not yet assigned to anyone.</p>" +
  '<p>Returns the balance of the account after the deposit, in the smallest unit of its currency, so that a ' +
  'caller can show it at once without asking the ledger again for the same account.</p>';

/** The class a heading keeps after the clutter pass, in a page of `html` (the heading has `id="h"`). */
function classAfter(html: string): string | null {
  const doc = parsePage(`<body>${html}</body>`);
  removeClutter(doc);
  return doc.getElementById('h')?.getAttribute('class') ?? null;
}

describe("a reference page's entries (docs-rustdoc-items, rustdoc)", () => {
  it('loses the signatures to Readability, as page headers; Offprint keeps them before their text', () => {
    expect(readabilityText(load('docs-rustdoc-items'))).not.toContain('pub fn withdraw');
    const text = offprint(load('docs-rustdoc-items'));
    expect(text).toContain(SIGNATURE);
    expect(text).toContain('pub fn balance(&self, account: AccountId) -> u64');
    expect(text.indexOf(SIGNATURE)).toBeLessThan(text.indexOf('Takes an amount from an account'));
    expect(text).toContain('A ledger holds the accounts of one book');
  });

  it('leaves out the links to the source and the versions beside them', () => {
    const rules = { ...CLUTTER_RULES };
    delete rules.removeSourceLinks;
    const before = load('docs-rustdoc-items');
    removeClutter(before, rules);
    expect(before.body.textContent).toMatch(/2\.0\.0 \(const: unstable\) · Source/);
    const text = offprint(load('docs-rustdoc-items'));
    expect(text).not.toMatch(/Source|\d\.\d\.0|unstable/);
    expect(text).toContain('Returns the balance of the account after the withdrawal.');
  });

  it("takes badges before a title only: Sphinx's [source] after a signature, a chart's source stay", () => {
    const doc = parsePage(
      '<body><article><dl class="py method"><dt class="sig sig-object py" id="Ledger.deposit">' +
        '<span class="sig-name descname">deposit</span>(<em>account</em>, <em>amount</em>)' +
        '<a class="reference internal" href="../_modules/ledger/book.html#Ledger.deposit">' +
        '<span class="viewcode-link"><span class="pre">[source]</span></span></a></dt>' +
        `<dd>${PROSE}</dd></dl>` +
        '<p>Source code: <a href="https://github.com/ledger/ledger/blob/main/src/book.py">src/book.py</a></p>' +
        '<figure><img src="chart.png" alt=""><figcaption>Deposits by month. ' +
        '<a href="https://data.example.org/deposits">Source</a></figcaption></figure></article></body>',
    );
    removeClutter(doc);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('deposit(account, amount)[source]');
    expect(text).toContain('Source code: src/book.py');
    expect(text).toContain('Deposits by month. Source');
  });
});

describe('headings named "header" among prose a few wrappers up', () => {
  it('lose the header word up to four wrappers below the prose they head', () => {
    const entry = (heading: string) =>
      `<div class="impl-items"><details open><summary><section class="method">${heading}</section></summary>` +
      `<div class="docblock">${PROSE}</div></details>${PROSE}</div>`;
    expect(classAfter(entry('<h4 id="h" class="code-header">pub fn deposit()</h4>'))).toBe('');
    // Substack's shape (the heading's parent holds the prose) as before.
    expect(classAfter(`<div><h3 id="h" class="header-anchor-post">Costs</h3>${PROSE}</div>`)).toBe('');
  });

  it('stay marked inside a wrapper Readability reads as unlikely, or too far from the prose', () => {
    const heading = '<h3 id="h" class="box-header">Costs and fees</h3>';
    expect(classAfter(`<div>${PROSE}<div class="community-box"><div>${heading}</div></div></div>`)).toBe('box-header');
    const deep = `<div><div><div><div><div>${heading}</div></div></div></div></div>`;
    expect(classAfter(`<div>${PROSE}${deep}</div>`)).toBe('box-header');
    expect(classAfter(`<div>${PROSE}<div><h3 id="h" class="comments-header">2 comments</h3></div></div>`)).toBe(
      'comments-header',
    );
  });
});

describe("an item's short description that points elsewhere (docs-rustdoc-description, rustdoc)", () => {
  it('keeps the doc comment Readability cleans away as a fifth links', () => {
    const doc = load('docs-rustdoc-description');
    expect(readabilityText(doc)).not.toContain('holds the accounts of one Book');
    const text = offprint(load('docs-rustdoc-description'));
    expect(text).toContain('Ledger holds the accounts of one Book and keeps their balances in step (post).');
    expect(text).toContain('See the module documentation for details.');
    expect(text.indexOf('See the module documentation')).toBeLessThan(text.indexOf(SIGNATURE));
  });

  it('marks doc comments by their class, not a summary ending in "Read more" or a block of links', () => {
    const doc = parsePage(
      '<body><div id="a" class="docblock"><p>Returns the <a href="a.html">balance</a> of an ' +
        '<a href="b.html">account</a> after every entry written.</p></div>' +
        '<div id="b" class="docblock"><p>Compares two ledgers. ' +
        '<a href="c.html">Read more</a></p></div><div id="c" class="textblock"><a href="d.html">Book</a> ' +
        '<a href="e.html">Entry</a> <a href="f.html">Account</a></div><div id="d" class="block"><p>Returns the ' +
        '<a href="a.html">balance</a> of an account.</p></div></body>',
    );
    const census = removeClutter(doc)!;
    keepDocComments(census);
    const cls = (id: string) => doc.getElementById(id)?.getAttribute('class');
    expect(cls('a')).toBe('docblock text');
    expect(cls('b')).toBe('docblock');
    expect(cls('c')).toBe('textblock');
    expect(cls('d')).toBe('block');
  });
});
