// @vitest-environment jsdom
// Crystal's API reference prints each member as a box the page anchors (`div.entry-detail` with an id, its signature's
// `#` permalink to that id, its description, a "[View source]" link to GitHub) and its summary entry as a linked
// signature with no `<code>`. On real pages of a publish/subscribe client the members went: the edit-link rule climbed
// from "[View source]" to the member's whole box (a signature is only a few words), the call-to-action test read
// "subscribe" in `#psubscribe(…)` and "subscriber" in a description, the notice test read a method named `close`, and
// the edge trimming cut the last member's signature as a label after the prose (fixture docs-crystal-member-entries).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { isCallToAction } from '@/utils/extraction/call-to-action';
import { measureText } from '@/utils/extraction/clutter-guard';
import { isCodeName } from '@/utils/extraction/code-name';
import { removeEditLinks } from '@/utils/extraction/edit-links';
import { takeCensus } from '@/utils/extraction/page-census';
import { trimEdges } from '@/utils/extraction/trim-edges';

const PROSE =
  '<p>A paragraph of prose long enough to be the last line of the text, as a sentence of an article is written.</p>';

/** A Crystal member's box: its signature with the permalink to the box's id, a description, its source link. */
const member = (name: string, sig: string, doc = '') =>
  `<div class="entry-detail" id="${name}${sig}-instance-method"><div class="signature">def <strong>${name}</strong>` +
  `${sig} <a class="method-permalink" href="#${name}${sig}-instance-method">#</a></div>` +
  (doc ? `<div class="doc"><p>${doc}</p></div>` : '') +
  `<br><div>[<a href="https://github.com/example/harbor/blob/3f2a9c1/src/harbor.cr#L9">View source</a>]</div></div>`;

describe("an API reference's member entries (docs-crystal-member-entries)", () => {
  it('keeps every member, its signature and its description, without the source links', () => {
    const text = offprintPage(loadPage('docs-crystal-member-entries'))?.text ?? '';
    expect(text).toContain('#subscribe(&block : Message -> ) : Subscription');
    expect(text).toContain('def subscribe(&block : Message -> ) : Subscription #');
    expect(text).toContain('Subscribes the block to this channel.');
    expect(text).toContain('def unsubscribe(subscription : Subscription) : Nil #');
    expect(text).toContain('def close : Nil #');
    expect(text).toContain('Closes the channel: later messages raise ClosedError');
    expect(text).toContain('Each subscriber gets its own copy of a message');
    expect(text.trim().split('\n').at(-1)).toBe('The name the channel was opened with.');
    expect(text).not.toContain('View source');
    expect(text).not.toContain('Search...');
  });

  it("takes a member's source link, not the member's box the page anchors", () => {
    const doc = parsePage(
      `<body><main><div class="main-content">${PROSE}${member('close', ' : Nil')}</div></main></body>`,
    );
    removeEditLinks(takeCensus(doc.body));
    expect(doc.body.textContent).toContain('def close : Nil');
    expect(doc.body.textContent).not.toContain('View source');
    // A bar of edit links in a box no link of the page names still goes whole.
    const bar = parsePage(
      `<body><main>${PROSE}<div class="bar"><span>Found a typo?</span> ` +
        '<a href="https://github.com/example/harbor/edit/main/docs/page.md">Edit this page</a></div></main></body>',
    );
    removeEditLinks(takeCensus(bar.body));
    expect(bar.body.textContent).not.toContain('Found a typo?');
  });

  it("reads an entry's words as code, not a call to subscribe", () => {
    const doc = parsePage(
      '<body><div class="main-content"><ul class="list-summary"><li class="entry-summary">' +
        '<a data-line href="#psubscribe(*patterns)-instance-method"><strong>#psubscribe</strong>(*patterns)</a>' +
        '<div class="summary"><p data-summary>Subscribes to every channel a pattern names.</p></div></li></ul>' +
        `${member('subscribed?', ' : Bool', 'Tells whether this subscriber still listens.')}</div>` +
        '<div class="band"><p data-band>Subscribe to our newsletter for release notes.</p></div></body>',
    );
    measureText(doc.body);
    const cta = (sel: string) => {
      const el = doc.querySelector(sel)!;
      return isCallToAction(el, (el.textContent ?? '').trim());
    };
    expect(cta('[data-line]')).toBe(false);
    expect(cta('[data-summary]')).toBe(false);
    expect(cta('.entry-detail .doc p')).toBe(false);
    expect(cta('[data-band]')).toBe(true);
  });

  it("reads a section's paragraphs under a permalinked heading as the section's", () => {
    const doc = parsePage(
      '<body><div class="main-content"><h2><a id="overview" href="#overview"></a> Overview</h2>' +
        '<p>A named pipe of messages.</p><p data-line>Each subscriber gets its own copy of a message.</p></div>' +
        '<div class="promo"><h2>Stay in the loop</h2><p data-band>Each subscriber gets our monthly digest.</p></div>' +
        '</body>',
    );
    measureText(doc.body);
    const cta = (sel: string) => {
      const el = doc.querySelector(sel)!;
      return isCallToAction(el, (el.textContent ?? '').trim());
    };
    expect(cta('[data-line]')).toBe(false);
    expect(cta('[data-band]')).toBe(true);
  });

  it('reads a name beside its entry\'s permalink as code, not a "Close" label', () => {
    const doc = parsePage(`<body>${member('close', ' : Nil')}<div class="modal"><strong>Close</strong></div></body>`);
    const [name, label] = [...doc.querySelectorAll('strong')];
    expect(isCodeName(name)).toBe(true);
    expect(isCodeName(label)).toBe(false);
  });

  it("keeps the last member's signature after the prose, not a back-to-top mark", () => {
    const root = document.createElement('div');
    root.innerHTML =
      `${PROSE}<div class="entry-detail" id="name:String-instance-method"><div class="signature">def name : String ` +
      '<a href="#name:String-instance-method">#</a></div></div><p><a href="#top">↑</a></p>';
    trimEdges(root);
    expect(root.textContent).toContain('def name : String');
    expect(root.textContent).not.toContain('↑');
  });
});
