// @vitest-environment jsdom
// Sphinx (docutils) and MyST print a field's value and a loose list's item as a paragraph in its `<dd>` or `<li>`. On
// real API pages of Furo and the book theme the edge trimming cut the last method's "Return type:" value (`<dd><p><em>
// Tensor</em></p></dd>`, "pandas.DataFrame") as a label after the prose, and a how-to page's closing "Required
// dependencies" list of `<li><p>numpy</p></li>` with its heading (fixture docs-furo-field-values).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { trimEdges } from '@/utils/extraction/trim-edges';

const PROSE =
  '<p>A paragraph of prose long enough to be the last line of the text, as a sentence of an article is written.</p>';

describe("an item's paragraph at the text's end (docs-furo-field-values)", () => {
  it("keeps an API page's last return type, without the theme's chrome", () => {
    const text = offprintPage(loadPage('docs-furo-field-values'))?.text ?? '';
    expect(text.trim().split('\n').slice(-2)).toEqual(['Return type:', 'tuple[int, float] | None']);
    expect(text).toContain('Return type:\nfloat');
    expect(text).toContain('numpy\npyserial\ntzdata');
    for (const chrome of ['Back to top', 'On this page', 'Made with', 'Previous', 'Toggle Light'])
      expect(text).not.toContain(chrome);
  });

  it("keeps a closing list whose items are paragraphs, and a field's value", () => {
    const list = parsePage(
      `<body><main>${PROSE}<section><h2>Required dependencies</h2><ul><li><p>python</p></li>` +
        '<li><p>numpy</p></li><li><p>dask</p></li></ul></section></main></body>',
    );
    trimEdges(list.querySelector('main')!);
    expect(list.querySelector('main')!.textContent).toContain('Required dependencies');
    expect(list.querySelector('main')!.textContent).toContain('dask');
    const field = parsePage(
      `<body><main><dl><dt>show()</dt><dd>${PROSE}<dl class="field-list"><dt>Return type:</dt>` +
        '<dd><p><em>pandas.DataFrame</em></p></dd></dl></dd></dl></main></body>',
    );
    trimEdges(field.querySelector('main')!);
    expect(field.querySelector('main')!.textContent).toContain('pandas.DataFrame');
  });

  it('still drops a label scrap or a link line after the prose', () => {
    const doc = parsePage(
      `<body><main>${PROSE}${PROSE}<div><p>Filed under</p></div>` +
        '<ul><li><p><a href="/share">Share on Mastodon</a></p></li></ul></main></body>',
    );
    trimEdges(doc.querySelector('main')!);
    expect(doc.querySelector('main')!.textContent).not.toContain('Filed under');
    expect(doc.querySelector('main')!.textContent).not.toContain('Share on Mastodon');
  });
});
