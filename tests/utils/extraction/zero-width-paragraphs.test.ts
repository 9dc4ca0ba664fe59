// Session 69 (s69-service34): Wix's rich text writes each blank line an author leaves between paragraphs as a
// paragraph holding a zero-width space (`<p class="font_8"><span>&#8203;</span></p>`); Readability keeps it (a
// zero-width space survives `trim`), and the reader showed a line of nothing for each (188 on a salon's price list).
// removeZeroWidthParagraphs (clutter pass) removes such a paragraph, for Readability's block and the region alike.
// Fixture tests/fixtures/pages/service-wix-bookings-list.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { removeZeroWidthParagraphs } from '@/utils/extraction/zero-width-paragraphs';

/** The paragraphs left in a box of `html` after the rule. */
const left = (html: string) => {
  const doc = parsePage(`<html><body><div id="root">${html}</div></body></html>`);
  removeClutter(doc, { removeZeroWidthParagraphs });
  return doc.querySelectorAll('#root p').length;
};

describe('paragraphs holding only a zero-width character (removeZeroWidthParagraphs)', () => {
  it("leaves no blank line between a Wix page's paragraphs", () => {
    const text = offprintPage(loadPage('service-wix-bookings-list'))!.text;
    expect(text).toContain('lamination that sets for six weeks.\nEvery treatment starts');
    expect(text).not.toMatch(/^[\s\u200b]*$/mu);
  });

  it('removes a paragraph of zero-width spaces, joiners or byte-order marks, bare or in a span', () => {
    expect(left('<p>One.</p><p>&#8203;</p><p>Two.</p>')).toBe(2);
    expect(left('<p>One.</p><p class="font_8"><span style="x">&#8203;</span></p>')).toBe(1);
    expect(left('<p>One.</p><p> &#8205; <br></p><p>&#xFEFF;</p><p>&#8288;</p>')).toBe(1);
  });

  it('keeps a paragraph with a word beside the character, a picture, or no zero-width character', () => {
    expect(left('<p>&#8205;Behandlungsdauer ca. 50 min</p>')).toBe(1);
    expect(left('<p>&#8203;<img src="/a.jpg" alt=""></p>')).toBe(1);
    expect(left('<p>&#8203;</p><p> </p><p><br></p>')).toBe(2);
  });
});
