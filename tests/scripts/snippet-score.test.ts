// @vitest-environment node
// Snippet scoring as trafilatura's evaluation does it (scripts/lib/snippet-score.ts).
import { describe, expect, it } from 'vitest';
import { addCounts, countPage, readSnippetCorpus, snippetScores } from '../../scripts/lib/snippet-score';

const page = { file: 'a.html', with: ['main  text here', 'second part'], without: ['Impressum', 'Share this'] };

describe('countPage', () => {
  it('counts snippets found and left out, white space collapsed', () => {
    expect(countPage(page, 'The main text\n here and a second part. Impressum')).toEqual({
      tp: 2,
      fp: 1,
      fn: 0,
      tn: 1,
    });
    expect(countPage(page, 'nothing of it')).toEqual({ tp: 0, fp: 0, fn: 2, tn: 2 });
  });

  it('counts a page that threw as every snippet missed and every boilerplate snippet left out', () => {
    expect(countPage(page, null)).toEqual({ tp: 0, fp: 0, fn: 2, tn: 2 });
  });
});

describe('snippetScores', () => {
  it('sums counts over pages before taking the scores', () => {
    const sum = addCounts([
      { tp: 2, fp: 1, fn: 0, tn: 1 },
      { tp: 1, fp: 0, fn: 1, tn: 2 },
    ]);
    expect(sum).toEqual({ tp: 3, fp: 1, fn: 1, tn: 3 });
    const s = snippetScores(sum);
    expect(s.precision).toBeCloseTo(0.75, 12);
    expect(s.recall).toBeCloseTo(0.75, 12);
    expect(s.accuracy).toBeCloseTo(0.75, 12);
    expect(s.f1).toBeCloseTo(0.75, 12);
  });

  it('gives zeros, not NaN, when nothing was counted', () => {
    expect(snippetScores({ tp: 0, fp: 0, fn: 0, tn: 0 })).toEqual({ precision: 0, recall: 0, accuracy: 0, f1: 0 });
  });
});

describe('readSnippetCorpus', () => {
  it('reads entries and refuses a malformed one by its address', () => {
    expect(readSnippetCorpus({ 'https://x.org/': page }).get('https://x.org/')).toEqual(page);
    expect(() => readSnippetCorpus({ 'https://x.org/': { ...page, with: [] } })).toThrow(/x\.org.*"with"/);
    expect(() => readSnippetCorpus({ 'https://y.org/': { with: ['a'], without: ['b'] } })).toThrow(/y\.org.*file/);
    expect(() => readSnippetCorpus([])).toThrow(/not an object/);
    expect(() => readSnippetCorpus({})).toThrow(/no pages/);
  });
});
