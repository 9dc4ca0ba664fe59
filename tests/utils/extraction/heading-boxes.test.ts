// @vitest-environment jsdom
// A heading that prints its permalink and its title in <div>s (GitBook's shape) keeps its title: Readability read
// each <div> as a paragraph and cleaned the short ones away (fixture docs-boxed-headings).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { takeCensus } from '@/utils/extraction/page-census';
import { unwrapHeadingBoxes } from '@/utils/extraction/heading-boxes';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

describe('headings whose parts are boxes (docs-boxed-headings)', () => {
  it('lose their short titles to Readability; Offprint keeps every one above its section', () => {
    const vanilla = readabilityText(loadPage('docs-boxed-headings'));
    expect(vanilla).toContain('Quillmark runs on any machine');
    expect(vanilla).not.toMatch(/^(Install|Sync|Your first note)$/m);
    const text = offprint(loadPage('docs-boxed-headings'));
    for (const title of ['Install', 'Check the install', 'Your first note', 'Sync'])
      expect(text).toMatch(new RegExp(`^${title}$`, 'm'));
    expect(text.indexOf('Your first note')).toBeLessThan(text.indexOf('Press the plus sign'));
    expect(text.indexOf('Press the plus sign')).toBeLessThan(text.indexOf('\nSync\n'));
  });

  it('become spans, two boxes of text stay two words; a box without a word and boxes outside headings stay', () => {
    const doc = parsePage(
      '<body><h2 id="a"><div><a href="#a">#</a></div><div>Title<div>inner</div></div><div>Subtitle</div></h2>' +
        '<div id="b"><div>Not a heading</div></div></body>',
    );
    unwrapHeadingBoxes(takeCensus(doc.body));
    const h = doc.getElementById('a')!;
    expect([...h.getElementsByTagName('div')].map((d) => d.textContent)).toEqual(['#']);
    expect(h.textContent!.replace(/\s+/g, ' ').trim()).toBe('# Title inner Subtitle');
    expect(doc.getElementById('b')!.getElementsByTagName('div').length).toBe(1);
  });
});
