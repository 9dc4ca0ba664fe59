// @vitest-environment jsdom
// swapNoscriptImages does Readability 0.6.0's `_unwrapNoscriptImages` before it, with the <noscript>'s parsed
// elements copied instead of its HTML parsed again: Readability's article must come out the same with it as without.
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { placeholdersByTag, swapNoscriptImages } from '@/utils/extraction/noscript-images';

const PROSE = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story, long enough for Readability to take it as the article's prose, with a few ` +
    `more words about the harbour, the ferries and the weather that kept them in port for a week.</p>`,
).join('');

const page = (figure: string, head = '') =>
  `<html><head><title>A story</title>${head}</head><body><article><h1>A story</h1>${figure}${PROSE}</article>` +
  `<noscript><iframe src="https://tracker.example/ns"></iframe></noscript></body></html>`;

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function readability(doc: Document, noscripts?: boolean) {
  const reader = new Readability(doc);
  if (noscripts !== undefined) placeholdersByTag(reader, noscripts);
  const out = reader.parse();
  return out && { content: out.content, title: out.title, byline: out.byline, excerpt: out.excerpt };
}

/** Readability's article of the page, without the step and with it (the step then Readability). */
function both(html: string) {
  const before = readability(parse(html));
  const doc = parse(html);
  swapNoscriptImages(doc);
  const noscriptsLeft = doc.getElementsByTagName('noscript').length;
  const after = readability(doc);
  // And with Readability's own step reading its images as a tag list, its noscript step only when some are left.
  const listed = parse(html);
  const left = swapNoscriptImages(listed);
  return { before, after, listed: readability(listed, left > 0), noscriptsLeft, left };
}

const CASES: Record<string, string> = {
  'a lazy image and its noscript copy': page(
    '<figure><img class="lazy" data-lazy="x" src="data:image/gif;base64,R0lGOD"><noscript>' +
      '<img src="https://cdn.example/harbour.jpg" alt="The harbour"></noscript>' +
      '<figcaption>The harbour.</figcaption></figure>',
  ),
  'a placeholder image (no source) before its noscript': page(
    '<p><img class="lazy" data-lazy-id="7"><noscript><img src="https://cdn.example/a.png"></noscript></p>',
  ),
  'old sources kept under data-old- names': page(
    '<div><span>' +
      '<img src="https://cdn.example/small.jpg" srcset="https://cdn.example/s.jpg 1x" ' +
      'data-full="https://cdn.example/full.webp">' +
      '</span><noscript><img src="https://cdn.example/big.jpg" srcset="https://cdn.example/b.jpg 2x">' +
      '</noscript></div>',
  ),
  'the same source on both images': page(
    '<div><img src="https://cdn.example/same.jpg" data-src="https://cdn.example/same-2x.jpg"><noscript>' +
      '<img src="https://cdn.example/same.jpg"></noscript></div>',
  ),
  'two noscripts in a row': page(
    '<div><img src="https://cdn.example/0.jpg"><noscript><img src="https://cdn.example/1.jpg"></noscript>' +
      '<noscript><img src="https://cdn.example/2.jpg"></noscript></div>',
  ),
  'a wrapped image in the noscript': page(
    '<div><a href="/p"><img src="https://cdn.example/t.jpg"></a><noscript><a href="/p">' +
      '<img src="https://cdn.example/T.jpg"></a></noscript></div>',
  ),
  'a noscript of text and one of more than an image': page(
    '<div><img src="https://cdn.example/q.jpg">' +
      '<noscript>Turn on JavaScript to see the gallery.</noscript></div><div>' +
      '<img src="https://cdn.example/r.jpg"><noscript><img src="https://cdn.example/r1.jpg">' +
      '<img src="https://cdn.example/r2.jpg"></noscript></div>',
  ),
  'placeholder images and no noscript at all': page(
    '<p><img class="lazy" data-lazy-id="3"><img alt="x" data-original="https://cdn.example/k.jpg">' +
      '<img src="https://cdn.example/l.png"></p>',
  ),
  'JSON-LD inside a noscript': page(
    '<div><img src="https://cdn.example/j.jpg"><noscript><img src="https://cdn.example/J.jpg"></noscript></div>' +
      '<noscript>' +
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",' +
      '"headline":"A story","author":{"@type":"Person","name":"Ada Lane"}}</script>' +
      '</noscript>',
  ),
};

describe('swapNoscriptImages', () => {
  for (const [name, html] of Object.entries(CASES))
    it(`leaves Readability's article as it was: ${name}`, () => {
      const { before, after, listed } = both(html);
      expect(before).not.toBeNull();
      expect(after).toEqual(before);
      expect(listed).toEqual(before);
    });

  it('swaps the lazy image for the noscript copy, as Readability does', () => {
    const doc = parse(CASES['a lazy image and its noscript copy']);
    swapNoscriptImages(doc);
    const imgs = [...doc.getElementsByTagName('img')];
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual(['https://cdn.example/harbour.jpg']);
    // The placeholder's picture attribute kept under another name (its src is data:, no file name: dropped).
    expect(imgs[0].getAttribute('data-old-src')).toBe('data:image/gif;base64,R0lGOD');
  });

  it('copies no source the noscript image already has', () => {
    const doc = parse(CASES['the same source on both images']);
    swapNoscriptImages(doc);
    const img = doc.getElementsByTagName('img')[0];
    expect(img.getAttribute('data-old-src')).toBeNull();
    expect(img.getAttribute('data-src')).toBe('https://cdn.example/same-2x.jpg');
  });

  it("has Readability's own step remove placeholder images, read as a tag list, with no noscript left", () => {
    const doc = parse(CASES['placeholder images and no noscript at all']);
    expect(swapNoscriptImages(doc)).toBe(0); // the page's tracker <noscript> goes: none holds a script
    const reader = new Readability(doc);
    placeholdersByTag(reader, false);
    const content = reader.parse()!.content!;
    expect(content).not.toContain('data-lazy-id');
    expect(content).toContain('k.jpg');
    expect(content).toContain('l.png');
  });

  it('removes the placeholder image with no source first, so its noscript image takes no place', () => {
    const doc = parse(CASES['a placeholder image (no source) before its noscript']);
    swapNoscriptImages(doc);
    expect(doc.querySelector('img.lazy')).toBeNull();
    expect(doc.getElementsByTagName('noscript')).toHaveLength(0);
  });

  it('keeps a noscript holding a script (Readability reads JSON-LD before it removes noscripts)', () => {
    const { before, after, noscriptsLeft, left } = both(CASES['JSON-LD inside a noscript']);
    expect(noscriptsLeft).toBe(1);
    expect(left).toBe(1);
    expect(before?.byline).toBe('Ada Lane');
    expect(after?.byline).toBe('Ada Lane');
  });
});
