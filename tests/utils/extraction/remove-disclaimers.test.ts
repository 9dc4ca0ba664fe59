// @vitest-environment jsdom
// Fine print that a page marks as such (class words `disclaimer`): "* Image simulated.", "** Charger sold
// separately.", "Color and model availability may vary…". WCXB's truths leave it out; Readability keeps it.
// Fixture page: tests/fixtures/pages/product-fine-print.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { takeCensus } from '@/utils/extraction/page-census';
import { removeDisclaimers } from '@/utils/extraction/remove-disclaimers';

const URL_ = 'http://fakehost/test/page.html';
const parse = (html: string) => new JSDOM(html, { url: URL_ }).window.document;
const load = () => parse(fs.readFileSync('tests/fixtures/pages/product-fine-print/source.html', 'utf8'));
const PROSE = '<p>' + 'A sentence of the page’s own text about what it offers and why. '.repeat(4) + '</p>';

describe('fine print marked as a disclaimer (product-fine-print)', () => {
  it('is in Readability’s article; Offprint keeps the product without it', () => {
    expect(new Readability(load()).parse()?.textContent).toContain('Image simulated');
    const text = articleText(extractArticle(load(), URL_)!.contentHtml, load()).textContent;
    expect(text).toContain('A full charge carries the tablet');
    expect(text).toContain('The pen ships in the box');
    expect(text).not.toMatch(/Image simulated|Typical value tested|sold separately|availability may vary/);
  });

  it('goes by its class words, not its text; never prose, a page about disclaimers or a block holding one', () => {
    const doc = parse(
      `<body><p class="ad-disclaimer" id="a">Advertisement - continue reading below</p>` +
        `<p class="note" id="b">* Terms apply.</p><p class="disclaimerText" id="c">Offer valid in stores only.</p>` +
        `<div class="disclaimer-page" id="d"><h1>Disclaimer</h1>${PROSE}</div>` +
        `<div class="legal-disclaimer" id="e">${PROSE}${PROSE}</div>` +
        `<div class="block hasDisclaimer" id="f"><table><tr><td>Ours</td><td>Yes</td></tr></table></div></body>`,
    );
    removeDisclaimers(takeCensus(doc.body));
    expect(doc.getElementById('a')).toBeNull();
    expect(doc.getElementById('c')).toBeNull();
    expect(doc.getElementById('b')).not.toBeNull();
    expect(doc.getElementById('d')).not.toBeNull();
    expect(doc.getElementById('e')).not.toBeNull();
    expect(doc.getElementById('f')).not.toBeNull();
  });
});
