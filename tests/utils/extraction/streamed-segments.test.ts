// @vitest-environment jsdom
// React's streamed parts (`<div hidden id="S:n">` at the end of the body) are put in their place
// (`<template id="B:n">` boundaries, `<template id="P:n">` placeholders) before extraction: a stored page
// never ran the script that moves them. Fixture page: tests/fixtures/pages/streamed-segments.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { placeStreamedSegments } from '@/utils/extraction/place-streamed-segments';

const URL_ = 'http://fakehost/test/page.html';
const load = (html: string) => new JSDOM(html, { url: URL_ }).window.document;
const SOURCE = fs.readFileSync('tests/fixtures/pages/streamed-segments/source.html', 'utf8');
const SECTIONS = ['What is an index fund?', 'What it costs', 'How to start', 'When to sell'];

describe('an article streamed in small parts', () => {
  it('is its first paragraph and "Loading" lines for vanilla Readability', () => {
    const text = new Readability(load(SOURCE)).parse()?.textContent ?? '';
    expect(text).toContain('Loading paragraph...');
    for (const s of SECTIONS) expect(text).not.toContain(s);
  });
  it('is the whole article, in order, for Offprint; a part without a place stays out', () => {
    const doc = load(SOURCE);
    const core = extractArticle(doc, URL_);
    const text = core ? articleText(core.contentHtml, doc).textContent : '';
    const at = SECTIONS.map((s) => text.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('not advice about your own money');
    expect(text).not.toMatch(/Loading|weekly money notes/);
    expect(core?.contentHtml).toContain('index-chart.png');
  });
});

describe('placeStreamedSegments', () => {
  it('replaces a boundary’s fallback up to its closing comment, nested boundaries included', () => {
    const doc = load(
      '<body><main><!--$?--><template id="B:0"></template><p>Wait</p><!--$--><p>inner</p><!--/$--><p>…</p>' +
        '<!--/$--><p>after</p></main><div hidden id="S:0"><p>one</p><template id="P:1"></template></div>' +
        '<div hidden id="S:1"><p>two</p></div></body>',
    );
    placeStreamedSegments(doc);
    expect(doc.querySelector('main')?.textContent).toBe('onetwoafter');
    expect(doc.querySelectorAll('[hidden], template')).toHaveLength(0);
  });
  it('keeps what follows a boundary without comments unless it is a loading line', () => {
    const doc = load(
      '<body><main><template id="B:0"></template><h2>Next section</h2><template id="B:1"></template>' +
        '<div>Wird geladen …</div></main><div hidden id="S:0"><p>one</p></div><div hidden id="S:1"><p>two</p></div>' +
        '<div hidden id="S:9"><p>no place</p></div></body>',
    );
    placeStreamedSegments(doc);
    expect(doc.querySelector('main')?.textContent).toBe('oneNext sectiontwo');
    expect(doc.getElementById('S:9')).not.toBeNull();
  });
});
