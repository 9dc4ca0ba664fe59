// @vitest-environment jsdom
// Session 43: documentation generators left, written in the shape of their templates. Slate's notes written as bare
// <aside>s (docs-slate) went, as in vanilla Readability; the PHP manual's "User Contributed Notes" (docs-php-manual)
// stayed with their vote links, as readers' comments.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { takeCensus } from '@/utils/extraction/page-census';
import { removeReaderNotes } from '@/utils/extraction/reader-notes';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

const PARA =
  '<p>A lighthouse keeps its character for decades, so the register stores it once and every answer about the ' +
  'light repeats it, with the date of its last inspection and the name of the keeper who signed it.</p>';

describe("notes written as <aside>s in a manual's flow (docs-slate, Slate's notice, warning and success)", () => {
  it('are the manual’s text: Readability removes every aside', () => {
    const doc = loadPage('docs-slate');
    const rd = readabilityText(doc);
    expect(rd).not.toContain('an inspected light is a trusted light');
    const text = offprint(doc);
    expect(text).toMatch(/^Your own key goes where the examples show tidewater42\.\nLighthouses$/m);
    expect(text).toMatch(/^Remember: an inspected light is a trusted light\.\nRetrieve a lighthouse$/m);
    expect(text).toContain('Inside an HTML block like this one Markdown is not read');
    expect(text).not.toMatch(/^(NAV|shell|ruby|python|Request a developer key|Documentation Powered by Slate)$/m);
  });

  it('are read by their place, not their class words', () => {
    const doc = parsePage(
      `<body><main><h1>Lights</h1>${PARA}<aside>Each answer carries the light's character as printed on ` +
        `the chart.</aside><h2>Keepers</h2>${PARA}${PARA}</main></body>`,
    );
    expect(offprint(doc)).toMatch(/^Each answer carries the light's character as printed on the chart\.$/m);
  });

  it('leave a side column, a box with its own heading and a story’s asides out', () => {
    const side =
      `<body><main><h1>Lights</h1>${PARA}<aside><h3>On this page</h3><p>Every light of the coast, with ` +
      `its character and keeper.</p></aside>${PARA}${PARA}</main><aside>Newsletter: the week's lights, every ` +
      'Friday in your inbox.</aside></body>';
    const text = offprint(parsePage(side));
    expect(text).not.toMatch(/On this page|Newsletter/);
    const story = parsePage(
      '<html><head><meta property="og:type" content="article"></head><body><article><h1>A light goes dark</h1>' +
        `${PARA}<aside>“We kept it burning for ninety years,” the last keeper said.</aside>${PARA}${PARA}` +
        '</article></body></html>',
    );
    expect(offprint(story)).not.toContain('We kept it burning');
  });
});

describe("readers' notes under a manual's page (docs-php-manual, the PHP manual's User Contributed Notes)", () => {
  it('go: they are readers’ comments, which vanilla Readability keeps', () => {
    const doc = loadPage('docs-php-manual');
    expect(readabilityText(doc)).toContain('slower than a plain foreach loop');
    const text = offprint(doc);
    expect(text).not.toMatch(/User Contributed Notes|add a note|foreach loop|marta dot ivens|^up$|^down$/m);
    expect(text).toMatch(/^The above example will output:\n2\nSee Also$/m);
    expect(text).toMatch(/tally_split\(\) - Splits an array by what a callback answers$/);
  });

  const entry = (n: number, body: string) =>
    `<div class="entry"><a href="/vote?id=${n}&vote=up" aria-label="Vote up">▲</a>` +
    `<a href="/vote?id=${n}&vote=down" aria-label="Vote down">▼</a><span>${n}</span><p>${body}</p></div>`;
  const page = (label: string) =>
    parsePage(
      `<body><h1>Pairs of arrays</h1>${PARA}${PARA}<section><h2>${label}</h2>` +
        `${entry(1, 'Use array_keys to pass the keys along.')}${entry(2, 'It is slower than a loop.')}` +
        '</section></body>',
    );

  it('goes under a label of comments or notes, in several languages', () => {
    for (const label of ['User Contributed Notes 2 notes', '12 Comments', 'Kommentare', 'Commentaires']) {
      const doc = page(label);
      removeReaderNotes(takeCensus(doc.body), doc.body);
      expect(doc.body.textContent).not.toContain('slower than a loop');
      expect(doc.body.textContent).toContain('Pairs of arrays');
    }
  });

  it('stays under any other label: a question’s answers are the thread', () => {
    const doc = page('2 Answers');
    removeReaderNotes(takeCensus(doc.body), doc.body);
    expect(doc.body.textContent).toContain('slower than a loop');
  });
});
