// @vitest-environment jsdom
// TypeDoc 0.26+ prints each doc comment as `div.tsd-comment.tsd-typography` (a class's description inside a
// `section.tsd-panel.tsd-comment`) and a `@remarks` block as `div.tsd-tag-remarks`; "comment" and "remark" are
// Readability's unlikely words, so Readability removed every short member comment and every remarks block before
// scoring. Fixture page: tests/fixtures/pages/docs-typedoc-short-comments (a class "Glaze", TypeDoc 0.27's shape).
import { describe, expect, it } from 'vitest';
import { loadPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { keepDocComments } from '@/utils/extraction/doc-comments';

const SHORT = ['Reads a recipe.', 'Firing cone, 04 to 10.', 'Passed a leach test.', 'Weighs out one batch.'];
const REMARK = 'Weights are rounded to a tenth of a gram';

/** Readability's text of a page after the clutter pass and the doc comment rule. */
function afterRule(doc: Document): string {
  keepDocComments(removeClutter(doc)!);
  return readabilityText(doc);
}

describe("TypeDoc's doc comments and remarks (docs-typedoc-short-comments)", () => {
  it('are lost to Readability, short comments and remarks alike', () => {
    const text = readabilityText(loadPage('docs-typedoc-short-comments'));
    for (const line of SHORT) expect(text).not.toContain(line);
    expect(text).not.toContain(REMARK);
  });

  it('are kept by Readability after the rule: every short comment, both remarks', () => {
    const text = afterRule(loadPage('docs-typedoc-short-comments'));
    for (const line of SHORT) expect(text).toContain(line);
    expect(text).toContain(REMARK);
    expect(text).toContain('runs the glaze off vertical tiles');
  });

  it('takes the words off a doc comment and the parts in it, not off a comment elsewhere', () => {
    const doc = parsePage(
      '<body><section data-t="s" class="tsd-panel tsd-comment">' +
        '<div data-t="a" class="tsd-comment tsd-typography"><p>Reads a recipe.</p>' +
        '<div data-t="r" class="tsd-tag-remarks"><p>Rounded to a tenth.</p></div></div></section>' +
        '<div data-t="b" class="tsd-comment tsd-typography">' +
        '<p>The weight of one batch in grams, rounded to a tenth.</p></div>' +
        '<div data-t="c" class="comment"><p>Great recipe, thanks for sharing it with us all!</p></div></body>',
    );
    keepDocComments(removeClutter(doc)!);
    const cls = (t: string) => doc.querySelector(`[data-t=${t}]`)?.getAttribute('class') ?? null;
    expect(cls('s')).toBeNull();
    expect(cls('a')).toBeNull();
    expect(cls('r')).toBeNull();
    expect(cls('b')).toBe('text');
    expect(cls('c')).toBe('comment');
  });
});
