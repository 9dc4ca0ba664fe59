import { describe, expect, it } from 'vitest';
import { bodyCopy, pageCopy } from '@/utils/extraction/page-copy';

const PAGE =
  '<!DOCTYPE html><html lang="de" itemscope itemtype="https://schema.org/WebPage"><head><title>T</title>' +
  '<meta property="og:type" content="article"><base href="https://example.com/a/"><style>p{}</style>' +
  '<link rel="preconnect" href="https://cdn.example.com">' +
  '<link itemprop="url" itemtype="https://schema.org/Thing" href="/x">' +
  '<script>var a = 1;</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
  '<noscript><meta name="robots" content="noindex"></noscript></head><body class="b"><p>Text <a href="#">x</a></p>' +
  '<script>var b = 2;</script></body></html><!-- after -->';

const page = () => new DOMParser().parseFromString(PAGE, 'text/html');

describe('pageCopy', () => {
  it("leaves out the head's styles, links and scripts that no pass reads, and keeps the rest of the page", () => {
    const doc = page();
    const copy = pageCopy(doc);
    expect(copy).not.toBe(doc);
    expect(copy.head.innerHTML).toBe(
      '<title>T</title><meta property="og:type" content="article"><base href="https://example.com/a/">' +
        '<link itemprop="url" itemtype="https://schema.org/Thing" href="/x">' +
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
        '<noscript><meta name="robots" content="noindex"></noscript>',
    );
    expect(copy.body.outerHTML).toBe(doc.body.outerHTML);
    expect(copy.documentElement.getAttribute('itemtype')).toBe('https://schema.org/WebPage');
    expect(copy.documentElement.lang).toBe('de');
    expect(copy.title).toBe('T');
    expect(copy.doctype?.name).toBe('html');
    expect(copy.lastChild?.nodeType).toBe(Node.COMMENT_NODE);
    expect(copy.baseURI).toBe('https://example.com/a/');
    // The page itself is untouched.
    expect(doc.head.querySelectorAll('style, link, script')).toHaveLength(5);
  });
});

describe('bodyCopy', () => {
  it("copies the body under the page's root element, without the head", () => {
    const doc = page();
    const copy = bodyCopy(doc)!;
    expect(copy.documentElement.children).toHaveLength(1);
    expect(copy.body.outerHTML).toBe(doc.body.outerHTML);
    expect(copy.documentElement.lang).toBe('de');
    expect(copy.head).toBeNull();
    expect(doc.body.parentNode).toBe(doc.documentElement);
  });
});
