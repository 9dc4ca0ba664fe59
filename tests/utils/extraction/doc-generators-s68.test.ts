// @vitest-environment jsdom
// Session 68: documentation generators nobody had triaged, written in the shape of their templates (invented text).
// odoc (OCaml) prints a module's title and summary in a <header> of their own before the entries' box, on a page
// with no <main> (docs-odoc-preamble): Readability took the entries and the summary was lost. pdoc prints each
// entry's declaration as text and documents an enum's members in one line each; a short module's first prose line
// comes late and the edge trim took the entries before it for kickers (docs-pdoc-entry-lines).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { takeCensus } from '@/utils/extraction/page-census';
import { joinHeaderBeforeText } from '@/utils/extraction/header-before-text';
import { trimEdges } from '@/utils/extraction/trim-edges';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

const PARA =
  '<p>A lighthouse keeps its character for decades, so the register stores it once and every answer about the ' +
  'light repeats it, with the date of its last inspection and the name of the keeper who signed it.</p>';
const SUMMARY = '<p>This module reads the register of the lights of a coast and answers who keeps each one.</p>';
const ENTRIES = `<div class="entries"><code>val keeper : light -&gt; string</code>${PARA}${PARA}</div>`;

describe("a manual's summary in the title's <header> (docs-odoc-preamble, odoc's odoc-preamble)", () => {
  it('joins the entries: the summary opens the text, the contents list stays out', () => {
    const doc = loadPage('docs-odoc-preamble');
    expect(readabilityText(doc)).not.toContain('This module reads the tide tables');
    const text = offprint(doc);
    expect(text).toMatch(
      /^This module reads the tide tables of a harbour and answers when the next high water comes\.\ntype t$/m,
    );
    expect(text).not.toMatch(/^Module Tideline\.Tides$|^Up$|^next_high$/m);
  });

  const run = (html: string) => {
    const doc = parsePage(`<body>${html}</body>`);
    joinHeaderBeforeText(takeCensus(doc.body));
    return doc.querySelector('.entries')?.textContent ?? '';
  };

  it('moves the lines after the title, past a contents list of links, not the title', () => {
    const got = run(
      `<header class="preamble"><h1>Module <code>Lights</code></h1>${SUMMARY}</header>` +
        `<div><nav><a href="#a">keeper</a> <a href="#b">light</a></nav></div>${ENTRIES}`,
    );
    expect(got).toMatch(/^This module reads the register/);
    expect(got).not.toContain('Module');
  });

  it("moves nothing from a site's name, with a <main>, without code, or to a box with its own <h1>", () => {
    for (const html of [
      `<header><h1><a href="/">Lights</a></h1>${SUMMARY}</header>${ENTRIES}`,
      `<header><h1>Lights</h1>${SUMMARY}</header><main>${ENTRIES}</main>`,
      `<header><h1>Lights</h1>${SUMMARY}</header><div class="entries">${PARA}${PARA}</div>`,
      `<header><h1>Lights</h1>${SUMMARY}</header>` +
        `<div class="entries"><h1>Keepers</h1><code>x</code>${PARA}${PARA}</div>`,
      `<div><h1>Lights</h1>${SUMMARY}</div>${ENTRIES}`,
    ])
      expect(run(html)).not.toContain('This module reads');
  });
});

describe("a reference's entries printed as text before its first prose (docs-pdoc-entry-lines, pdoc)", () => {
  it('keeps the declarations and their one-line descriptions at the top', () => {
    const text = offprint(loadPage('docs-pdoc-entry-lines'));
    expect(text).toMatch(
      new RegExp(
        '^class LightColour\\(enum\\.Enum\\):\\nThe colours a harbour light shows at night\\.\\n' +
          'Each member names the sector it lights\\.\\nRED = <LightColour\\.RED: 1>\\nThe port side of the fairway\\.$',
        'm',
      ),
    );
    expect(text).toMatch(
      /^OCCULTING = <Rhythm\.OCCULTING: 3>\nLit longer than dark\.\ndef describe\(colour: LightColour\) -> str:$/m,
    );
    expect(text).not.toMatch(/View Source|API Documentation|built with/);
  });

  const trim = (html: string) => {
    const doc = parsePage(`<body><div id="root">${html}</div></body>`);
    const root = doc.getElementById('root')!;
    trimEdges(root);
    return root.textContent ?? '';
  };
  const PROSE =
    '<p>A lighthouse keeps its character for decades, so the register stores it once and every answer about the ' +
    'light repeats it, with the date of its last inspection and the name of the keeper who signed it.</p>';

  it("keeps a lead of declarations, and still trims a news page's kicker and dateline", () => {
    const kept = trim(
      '<p>class Light(Base):</p><p>The port side.</p><p>def keeper(self) -&gt; str:</p><p>Names the keeper.</p>' +
        PROSE,
    );
    expect(kept).toContain('class Light(Base):');
    expect(kept).toContain('The port side.');
    expect(kept).toContain('Names the keeper.');
    const news = trim('<p>Coast news</p><p>Updated 7 December 2026.</p><p>Read more on our site.</p>' + PROSE);
    expect(news).not.toContain('Coast news');
    const one = trim('<p>def keeper(self) -&gt; str:</p><p>Coast news</p>' + PROSE);
    expect(one).not.toContain('Coast news');
  });
});
