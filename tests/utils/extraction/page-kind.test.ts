// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { contentShape, isCardShape, isReadable, pageKind, type KindSignals } from '@/utils/extraction/page-kind';
import { readStructuredData } from '@/utils/extraction/structured-data';

/** Signals of a page: its head (JSON-LD, microdata) and the content kept from it. */
function signals(head: string, content: string, over: Partial<KindSignals> = {}): KindSignals {
  const doc = new DOMParser().parseFromString(`<html><head>${head}</head><body>${content}</body></html>`, 'text/html');
  return {
    data: readStructuredData(doc),
    ogType: null,
    generator: null,
    source: 'article',
    content: doc.body,
    articleLike: false,
    ...over,
  };
}
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const prose = (n: number) => `<p>${'Plain words of an article paragraph that runs on. '.repeat(5)}</p>`.repeat(n);

describe('pageKind', () => {
  it('names a thread from the posts pass or a forum/Q&A declaration, not from an FAQ', () => {
    expect(pageKind(signals('', prose(2), { source: 'thread' }))).toBe('thread');
    expect(pageKind(signals(ld({ '@type': 'QAPage' }), prose(2)))).toBe('thread');
    expect(pageKind(signals(ld({ '@type': 'DiscussionForumPosting' }), prose(2)))).toBe('thread');
    const faq = ld({ '@type': 'FAQPage', mainEntity: { '@type': 'Question', name: 'Why?' } });
    expect(pageKind(signals(faq, prose(3)))).toBe('article');
  });

  it('names one product a product page, three or more a listing', () => {
    expect(pageKind(signals(ld({ '@type': 'Product', name: 'Mug' }), prose(1)))).toBe('product');
    expect(pageKind(signals('', prose(1), { ogType: 'product' }))).toBe('product');
    const many = '<li itemscope itemtype="https://schema.org/Product"><a href="/x">X</a></li>'.repeat(4);
    expect(pageKind(signals('', `<ul>${many}</ul>`))).toBe('listing');
    // The page's one JSON-LD product wins over a "related products" row in microdata.
    expect(pageKind(signals(ld({ '@type': 'Product' }), `${prose(1)}<ul>${many}</ul>`))).toBe('product');
    // A review article that also declares the product stays an article.
    expect(
      pageKind(signals(ld([{ '@type': 'Review' }, { '@type': 'Product' }, { '@type': 'Article' }]), prose(4))),
    ).toBe('article');
  });

  it('names documentation from its generator, its type or a content of code blocks', () => {
    expect(pageKind(signals('', prose(2), { generator: 'Sphinx 7.2.6' }))).toBe('documentation');
    expect(pageKind(signals(ld({ '@type': 'TechArticle' }), prose(2)))).toBe('documentation');
    const code = `<pre>${'const x = compute(y);\n'.repeat(8)}</pre>`;
    expect(pageKind(signals('', `${prose(1)}${code}<p>Then:</p>${code}`))).toBe('documentation');
    // A blog post with code that declares itself an article stays an article.
    expect(pageKind(signals(ld({ '@type': 'BlogPosting' }), `${prose(1)}${code}${code}`))).toBe('article');
    expect(pageKind(signals('', `${prose(1)}${code}${code}`, { ogType: 'article' }))).toBe('article');
  });

  it('names posts that are each a linked title (a blog index with authors and dates) a listing', () => {
    const cards = [1, 2, 3, 4].map(
      (i) =>
        `<article><header><cite>Sam</cite></header><h2><a href="/p/${i}">Post ${i}</a></h2><p>A line.</p></article>`,
    );
    expect(pageKind(signals('', cards.join(''), { source: 'thread' }))).toBe('listing');
    expect(
      pageKind(signals('', `<article><header><cite>Sam</cite></header>${prose(1)}</article>`, { source: 'thread' })),
    ).toBe('thread');
  });

  it('names a listing from a declared collection or cards of linked titles', () => {
    expect(pageKind(signals(ld({ '@type': 'CollectionPage' }), prose(1)))).toBe('listing');
    const cards = [1, 2, 3, 4, 5].map(
      (i) => `<article><h2><a href="/p/${i}">Post number ${i}</a></h2><p>A line.</p></article>`,
    );
    expect(pageKind(signals('', cards.join('')))).toBe('listing');
    expect(pageKind(signals('', cards.slice(0, 3).join('') + prose(3)))).toBe('article');
  });

  it('names a service page from sections kept from the main region, unless they read as an article', () => {
    const sections = '<section><h2>What we do</h2><p>Audits.</p></section>'.repeat(4);
    expect(pageKind(signals('', sections, { source: 'region' }))).toBe('service');
    expect(pageKind(signals('', sections + prose(4), { source: 'region', articleLike: true }))).toBe('article');
    expect(pageKind(signals(ld({ '@type': 'Service' }), sections, { source: 'region', articleLike: true }))).toBe(
      'service',
    );
    // Readability kept the block of all sections: short sections without article prose are a service page,
    // an article's long sections under subheadings are not.
    expect(pageKind(signals('', sections, { source: 'article' }))).toBe('service');
    const chapters = `<section><h2>Part</h2>${prose(4)}</section>`.repeat(3);
    expect(pageKind(signals('', chapters, { source: 'article' }))).toBe('article');
    expect(pageKind(signals('', sections.slice(0, 100), { source: 'article' }))).toBe('article');
  });

  it('falls back on declarations alone when no content was kept', () => {
    expect(pageKind(signals(ld({ '@type': 'Product' }), '', { source: 'none', content: null }))).toBe('product');
    expect(pageKind(signals('', '', { source: 'none', content: null }))).toBe('article');
  });
});

describe('contentShape', () => {
  it('measures code, linked titles, prose and links in one walk', () => {
    const doc = new DOMParser().parseFromString(
      `<div><h2><a href="/a">Linked title</a></h2>${prose(1)}<pre>let a = 1;</pre><pre><code>b()</code></pre></div>`,
      'text/html',
    );
    const s = contentShape(doc.body.firstElementChild!);
    expect(s).toMatchObject({ codeBlocks: 2, codeChars: 13, linkedHeadings: 1, prose: 1, linkChars: 12 });
  });
  it('counts cards: blocks of a short text and a picture that links to a page', () => {
    const card = (href: string, i: number) =>
      `<div><a href="${href}"><span><img src="/p/${i}.jpg"></span></a><span>Trail shoe ${i}</span> <b>$120</b></div>`;
    const grid = (href: (i: number) => string) => {
      const html = `<div><h1>Trail shoes</h1>${[1, 2, 3, 4].map((i) => card(href(i), i)).join('')}</div>`;
      return new DOMParser().parseFromString(html, 'text/html').body.firstElementChild!;
    };
    const s = contentShape(grid((i) => `/t/shoe-${i}`));
    expect(s).toMatchObject({ cards: 4, linkedHeadings: 0 });
    expect(isCardShape(s)).toBe(true);
    // Photos linked to their own image files (a gallery) are not cards.
    expect(contentShape(grid((i) => `/p/${i}-large.jpg`)).cards).toBe(0);
    expect(isCardShape(contentShape(grid((i) => `/p/${i}-large.jpg`)))).toBe(false);
  });
});

describe('isReadable', () => {
  const words = (n: number) => 'word '.repeat(n);
  it('takes an article on Readability’s verdict, any other kind on its kind and some words', () => {
    expect(isReadable({ kind: 'article', pageKind: 'article', readerable: true, textContent: 'x' })).toBe(true);
    expect(isReadable({ kind: 'article', pageKind: 'article', readerable: false, textContent: words(500) })).toBe(
      false,
    );
    expect(isReadable({ kind: 'article', pageKind: 'thread', readerable: false, textContent: words(60) })).toBe(true);
    expect(isReadable({ kind: 'article', pageKind: 'product', readerable: false, textContent: words(10) })).toBe(false);
    expect(isReadable({ kind: 'page', pageKind: 'product', readerable: true, textContent: words(500) })).toBe(false);
  });
});
