// @vitest-environment jsdom
// Session 37: text of a manual the extraction lost where vanilla Readability kept it, and generators no fixture
// covered: mdBook's code listings with their titles (docs-mdbook-listings), pkg.go.dev's runnable examples
// (docs-pkgsite), MkDocs' readthedocs theme with Read the Docs' flyout and EthicalAds (docs-mkdocs-readthedocs).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

describe("a code listing's caption (docs-mdbook-listings, the Rust book's `figure.listing`)", () => {
  it('is a line of the text, which refers to the listing by it; a picture\'s caption is not', () => {
    const doc = loadPage('docs-mdbook-listings');
    // Vanilla Readability's text keeps every caption, the picture's too.
    expect(readabilityText(doc)).toContain('Figure 5-1: The states of a session');
    const text = offprint(doc);
    expect(text).toMatch(/^Listing 5-1: Opening a session and reading the device's name$/m);
    expect(text).toMatch(/^Listing 5-2: Moving a session into a function, which closes the device when it returns$/m);
    expect(text).toContain('let session = ferrite::Session::open("/dev/ttyUSB0")?;');
    expect(text).not.toContain('Figure 5-1');
  });

  it('stays out when its figure holds a picture beside the code', () => {
    const page = (inside: string) =>
      parsePage(
        '<body><main><h1>Sessions</h1><p>A session holds a device open between calls, so that a program that talks ' +
          'to a device many times pays for the open only once, and closes it when it goes out of scope.</p>' +
          `<figure><pre><code>let s = Session::open(path)?;</code></pre>${inside}<figcaption>Opening a session` +
          '</figcaption></figure><p>The session closes the device when it goes out of scope, so that a program never ' +
          'leaves a device open by mistake after its last use of it.</p></main></body>',
      );
    expect(offprint(page(''))).toMatch(/^Opening a session$/m);
    expect(offprint(page('<img src="/states.png" alt="">'))).not.toContain('Opening a session');
  });
});

describe("a runnable example's code in a <textarea> (docs-pkgsite, pkg.go.dev)", () => {
  it('is lost by Readability (it removes every textarea) and kept by Offprint as code', () => {
    const doc = loadPage('docs-pkgsite');
    const rd = readabilityText(doc);
    expect(rd).toContain('Output:');
    expect(rd).not.toContain('attempts := 0');
    const text = offprint(doc);
    expect(text).toMatch(/^attempts := 0$/m);
    expect(text).toContain('err := retry.Do(ctx, fetchQuote, retry.MaxAttempts(2))');
    expect(text).toContain('Do calls op until it returns nil');
    expect(text).not.toMatch(/Share|Format|Run$|Source Files|Open Source Insights|Redistributable license/m);
    expect(offprintPage(doc)?.contentHtml).toMatch(/<pre><code>package main/);
  });

  it('leaves an empty box, a one-line one and a form field as they were', () => {
    const page = (box: string) =>
      parsePage(
        '<body><main><h1>Examples</h1><p>An operation is retried only while its error is temporary: return an error ' +
          'wrapped with Permanent to stop at once, or let the context expire to give up after a deadline.</p>' +
          `${box}<p>Do calls op until it returns nil, returns an error wrapped with Permanent, or the attempts run ` +
          'out, waiting longer between two attempts each time.</p></main></body>',
      );
    const two = 'retry.Do(ctx, op)\nlog.Print("done")';
    expect(offprint(page(`<textarea class="code">${two}</textarea>`))).toContain('log.Print("done")');
    expect(offprint(page(`<form><textarea spellcheck="false">${two}</textarea></form>`))).not.toContain('log.Print');
    expect(offprint(page(`<textarea>${two}</textarea>`))).not.toContain('log.Print'); // nothing says it is code
    expect(offprint(page('<textarea class="embed-code">&lt;iframe src="/e/1"&gt;&lt;/iframe&gt;</textarea>'))).not.toContain(
      'iframe',
    );
  });
});

describe("MkDocs' readthedocs theme on Read the Docs (docs-mkdocs-readthedocs)", () => {
  it('keeps the text, its admonitions and table, without the flyout, the ads or the footer', () => {
    const text = offprint(loadPage('docs-mkdocs-readthedocs'));
    expect(text).toContain('Retryer reads its settings from three places');
    expect(text).toMatch(/^Warning\nA variable that cannot be parsed/m);
    expect(text).toContain('jitter 0.2 The share of each wait drawn at random.');
    expect(text).not.toMatch(/EthicalAds|Deploy Python apps|Observability|Versions|Downloads|Hosted by|Built with/);
    expect(text).not.toMatch(/Edit on GitHub|Search docs|Previous|Next|Copyright/);
  });
});
