// Session 67 (s67-service32): page builders print each section heading in a widget of its own, apart from the text
// widget under it (Elementor's `elementor-widget-heading`, Divi's `et_pb_text`, two boxes deep); Readability's
// conditional cleaning dropped each widget whose heading is a link (a team's names linked to their profiles), so the
// bios stayed under none of their names (unwrapHeadingWidgets). Fixture
// tests/fixtures/pages/service-elementor-linked-heading-widgets.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { unwrapHeadingWidgets } from '@/utils/extraction/heading-widgets';
import { headsSectionSeries } from '@/utils/extraction/linked-headings';

const bio = (n: number, end = '.') =>
  `Member ${n} has looked after the clients of the practice for many years and answers their questions in plain ` +
  `words, by phone or at the office${end}`;

/**
 * A page of `n` sections, each a heading widget (linked) over a text widget, each widget two boxes deep (a box with
 * one box in it is Readability's paragraph, which its conditional cleaning never reads): in Divi's shape or with no
 * classes.
 */
const page = (n: number, cls: (kind: string) => string, end = '.') => {
  let body = '<div id="team">';
  for (let i = 1; i <= n; i++)
    body +=
      `<div${cls('heading')}><div${cls('inner')}><h3><a href="/team/member-${i}">Name ${i}</a></h3></div></div>` +
      `<div${cls('text')}><div${cls('inner')}><p>${bio(i, end)}</p></div></div>`;
  return (
    `<html><head><title>Team</title></head><body><header><nav><a href="/">Home</a> <a href="/team">Team</a>` +
    `</nav></header><main><h1>Our team</h1><p>The people of the practice, each with a line on what they do for ` +
    `the clients who come to us.</p>${body}</div></main><footer><p>© 2026 The Practice</p></footer></body></html>`
  );
};
const divi = (kind: string) => (kind === 'inner' ? ' class="et_pb_text_inner"' : ' class="et_pb_module et_pb_text"');
const bare = () => '';

describe("a builder's heading widgets over their text widgets (unwrapHeadingWidgets)", () => {
  it("keeps a team page's names linked to their profiles, each in an Elementor heading widget", () => {
    const text = offprintPage(loadPage('service-elementor-linked-heading-widgets'))!.text;
    for (const name of ['Maria Lind', 'Tom Berg', 'Ana Ruiz', 'Paul Novak']) expect(text).toContain(`${name}\n`);
    expect(text).toContain('Maria leads the firm');
    expect(text).not.toMatch(/Full profile|Practice areas|Privacy policy|Prior results/);
  });

  it("keeps them in Divi's text modules and in boxes with no class at all", () => {
    for (const cls of [divi, bare]) {
      const text = offprintPage(parsePage(page(4, cls)))!.text;
      for (let i = 1; i <= 4; i++) expect(text).toContain(`Name ${i}\nMember ${i} has looked after`);
    }
  });

  const unwrapped = (html: string) => {
    const doc = parsePage(html);
    removeClutter(doc, { unwrapHeadingWidgets });
    return [...doc.querySelectorAll('#team > h3')].length;
  };

  it('unwraps a series of three widgets or more, not two, and not cards whose excerpt is cut', () => {
    expect(unwrapped(page(3, bare))).toBe(3);
    expect(unwrapped(page(2, bare))).toBe(0);
    expect(unwrapped(page(4, bare, '…'))).toBe(0);
    expect(unwrapped(page(4, bare, ' [...]'))).toBe(0);
  });

  it("reads a series whose headings stand over their text widget's box, as the tidy pass sees them", () => {
    let html = '';
    for (let i = 1; i <= 3; i++)
      html += `<h3><a href="/team/member-${i}">Name ${i}</a></h3><div class="text"><div><p>${bio(i)}</p></div></div>`;
    const root = parsePage(`<div id="root">${html}</div>`).getElementById('root')!;
    expect(headsSectionSeries(root.querySelector('h3')!, root)).toBe(true);
  });
});
