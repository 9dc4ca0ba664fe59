// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { microdataOutsideBody, pageMicrodata, readStructuredData } from '@/utils/extraction/structured-data';
import { takeCensus } from '@/utils/extraction/page-census';
import { unwrapNoscript } from '@/utils/extraction/unwrap-noscript';

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Microdata on the root, in the head, on the body, in a <main>, an <article> and a <noscript> block. */
const TYPED = `<html itemscope itemtype="https://schema.org/WebPage"><head>
  <meta itemscope itemtype="https://schema.org/Organization"><title>t</title></head>
  <body itemscope itemtype="http://schema.org/WebSite"><main itemscope itemtype="https://schema.org/Blog">
  <article itemscope itemtype="https://schema.org/BlogPosting https://schema.org/NewsArticle"><p>Text.</p>
  <div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Ann</span></div>
  <span itemscope itemtype="">x</span></article></main>
  <noscript><div itemscope itemtype="https://schema.org/Product"><p>${'Words of a crawler view. '.repeat(40)}</p></div>
  </noscript></body></html>`;

describe('readStructuredData from the census', () => {
  it('reads the same microdata from the census walk as a selector over the page', () => {
    const doc = page(TYPED);
    const census = takeCensus(doc.body);
    const walked = [...microdataOutsideBody(doc), ...census.microdata];
    expect(walked).toEqual(pageMicrodata(doc));
    expect(walked.map((m) => m.tag)).toEqual(['HTML', 'META', 'BODY', 'MAIN', 'ARTICLE', 'DIV', 'SPAN', 'DIV']);
    const data = readStructuredData(doc, [], walked);
    expect(data).toEqual(readStructuredData(doc, []));
    expect([...data.mainTypes]).toEqual(['WebPage', 'WebSite', 'Blog', 'BlogPosting', 'NewsArticle']);
    expect(data.types.has('Product')).toBe(true);
  });

  it('still sees a <noscript> block opened before the census (its elements stay)', () => {
    const doc = page(TYPED);
    const before = pageMicrodata(doc);
    unwrapNoscript(doc);
    expect(doc.getElementsByTagName('noscript')).toHaveLength(0);
    expect([...microdataOutsideBody(doc), ...takeCensus(doc.body).microdata]).toEqual(before);
  });
});
