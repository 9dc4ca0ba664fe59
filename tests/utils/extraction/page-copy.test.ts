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
    expect(copy.body.outerHTML).toBe('<body class="b"><p>Text <a href="#">x</a></p></body>');
    expect(copy.documentElement.getAttribute('itemtype')).toBe('https://schema.org/WebPage');
    expect(copy.documentElement.lang).toBe('de');
    expect(copy.title).toBe('T');
    expect(copy.doctype?.name).toBe('html');
    expect(copy.lastChild?.nodeType).toBe(Node.COMMENT_NODE);
    expect(copy.baseURI).toBe('https://example.com/a/');
    // The page itself is untouched.
    expect(doc.head.querySelectorAll('style, link, script')).toHaveLength(5);
    expect(doc.body.querySelectorAll('script')).toHaveLength(1);
  });

  it("leaves out the body's scripts at any depth, and keeps JSON-LD, microdata and a noscript's scripts", () => {
    const body =
      '<div id="a"><script>ads()</script><p>One</p><div id="b"><section><script src="x.js"></script>' +
      '<p>Two</p></section><script type="application/ld+json">{"@type":"Recipe"}</script></div>' +
      '<script type="application/json">{"state":1}</script></div><noscript><script>n()</script><img src="i.png">' +
      '</noscript><script itemprop="data" itemtype="https://schema.org/Dataset">d</script><p>Three</p>' +
      '<script>track()</script>';
    const doc = new DOMParser().parseFromString(
      `<html><head><title>T</title></head><body>${body}</body></html>`,
      'text/html',
    );
    const copy = pageCopy(doc);
    expect(copy.body.innerHTML).toBe(
      '<div id="a"><p>One</p><div id="b"><section><p>Two</p></section>' +
        '<script type="application/ld+json">{"@type":"Recipe"}</script></div></div><noscript><script>n()</script>' +
        '<img src="i.png"></noscript><script itemprop="data" itemtype="https://schema.org/Dataset">d</script>' +
        '<p>Three</p>',
    );
    expect(copy.body.ownerDocument).toBe(copy);
    expect(copy.getElementById('b')?.parentElement?.id).toBe('a');
    expect(doc.body.innerHTML).toBe(body);
  });
});

describe('bodyCopy', () => {
  it("copies the body under the page's root element, without the head", () => {
    const doc = page();
    const copy = bodyCopy(doc)!;
    expect(copy.documentElement.children).toHaveLength(1);
    expect(copy.body.outerHTML).toBe('<body class="b"><p>Text <a href="#">x</a></p></body>');
    expect(copy.documentElement.lang).toBe('de');
    expect(copy.head).toBeNull();
    expect(doc.body.parentNode).toBe(doc.documentElement);
  });
});
