// @vitest-environment jsdom
// Session 43: documentation generators left, written in the shape of their templates. The PHP manual's "User
// Contributed Notes" (docs-php-manual) stayed with their vote links, as readers' comments. (Slate's notes as bare
// <aside>s: a rule was written and left out at the merge, see docs/extraction.md.)
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { takeCensus } from '@/utils/extraction/page-census';
import { removeReaderNotes } from '@/utils/extraction/reader-notes';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

const PARA =
  '<p>A lighthouse keeps its character for decades, so the register stores it once and every answer about the ' +
  'light repeats it, with the date of its last inspection and the name of the keeper who signed it.</p>';

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
