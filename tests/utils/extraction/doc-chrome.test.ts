// @vitest-environment jsdom
// Documentation chrome found by its structure: custom elements named as chrome (`<devsite-content-footer>`,
// `<devsite-thumb-rating>`: web components name themselves after what they are, as class words do) and rating
// widgets (a question beside two to four short buttons: "Was this helpful?" 😀 😞, "Did you find what you were
// looking for today?" Yes / No, or links to nowhere: "Ja" / "Nein"). Fixture pages: tests/fixtures/pages/
// {docs-chrome-elements, docs-feedback-widget, docs-feedback-links, docs-version-picker}. Version pickers written
// out as links (PostgreSQL's "Supported Versions: Current (18) / 17 / 16", Django's version list) and a manual's
// "Submit correction" box.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { feedbackWidget, isAnswerLink } from '@/utils/extraction/feedback-widget';
import { isChromeElementName } from '@/utils/extraction/page-census';
import { measureText } from '@/utils/extraction/clutter-guard';
import { CLUTTER_RULES, removeClutter } from '@/utils/extraction/remove-clutter';

const parse = (html: string) => parsePage(html);
const load = (slug: string) => loadPage(slug);
const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

const PROSE =
  '<p>A project may create up to one thousand buckets. Bucket names are global, so a name used by any project ' +
  'cannot be taken again until that bucket is deleted and a waiting period of a day has passed.</p>' +
  '<p>A single object may be up to five terabytes. Writes to one object name are limited to one per second; ' +
  'writing different names is not limited, so spread frequent writes over many names.</p>';

describe('custom elements named as chrome (docs-chrome-elements)', () => {
  it('leaves out the licence footer, the rating and the feedback link', () => {
    // Before the rule the region (a <main> with its custom elements) kept the licence and "Last updated" lines.
    const text = offprint(load('docs-chrome-elements'));
    expect(text).toContain('A single object may be up to five terabytes.');
    expect(text).toContain('Most requests are answered within two working days.');
    expect(text).not.toMatch(/Except as otherwise noted|Last updated 2024|Was this helpful|Send feedback/);
  });

  it('reads the last part of a custom element name', () => {
    for (const name of ['devsite-content-footer', 'devsite-thumb-rating', 'docs-toc', 'site-feedback', 'facets-dialog'])
      expect(isChromeElementName(name)).toBe(true);
    for (const name of ['devsite-content', 'nav', 'footer', 'product-card', 'navigation-guide', 'x-footnote'])
      expect(isChromeElementName(name)).toBe(false);
  });

  it("leaves out a promo written as a custom element: a free trial's box, a newsletter's, an ad's, a banner", () => {
    // A manual's page ends on `<cloud-free-trial>` ("Try it for yourself … Get started for free"); before the names
    // trial, cta, newsletter, ad(s), banner, upsell and signup were read, its heading and pitch stayed in the text.
    const doc = parse(
      `<body><main><article><h1>Buckets</h1>${PROSE}<h2>What comes next</h2>` +
        '<ul><li>To move objects between buckets, see <a href="/docs/move">Moving objects</a>.</li></ul>' +
        '<docs-free-trial><div><h2>Try the service yourself</h2><p>New to the platform? Open an account to see how ' +
        'its products behave on your own workloads; new accounts get credits to spend in their first month.</p>' +
        '<a class="button" href="/signup">Start for free</a></div></docs-free-trial>' +
        '<promo-upsell><p>Upgrade to the team plan for shared buckets.</p></promo-upsell></article></main></body>',
    );
    const text = offprint(doc);
    expect(text).toContain('A single object may be up to five terabytes.');
    expect(text).toContain('To move objects between buckets');
    expect(text).not.toMatch(/Try the service yourself|Open an account|Start for free|Upgrade to the team plan/);
    for (const name of ['cloud-free-trial', 'hl-newsletter-cta', 'gpt-ad', 'partner-banner', 'site-signup'])
      expect(isChromeElementName(name)).toBe(true);
    for (const name of ['og-offer', 'x-pad', 'read-aloud', 'cta']) expect(isChromeElementName(name)).toBe(false);
  });

  it('keeps a chrome-named custom element that wraps the page (its <main>, its headline)', () => {
    const doc = parse(
      `<body><vg-site-nav><ul><li><a href="/a">Accounts</a></li></ul><main><h1>Retirement income</h1>${PROSE}` +
        '</main></vg-site-nav></body>',
    );
    expect(offprint(doc)).toContain('A single object may be up to five terabytes.');
  });
});

describe('rating widgets whose answers are links to nowhere (docs-feedback-links)', () => {
  it('leave out their questions and counts, in any language', () => {
    // Readability keeps the question (the links are short, not a block of links); before the rule Offprint did too.
    expect(readabilityText(load('docs-feedback-links'))).toContain('War dieser Artikel hilfreich?');
    const text = offprint(load('docs-feedback-links'));
    expect(text).not.toMatch(/War dieser Artikel hilfreich|fanden dies hilfreich|Did this answer your question/);
    expect(text).toContain('Does the cache need more memory? Answer at once by lowering max');
    expect(text).toContain('Call clear() to drop every entry at once.');
  });

  it('takes links only when they lead nowhere and answer yes or no', () => {
    const doc = parse(
      '<body><div id="w"><p>¿Te ha resultado útil?</p><a href="#">Sí</a> <a href="#">No</a></div>' +
        '<div id="nav"><p>Which plan suits you?</p><a href="/starter">Starter</a> ' +
        '<a href="/business">Business</a></div>' +
        '</body>',
    );
    measureText(doc.body);
    const [si, no, starter] = Array.from(doc.querySelectorAll('a'));
    expect(isAnswerLink(si)).toBe(true);
    expect(feedbackWidget(si)?.id).toBe('w');
    expect(feedbackWidget(no)?.id).toBe('w');
    expect(isAnswerLink(starter)).toBe(false);
  });
});

describe('rating widgets (docs-feedback-widget)', () => {
  it('leaves out their questions', () => {
    // Before the rule Readability's block kept both questions (their buttons went, as controls).
    const text = offprint(load('docs-feedback-widget'));
    expect(text).not.toMatch(/Was this helpful|Did you find what you were looking for|Let us know so we can/);
    // A question in the prose, a code box with its buttons and a "?" in its code, an FAQ's toggle stay.
    expect(text).toContain('Does your endpoint need more time? Answer at once');
    expect(text).toContain('queue.push(event)?;');
    expect(text).toContain('Can I send a test event to my endpoint?');
    expect(text).toContain('Yes. Open the endpoint in the dashboard');
  });

  it('finds the widget by its shape, and nothing larger', () => {
    const doc = parse(
      '<body><div id="w"><p>¿Te ha resultado útil?</p><div><button>Sí</button><button>No</button></div></div>' +
        '<div id="poll"><p>Which plan suits a team of five? Each plan below says what it includes and what it ' +
        'costs a month, so compare them before you choose one for your team and its projects.</p>' +
        '<button>Choose the Starter plan for teams</button><button>Choose the Business plan</button></div>' +
        '<div id="one"><p>Ready?</p><button>Start</button></div></body>',
    );
    measureText(doc.body);
    const [si, no, starter, business, start] = Array.from(doc.querySelectorAll('button'));
    expect(feedbackWidget(si)?.id).toBe('w');
    expect(feedbackWidget(no)?.id).toBe('w');
    expect(feedbackWidget(starter)).toBeNull();
    expect(feedbackWidget(business)).toBeNull();
    expect(feedbackWidget(start)).toBeNull();
  });

  it('is not a quoted post with its buttons beside a question', () => {
    // A forum's quote: the quoted question and the quote's own buttons (expand, reply) are a post's, not a rating.
    const doc = parse(
      '<body><div class="post"><div id="q"><blockquote><p>Does the new firmware fix the fan noise?</p>' +
        '<button>Expand</button><button>Reply</button></blockquote></div>' +
        '<div id="r"><blockquote>Anyone tried it yet?</blockquote><button>Quote</button><button>Like</button></div>' +
        '</div></body>',
    );
    measureText(doc.body);
    for (const b of doc.querySelectorAll('button')) expect(feedbackWidget(b)).toBeNull();
  });
});

describe("a manual's version pickers and correction box (docs-version-picker)", () => {
  it('leaves out the versions, the breadcrumb beside them and the "Submit correction" box', () => {
    // Before the rules the page had no <main>: the region copy was the body and kept every version line and the
    // correction box (which tipped the choice to it), the breadcrumb with them.
    const rules = { ...CLUTTER_RULES };
    delete rules.removeVersionPickers;
    const before = load('docs-version-picker');
    removeClutter(before, rules);
    expect(before.body.textContent).toMatch(/Supported Versions:/);
    const text = offprint(load('docs-version-picker'));
    expect(text).not.toMatch(/Supported Versions|Unsupported versions|Documentation version|Ledger 7|\b4\.2\b/);
    expect(text).not.toMatch(/Submit correction|report a documentation issue/);
    expect(text).toContain('The rounding functions take an amount and return an amount of the same currency');
    expect(text).toContain('split_even(42.45) → 21.23');
    expect(text).toContain('the shares always add up to the amount given.');
  });

  it('takes a row of version links only: not a pager, a release list with prose, a heading', () => {
    const pick = (html: string) => {
      const doc = parse(`<body>${html}<main>${PROSE}</main></body>`);
      removeClutter(doc);
      return doc.body.textContent ?? '';
    };
    const v = (n: string, seg = n) => `<a href="/docs/${seg}/install.html">${n}</a>`;
    expect(pick(`<div>Versions: ${v('latest')} / ${v('2.1')} / ${v('2.0')} / ${v('1.9')}</div>`)).not.toMatch(/2\.1/);
    expect(pick(`<ul><li>${v('development', 'dev')}</li><li>${v('5.2')}</li><li>${v('5.1')}</li></ul>`)).not.toMatch(
      /5\.2/,
    );
    // A pager's numbers are plain: no dot, no release line's name.
    expect(pick(`<div>Page ${v('2')} ${v('3')} ${v('4')}</div>`)).toContain('Page 2 3 4');
    // Links that name a version but lead elsewhere; a release list under its heading.
    expect(pick('<p><a href="/news/a">2.1</a> <a href="/news/b">2.0</a> <a href="/news/c">1.9</a></p>')).toContain(
      '2.1',
    );
    expect(pick(`<section><h2>Releases</h2>${v('3.1')} ${v('3.0')} ${v('2.9')}</section>`)).toContain('3.1');
  });

  it('takes a correction box under its heading, not the page titled so', () => {
    const box = (tag: string, title: string) =>
      `<div id="c"><${tag}>${title}</${tag}><p>Tell us what is wrong with this page through ` +
      '<a href="https://github.com/ledger/docs/issues/new">an issue</a>.</p></div>';
    for (const title of [
      'Submit correction',
      'Found a typo?',
      'Improve this page',
      'Fehler melden',
      'Signaler une erreur',
    ]) {
      const doc = parse(`<body><main>${PROSE}${box('h2', title)}</main></body>`);
      removeClutter(doc);
      expect(doc.getElementById('c')).toBeNull();
    }
    const page = parse(`<body><main>${box('h1', 'Report a problem')}${PROSE}</main></body>`);
    removeClutter(page);
    expect(page.getElementById('c')).not.toBeNull();
  });
});

describe('links to edit the page or report a mistake (docs-edit-links)', () => {
  it("leaves out php.net's bar of edit and bug links, kept before in the region copy", () => {
    const rules = { ...CLUTTER_RULES };
    delete rules.removeEditLinks;
    const before = load('docs-edit-links');
    removeClutter(before, rules);
    expect(before.body.textContent).toContain('Submit a Pull Request');
    const text = offprint(load('docs-edit-links'));
    expect(text).not.toMatch(/Submit a Pull Request|Report a Bug/);
    expect(text).toContain('Rounds an amount to what its currency can pay');
    expect(text).toContain('Returns the rounded amount.');
  });

  it("takes a generator's edit bar, not a link inside a sentence or one that leads elsewhere", () => {
    const page = (html: string) => {
      const doc = parse(`<body><main>${PROSE}${html}</main></body>`);
      removeClutter(doc);
      return doc.body.textContent ?? '';
    };
    const gh = 'https://github.com/ledger/docs/edit/main/docs/buckets.md';
    expect(page(`<div class="row"><div><a href="${gh}"><svg></svg>Edit this page</a></div></div>`)).not.toContain(
      'Edit this page',
    );
    expect(
      page(`<p><a href="${gh}">Edit on GitHub</a> · <a href="/_sources/b.rst.txt">View page source</a></p>`),
    ).not.toMatch(/GitHub|source/);
    const sentence =
      '<p>If a limit here is wrong for your project, please <a href="https://github.com/ledger/docs/issues/new">' +
      'report a bug</a> and say which one.</p>';
    expect(page(sentence)).toContain('please report a bug and say which one.');
    expect(page('<div><a href="/guide/edit-this-page">Edit this page</a></div>')).toContain('Edit this page');
  });
});
