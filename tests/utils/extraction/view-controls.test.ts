// @vitest-environment jsdom
// Furo prints two controls above a manual's article: a "Back to top" link (`a.back-to-top`, href "#", shown once the
// reader scrolls up) and the table of contents' toggle, a `<label for="__toc">` of a hidden checkbox whose only text
// is a `visually-hidden` box beside the icon. On a short page Readability's block is the article's container with
// both in it: a real home page's text opened with "Back to top Toggle table of contents sidebar". Fixture page:
// tests/fixtures/pages/docs-furo-view-controls (a manual's home page, Furo 2024.08's shape).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';

describe("a theme's view controls (docs-furo-view-controls)", () => {
  it("are not the text: it opens with the manual's first sentence", () => {
    const got = offprintPage(loadPage('docs-furo-view-controls'))!;
    expect(got.text).not.toContain('Back to top');
    expect(got.text).not.toContain('Toggle table of contents sidebar');
    expect(got.text).toMatch(/^Quillmark places proofreading marks on scanned manuscript pages/);
    expect(got.text).toContain('Ada Fenwick (Leeds Press Workshop)');
  });

  it('go in the clutter pass; a sort tab named "Top", a page link and a label with visible text stay', () => {
    const doc = parsePage(
      '<body><input type="checkbox" id="__toc"><input type="checkbox" id="remember">' +
        '<main><a href="#" data-t="top"><svg></svg><span>Back to top</span></a>' +
        '<a href="#top" data-t="de">Nach oben ↑</a>' +
        '<label for="__toc" data-t="toc"><div class="visually-hidden">Toggle table of contents sidebar</div>' +
        '<i class="icon"><svg></svg></i></label>' +
        '<h1>Quillmark</h1><p>Quillmark places proofreading marks on scanned manuscript pages.</p>' +
        '<p><a href="#" data-t="tab">Top</a> <a href="#top-marks" data-t="link">Back to top marks</a></p>' +
        '<form><input type="checkbox" id="remember2"><label for="remember" data-t="form">Remember me</label>' +
        '<label for="remember2" data-t="mixed"><span class="sr-only">Keep</span> signed in</label></form>' +
        '</main></body>',
    );
    removeClutter(doc);
    for (const t of ['top', 'de', 'toc']) expect(doc.querySelector(`[data-t=${t}]`)).toBeNull();
    for (const t of ['tab', 'link', 'form', 'mixed']) expect(doc.querySelector(`[data-t=${t}]`)).not.toBeNull();
  });

  it("a shop card's swatches stay: each label holds its radio, or stands in the card's fieldset", () => {
    const doc = parsePage(
      '<body><input type="radio" name="v" id="loose">' +
        "<main><h1>Desks</h1><p>Desks for a home office, a studio or a child's room, in oak and in white.</p>" +
        '<fieldset><legend>More options<span class="sr-only">MICKE</span></legend>' +
        '<label for="oak" data-t="holds"><input type="radio" name="v" id="oak"><img alt="" src="oak.png">' +
        '<span class="sr-only">Option: MICKE, Desk, oak effect</span></label>' +
        '<label for="loose" data-t="fieldset"><span class="sr-only">Option: MICKE, Desk, white</span></label>' +
        '</fieldset></main></body>',
    );
    removeClutter(doc);
    for (const t of ['holds', 'fieldset']) expect(doc.querySelector(`[data-t=${t}]`)).not.toBeNull();
  });
});
