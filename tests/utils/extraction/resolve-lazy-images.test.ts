import { describe, expect, it } from 'vitest';
import {
  bestSrcsetCandidate,
  isTrackingPixel,
  listImageUrls,
  pickImageUrl,
  resolveLazyImages,
} from '@/utils/extraction/resolve-lazy-images';

const BASE = 'http://fakehost/a/page.html';
const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
const img = (html: string) => parse(html).querySelector('img')!;

describe('bestSrcsetCandidate', () => {
  it.each([
    ['s.jpg 320w, m.jpg 800w, l.jpg 1600w', 'http://fakehost/a/l.jpg'],
    ['a.jpg 1x, b.jpg 2x', 'http://fakehost/a/b.jpg'],
    ['m.jpg 800w, xl.jpg 4000w', 'http://fakehost/a/m.jpg'],
    ['xl.jpg 4000w, xxl.jpg 6000w', 'http://fakehost/a/xl.jpg'],
    ['https://cdn.x/i.jpg?w=1,2 500w, https://cdn.x/j.jpg 900w', 'https://cdn.x/j.jpg'],
    ['data:image/gif;base64,R0 1x', null],
  ])('picks from "%s"', (set, want) => expect(bestSrcsetCandidate(set, BASE)).toBe(want));
});

describe('pickImageUrl', () => {
  it.each([
    ['<img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg">', 'http://fakehost/real.jpg'],
    ['<img src="/blank.gif" data-lazy-src="real.jpg">', 'http://fakehost/a/real.jpg'],
    ['<img data-original="https://cdn/o.png">', 'https://cdn/o.png'],
    ['<img src="small.jpg" srcset="small.jpg 300w, big.jpg 1200w">', 'http://fakehost/a/big.jpg'],
    ['<img src="p.gif" data-srcset="x.jpg 300w, y.jpg 900w">', 'http://fakehost/a/y.jpg'],
    [
      '<picture><source srcset="w.webp 1000w" type="image/webp"><img src="fallback.jpg"></picture>',
      'http://fakehost/a/w.webp',
    ],
    ['<img src="javascript:alert(1)">', null],
    ['<img src="data:image/gif;base64,R0lGOD">', null],
  ])('finds the real image of %s', (html, want) => expect(pickImageUrl(img(html), BASE)).toBe(want));
});

describe('isTrackingPixel', () => {
  it.each([
    ['<img src="/x.gif" width="1" height="1">', true],
    ['<img src="/x.gif" height="2">', true],
    ['<img src="https://www.facebook.com/tr?id=1">', true],
    ['<img src="https://stats.example/pixel.gif">', true],
    ['<img src="/photo.jpg" width="600" height="400">', false],
  ])('%s → %s', (html, want) => expect(isTrackingPixel(img(html), img(html).getAttribute('src'))).toBe(want));

  it('uses the size measured on the live page', () => {
    expect(isTrackingPixel(img('<img src="/p.png">'), 'http://fakehost/p.png', { w: 1, h: 1 })).toBe(true);
    expect(isTrackingPixel(img('<img src="/p.png">'), 'http://fakehost/p.png', { w: 640, h: 1 })).toBe(false);
  });
});

describe('resolveLazyImages', () => {
  it('rewrites each image to its absolute real URL; drops lazy attributes, pixels, unresolvable placeholders', () => {
    const doc = parse(`
      <p><img src="data:image/gif;base64,R0lGOD" data-src="/one.jpg" data-srcset="/one-s.jpg 200w" class="lazy" \
alt="one"></p>
      <p><img src="/spacer.gif"></p>
      <p><img src="/t.gif" width="1" height="1"></p>
      <p><img src="data:image/gif;base64,R0lGOD" alt="never loads"></p>
      <picture><source srcset="/two.webp 900w"><img src="/two-small.jpg" alt="two"></picture>`);
    resolveLazyImages(doc, null, BASE);
    const imgs = [...doc.querySelectorAll('img')];
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual(['http://fakehost/one-s.jpg', 'http://fakehost/two.webp']);
    expect(imgs[0].getAttributeNames().sort()).toEqual(['alt', 'class', 'src']);
    expect(doc.querySelector('source')).toBeNull();
  });

  it('takes the image of a <noscript> fallback, next to a lazy placeholder or alone', () => {
    const doc = parse(`<p><img src="data:image/gif;base64,R0" class="lazy">\
<noscript><img src="/ns.jpg" width="640" height="480" alt="ns"></noscript></p>
      <p><noscript><img src="/alone.jpg"></noscript></p>`);
    resolveLazyImages(doc, null, BASE);
    expect([...doc.querySelectorAll('img')].map((i) => [i.getAttribute('src'), i.getAttribute('width')])).toEqual([
      ['http://fakehost/ns.jpg', '640'],
      ['http://fakehost/alone.jpg', null],
    ]);
    expect(doc.querySelector('noscript')).toBeNull();
  });

  it('keeps the size measured on the live page when the markup has none (steady layout)', () => {
    const live = parse('<img src="/m.jpg">');
    Object.defineProperty(live.querySelector('img'), 'naturalWidth', { value: 800 });
    Object.defineProperty(live.querySelector('img'), 'naturalHeight', { value: 450 });
    const clone = live.cloneNode(true) as Document;
    resolveLazyImages(clone, live, BASE);
    const out = clone.querySelector('img')!;
    expect([out.getAttribute('width'), out.getAttribute('height')]).toEqual(['800', '450']);
  });
});

describe('listImageUrls', () => {
  it('lists distinct http(s) images, the lead image first', () => {
    const html =
      '<img src="https://a/1.jpg"><img src="https://a/2.jpg"><img src="https://a/1.jpg">' +
      '<img src="data:image/png;base64,AAA"><img src="/rel.jpg">';
    expect(listImageUrls(html, document, 'https://a/lead.jpg')).toEqual([
      'https://a/lead.jpg',
      'https://a/1.jpg',
      'https://a/2.jpg',
    ]);
  });
});
