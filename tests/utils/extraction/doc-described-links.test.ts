// @vitest-environment jsdom
// Session 40: Sphinx's "See also" box by its shape (docs-seealso-described, class-free markup). removeHeadedLists
// spared it only by its `admonition seealso` class words; hashed, or on a theme whose words say nothing, it went as a
// related-links box, and Readability's conditional cleaning removes a box of no class weight a fifth links.
import { describe, expect, it } from 'vitest';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';

describe('a "See also" box whose links are the terms of a list, each described (docs-seealso-described)', () => {
  it('stays in the manual, where vanilla Readability drops it', () => {
    const doc = loadPage('docs-seealso-described');
    expect(readabilityText(doc)).not.toContain('Settings reference');
    const text = offprintPage(doc)?.text ?? '';
    expect(text).toMatch(/^See also\nSettings reference\nEvery setting a worker reads/m);
    expect(text).toMatch(/^Deploying workers\nRun the check as a step before new workers start\nDry runs$/m);
    expect(text).not.toMatch(/Previous|Copyright|Search docs/);
  });

  const page = (list: string) =>
    parsePage(
      '<body><article><h1>Council votes on the bridge</h1>' +
        '<p>The council voted on Tuesday to repair the old bridge rather than build a new one.</p>' +
        `<div><h3>See also</h3>${list}</div><p>The repairs start in the spring and last a year.</p></article></body>`,
    );

  it('leaves a news page’s related box to the rule: headlines, alone or with a teaser, are no described terms', () => {
    const headlines = page(
      '<ul><li><a href="/a">Bridge closed for a month after inspection</a></li>' +
        '<li><a href="/b">Mayor defends the repair budget</a></li><li><a href="/c">Letters: the bridge</a></li></ul>',
    );
    removeClutter(headlines);
    expect(headlines.body.textContent).not.toContain('Mayor defends');
    const teasers = page(
      '<ul><li><a href="/a">Bridge closed for a month</a><p>After an inspection found cracks</p></li>' +
        '<li><a href="/b">Mayor defends the budget</a><p>She says repairs cost less</p></li></ul>',
    );
    removeClutter(teasers);
    expect(teasers.body.textContent).not.toContain('Mayor defends');
    const described = page(
      '<dl><dt><a href="/a">Bridge closed for a month</a></dt><dd>After an inspection found cracks</dd>' +
        '<dt><a href="/b">Mayor defends the budget</a></dt><dd>She says repairs cost less</dd></dl>',
    );
    removeClutter(described);
    expect(described.body.textContent).toContain('Mayor defends');
  });
});
