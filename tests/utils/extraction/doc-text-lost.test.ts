// @vitest-environment jsdom
// Session 37: text of a manual the extraction lost where vanilla Readability kept it, and generators no fixture
// covered: mdBook's code listings with their titles (docs-mdbook-listings), pkg.go.dev's runnable examples
// (docs-pkgsite), MkDocs' readthedocs theme with Read the Docs' flyout and EthicalAds (docs-mkdocs-readthedocs),
// API entries and notes about subscriptions (docs-mkdocs-subscriptions), Hextra's callouts (docs-hextra), Hugo Book
// (docs-hugo-book) and the Sphinx Book theme (docs-sphinx-book); a Confluence space export (docs-confluence-export)
// came out right and is a fixture only.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

describe("a code listing's caption (docs-mdbook-listings, the Rust book's `figure.listing`)", () => {
  it("is a line of the text, which refers to the listing by it; a picture's caption is not", () => {
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
    expect(
      offprint(page('<textarea class="embed-code">&lt;iframe src="/e/1"&gt;&lt;/iframe&gt;</textarea>')),
    ).not.toContain('iframe');
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

describe("a manual's lines about subscriptions and newsletters (docs-mkdocs-subscriptions, MkDocs Material)", () => {
  it('are its text, not calls to action: lines about code, an API entry, a note and a folded tip', () => {
    const doc = loadPage('docs-mkdocs-subscriptions');
    const rd = readabilityText(doc);
    expect(rd).toContain('Subscribe to a channel and return the new subscription.'); // vanilla keeps them all
    const text = offprint(doc);
    expect(text).toContain('Subscribe to a channel with app.events.subscribe().');
    expect(text).toMatch(/^subscribe\(channel, callback\)/m);
    expect(text).toContain('Subscribe to a channel and return the new subscription.');
    expect(text).toContain("channel (str) – the channel's name");
    expect(text).toMatch(/^unsubscribe\(subscription\)/m);
    expect(text).toContain("Unsubscribe and free the subscription's queue.");
    expect(text).toMatch(/^Note\nA subscription made before the backend is ready/m);
    expect(text).toContain('so that links from a newsletter share the cached page');
    expect(text).not.toMatch(/Was this page helpful|Made with|Previous|Next$/m);
  });

  it('leaves a plug beside code in the text, and a sign-up box, as calls to action', () => {
    const para =
      '<p>A session holds a device open between calls, so that a program that talks to a device many times pays ' +
      'for the open only once, and closes it when it goes out of scope.</p>';
    const doc = parsePage(
      `<body><main><h1>Sessions</h1>${para}<pre><code>let s = Session::open(path)?;</code></pre>${para}` +
        '<p><strong>Subscribe to my newsletter for more posts like this.</strong></p>' +
        '<div class="box"><p>Get our newsletter every week.</p><a href="/s">Sign up</a></div></main></body>',
    );
    const text = offprint(doc);
    expect(text).toContain('let s = Session::open(path)?;');
    expect(text).not.toMatch(/Subscribe to my newsletter|Get our newsletter/);
  });
});

describe("a callout an emoji opens (docs-hextra, Hugo's Hextra; Nextra's and Notion-style callouts)", () => {
  it('keeps a callout that points elsewhere, which Readability drops (a fifth of it is links)', () => {
    const doc = loadPage('docs-hextra');
    expect(readabilityText(doc)).not.toContain('for the metrics endpoint');
    const text = offprint(doc);
    expect(text).toContain('See Monitoring for the metrics endpoint.');
    expect(text).toContain('Without X-Forwarded-Proto, Lantern believes every request came over plain HTTP');
    expect(text).toMatch(/^Rolling back\nKeep the previous binary/m);
    expect(text).not.toMatch(/On this page|Edit this page|Scroll to top|Last updated|Powered by Hextra|Documentation/);
  });

  it('leaves a box of links an emoji opens as it was', () => {
    const para =
      '<p>Each instance answers health checks with 200 while it can serve requests, and with 503 from the moment it ' +
      'starts to shut down, so that the proxy stops sending it new requests.</p>';
    const box = (inner: string) => `<div class="c-box"><div><div>🔥</div></div><div><div>${inner}</div></div></div>`;
    const links = 'Trending: <a href="/a">Lantern 2.0 is out today</a> and <a href="/b">our roadmap</a>';
    const page = (html: string) => offprint(parsePage(`<body>${html}</body>`));
    expect(page(`<main><h1>Health</h1>${para}${box(links)}${para}</main>`)).not.toContain('Trending');
  });
});

describe('Hugo Book (docs-hugo-book), the Sphinx Book theme (docs-sphinx-book)', () => {
  it('come out with their text and without their chrome', () => {
    const book = offprint(loadPage('docs-hugo-book'));
    expect(book).toMatch(/^A route for every host\nPut a route with host = "\*"/m);
    expect(book).toContain('Two routes with the same host and prefix are an error');
    expect(book).not.toMatch(/March 3, 2024|Edit this page|Install$|Deploy$|Search|Table of Contents/m);
    const sbt = offprint(loadPage('docs-sphinx-book'));
    expect(sbt).toContain('2 2024-06-01 00:20:00 north NaN'); // a notebook cell's output table
    expect(sbt).toMatch(/^Tip\nSix readings are one hour/m);
    expect(sbt).not.toMatch(/Contents|Binder|Colab|Repository|Open issue|^previous$|Last updated|Copyright/m);
  });
});
