// @vitest-environment jsdom
// Folded panels (tabs, accordion bodies, FAQ answers) are hidden until a click but are the page's
// content: the clutter pass opens them instead of removing them; hidden menus and modals still go.
// Fixture pages: tests/fixtures/pages/folded-panels, service-disclosure-panels (panels named only by their toggles),
// docs-tab-sets (a tab set without roles or panel class words, on a page without landmarks).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import {
  controlledIds,
  isDisclosedPanel,
  isFoldedPanel,
  repeatsPage,
  tabSetPanels,
} from '@/utils/extraction/folded-panel';
import { measureText } from '@/utils/extraction/clutter-guard';

const URL_ = 'http://fakehost/test/page.html';
const load = (slug = 'folded-panels') =>
  new JSDOM(fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8'), { url: URL_ }).window.document;
const PANELS = [
  'Drivers are covered for damage to their own car',
  'Other road users, cyclists and pedestrians are covered',
  'Make sure everyone is safe, call the emergency services',
  'the line called insurance and safety on your receipt',
];

describe('folded panels', () => {
  it('are lost by vanilla Readability (hidden)', () => {
    const text = new Readability(load()).parse()?.textContent ?? '';
    expect(text).toContain('Passengers are covered for injuries');
    for (const p of PANELS) expect(text).not.toContain(p);
  });

  it('are kept by Offprint, without the hidden menu and the sign-up modal', () => {
    const doc = load();
    const { textContent } = articleText(extractArticle(doc, URL_)!.contentHtml, doc);
    for (const p of PANELS) expect(textContent).toContain(p);
    expect(textContent).toContain('Passengers are covered for injuries');
    expect(textContent.split('\n')).toContain('What do I do after an accident?');
    expect(textContent).not.toMatch(/Drive with us|Careers|ten euros off/);
  });

  it('leave out a decorative figure whose class happens to name an accordion (a drawn form, aria-hidden)', () => {
    const doc = load();
    const { textContent } = articleText(extractArticle(doc, URL_)!.contentHtml, doc);
    expect(textContent).toContain('Passengers are covered for injuries');
    expect(textContent).not.toMatch(/Policy number|What happened on your trip|Send my claim/);
  });

  it('are told from menus and modals by role and class words', () => {
    const el = (html: string) => new JSDOM(html).window.document.body.firstElementChild!;
    expect(isFoldedPanel(el('<div role="tabpanel" hidden>x</div>'))).toBe(true);
    expect(isFoldedPanel(el('<div class="accordion-body" aria-hidden="true">x</div>'))).toBe(true);
    expect(isFoldedPanel(el('<div class="faq-answer" hidden>x</div>'))).toBe(true);
    expect(isFoldedPanel(el('<div class="navbar-collapse collapse" aria-hidden="true">x</div>'))).toBe(false);
    expect(isFoldedPanel(el('<div class="modal" hidden>x</div>'))).toBe(false);
    expect(isFoldedPanel(el('<div class="offscreen-menu" aria-hidden="true">x</div>'))).toBe(false);
    expect(isFoldedPanel(el('<figure class="PaymentAccordionGraphic" aria-hidden="true">x</figure>'))).toBe(false);
  });
});

describe('disclosure panels (service-disclosure-panels)', () => {
  const ANSWERS = [
    'replace about four fifths of your working income',
    'money saved in your twenties has four decades to grow',
    'contribute enough to get all of it',
    'The planner runs a thousand market scenarios',
  ];

  it('are lost by vanilla Readability (aria-hidden, class words that name no fold)', () => {
    const text = new Readability(load('service-disclosure-panels')).parse()?.textContent ?? '';
    expect(text).toContain('How much should I save for retirement?');
    for (const a of ANSWERS) expect(text).not.toContain(a);
  });

  it('are opened when a toggle with aria-expanded names them, without the submenus and the modal', () => {
    const doc = load('service-disclosure-panels');
    const { textContent } = articleText(extractArticle(doc, URL_)!.contentHtml, doc);
    for (const a of ANSWERS) expect(textContent).toContain(a);
    expect(textContent.split('\n')).toContain('When should I start saving?');
    expect(textContent).not.toMatch(/Mutual funds|401\(k\) rollover|\$200 bonus/);
  });

  it('are told from menus by their words, their links and where they stand', () => {
    const doc = new JSDOM(
      '<body><button aria-controls="p1 p2" aria-expanded="false">More</button>' +
        '<div id="p1" aria-hidden="true">A fold of the page.</div>' +
        '<div id="p2" class="mobile-menu" aria-hidden="true">Menu words</div>' +
        '<div id="p3" aria-hidden="true">Not named by a toggle.</div>' +
        '<ul id="p4" aria-hidden="true"><li><a href="/a">Alpha</a></li><li><a href="/b">Beta</a></li></ul>' +
        '<nav><div id="p5" aria-hidden="true">In a nav.</div></nav></body>',
    ).window.document;
    measureText(doc.body);
    const ids = controlledIds([doc.querySelector('button')!]);
    const panel = (id: string) => isDisclosedPanel(doc.getElementById(id)!, new Set([...ids, 'p4', 'p5']));
    expect(panel('p1')).toBe(true);
    expect(panel('p2')).toBe(false);
    expect(panel('p3')).toBe(false);
    expect(panel('p4')).toBe(false);
    expect(panel('p5')).toBe(false);
  });

  it('stay folded when their longest line is on the page already (a "Read more" that repeats the excerpt)', () => {
    const doc = new JSDOM(
      '<body><p>Three layers of flowy linen with a zip at the side and a pocket.</p>' +
        '<button aria-controls="more" aria-expanded="false">Read more</button>' +
        '<div id="more" hidden><h4>Why we love it</h4>' +
        '<p>Three layers of flowy linen with a zip at the side and a pocket.</p></div>' +
        '<div id="fresh" hidden><p>Dry clean only, and keep it out of the sun when you store it.</p></div></body>',
    ).window.document;
    const page = () => doc.body.textContent ?? '';
    expect(repeatsPage(doc.getElementById('more')!, page)).toBe(true);
    expect(repeatsPage(doc.getElementById('fresh')!, page)).toBe(false);
  });
});

describe('tab sets known by their shape (docs-tab-sets)', () => {
  const hiddenOf = (doc: Document) => Array.from(doc.querySelectorAll('[hidden], [aria-hidden="true"]'));
  const steps = ['Install Homebrew first', 'On Debian and Ubuntu', 'Other distributions can install the tools'];

  it('are lost by vanilla Readability (hidden, no role, class words that name no panel)', () => {
    const text = new Readability(load('docs-tab-sets')).parse()?.textContent ?? '';
    expect(text).toContain('Open PowerShell as your own user');
    for (const s of steps) expect(text).not.toContain(s);
  });

  it("are opened: the hidden panels beside the shown one, named by the page's links, and not the dialogs", () => {
    const doc = load('docs-tab-sets');
    const { textContent } = articleText(extractArticle(doc, URL_)!.contentHtml, doc);
    for (const s of ['Open PowerShell as your own user', ...steps]) expect(textContent).toContain(s);
    expect(textContent).not.toContain('Share this page');
    expect(textContent).not.toContain('Tell us what was missing');
    const panels = tabSetPanels(load('docs-tab-sets'), hiddenOf(load('docs-tab-sets')));
    expect([...panels].map((p) => p.id)).toEqual(['install-macos', 'install-linux']);
  });

  it('need two named siblings of one tag, one of them shown', () => {
    const panels = (body: string) => {
      const doc = new JSDOM(`<body>${body}</body>`).window.document;
      return [...tabSetPanels(doc, hiddenOf(doc))].map((p) => p.id);
    };
    const buttons = '<button aria-controls="a">A</button><button data-bs-target="#b">B</button>';
    expect(panels(`${buttons}<div><div id="a">One</div><div id="b" hidden>Two</div></div>`)).toEqual(['b']);
    // All hidden: dialogs a link opens, not a tab set.
    expect(panels(`${buttons}<div><div id="a" hidden>One</div><div id="b" hidden>Two</div></div>`)).toEqual([]);
    // Not side by side: a menu's hidden lists in their items.
    expect(panels(`${buttons}<ul><li><div id="a">One</div></li><li><div id="b" hidden>Two</div></li></ul>`)).toEqual(
      [],
    );
    // Not alike, or not named.
    expect(panels(`${buttons}<div><p id="a">One</p><div id="b" hidden>Two</div></div>`)).toEqual([]);
    expect(panels('<div><div id="a">One</div><div id="b" hidden>Two</div></div>')).toEqual([]);
  });
});
