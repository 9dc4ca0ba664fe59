// @vitest-environment jsdom
// readability-checks.ts answers seven of Readability 0.6.0's private methods (`_getLinkDensity`,
// `_isElementWithoutContent`, `_isValidByline`, `_isProbablyVisible`, `_cleanStyles`, `_hasSingleTagInsideElement`,
// `_fixLazyImages`), overridden on our instance: the same answer for every element of real pages
// (Scrapinghub's, committed under bench/data/scrapinghub) and of fixture pages, and Readability's article the same with
// them as without. A Readability upgrade must pass this file again.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import {
  checkCheaply,
  cleanStyles,
  fixLazyImages,
  linkDensity,
  probablyVisible,
  singleTagInside,
  validByline,
  withoutContent,
} from '@/utils/extraction/readability-checks';
import { listByTag } from '@/utils/extraction/readability-lists';
import { parsePage } from '../../helpers/extraction-pages';

interface Own {
  _getLinkDensity: (e: Element) => number;
  _isElementWithoutContent: (n: Node) => boolean;
  _isValidByline: (e: Element, matchString: string) => boolean;
  _isProbablyVisible: (e: Element) => unknown;
  _cleanStyles: (e: Element | null) => void;
  _hasSingleTagInsideElement: (e: Element, tag: string) => boolean;
  _fixLazyImages: (e: Element) => void;
}
const own = Readability.prototype as unknown as Own;

const DIR = 'bench/data/scrapinghub/html';
/** Every 36th Scrapinghub page (six real pages of news sites and blogs), and three fixture pages. */
const PAGES: [string, string][] = [
  ...fs
    .readdirSync(DIR)
    .sort()
    .filter((_, i) => i % 36 === 0)
    .map((f): [string, string] => [f.slice(0, 12), zlib.gunzipSync(fs.readFileSync(`${DIR}/${f}`)).toString('utf8')]),
  ...['blog-comments', 'docs-admonitions', 'cookie-banner'].map((slug): [string, string] => [
    slug,
    fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8'),
  ]),
];

const EDGES =
  '<div id="e1"></div><div id="e2"> \n\u00a0\u3000 </div><div id="e3"><br><br></div><div id="e4"><span><br></span>' +
  '</div><div id="e5"><hr><p> </p></div><div id="e6"><!-- a comment --></div><div id="e7"><img src="a.png"></div>' +
  '<div id="e8"><span> </span><b>x</b></div><h2 id="e9"><a href="#top"> </a></h2><section id="e10"><div><div>' +
  '</div></div><br></section><div id="e11">\ufeff<br>\u2028</div><div id="e12"><a href="#n">note</a> and ' +
  '<a href="/x">a longer link text</a> in a sentence</div><a rel="author" href="/a">Ann Author</a><span ' +
  'itemprop="author"> </span><p class="byline">' +
  'x'.repeat(100) +
  '</p><table width="9" align="left" style="color: red" class="t" bgcolor="#fff"><tr><td width="1" height="2" ' +
  'valign="top" data-x="1">c</td></tr></table><svg style="fill: red" width="3"><rect style="x" width="1"/></svg>' +
  '<math style="color: red"><mi>x</mi></math><div style="display: none">hidden</div><p style="visibility:hidden">' +
  'unseen</p><p hidden>h</p><img aria-hidden="true" class="mwe-math-fallback-image-inline"><span aria-hidden=' +
  '"true">x</span><pre height="4" style="">code</pre><div id="s1"> <p>one</p>\n</div><div id="s2">x<p>two</p></div>' +
  '<img class="lazyload" src="data:image/png;base64,iVBORw0KGgo=" data-src="/big.jpg" alt="a"><img src=' +
  '"data:image/svg+xml;base64,PHN2Zz4=" data-src="a.png"><img data-srcset="a.jpg 1x, b.jpg 2x"><img src="c.gif" ' +
  'class="lazy" data-original="c.webp?w=2"><figure data-src="/fig.jpg"><figcaption>f</figcaption></figure>' +
  '<picture data-src="p.png"><source srcset="p.webp"></picture><img srcset="null" data-src="n.jpg">';

describe('Readability’s checks, overridden', () => {
  it(
    'answer as Readability’s own methods for every element of real pages and of edge cases',
    { timeout: 120_000 },
    () => {
      for (const [name, html] of [...PAGES, ['edges', `<html><body>${EDGES}</body></html>`]]) {
        const doc = parsePage(html);
        const reader = new Readability(doc) as unknown as Own;
        const all = doc.getElementsByTagName('*');
        for (let i = 0; i < all.length; i++) {
          const el = all[i];
          const without = own._isElementWithoutContent.call(reader, el);
          expect(withoutContent.call(reader, el), `${name} ${el.tagName} ${i}`).toBe(without);
          expect(linkDensity.call(reader as never, el), `${name} ${el.tagName} ${i}`).toBe(
            own._getLinkDensity.call(reader, el),
          );
          for (const tag of ['P', 'DIV', 'A'])
            expect(singleTagInside.call(reader as never, el, tag), `${name} ${el.tagName} ${i}`).toBe(
              own._hasSingleTagInsideElement.call(reader, el, tag),
            );
          expect(probablyVisible(el), `${name} ${el.tagName} ${i}`).toBe(!!own._isProbablyVisible.call(reader, el));
          // Readability's walk asks with the class and id (or a made-up byline mark, to reach the length test).
          for (const match of [`${el.className} ${el.id}`, 'byline'])
            expect(validByline.call(reader as never, el, match), `${name} ${el.tagName} ${i}`).toBe(
              own._isValidByline.call(reader, el, match),
            );
        }
        for (const node of [doc, doc.createTextNode(' '), doc.createComment('')])
          expect(withoutContent(node)).toBe(own._isElementWithoutContent.call(reader, node));
        if (name !== 'edges') continue;
        const empty = ['e1', 'e2', 'e3', 'e4', 'e6', 'e11']; // e4: a <span> holding a <br>; e11: U+FEFF and U+2028
        for (let i = 1; i <= 12; i++)
          expect(withoutContent(doc.getElementById(`e${i}`)!), `e${i}`).toBe(empty.includes(`e${i}`));
      }
    },
  );

  it(
    'clean the same attributes and mend the same images as Readability’s own _cleanStyles and _fixLazyImages',
    { timeout: 120_000 },
    () => {
      for (const [name, html] of [...PAGES, ['edges', `<html><body>${EDGES}</body></html>`]]) {
        const ownDoc = parsePage(html);
        const ownReader = new Readability(ownDoc) as unknown as Own;
        ownReader._cleanStyles(ownDoc.body);
        const doc = parsePage(html);
        const reader = new Readability(doc) as unknown as Own;
        checkCheaply(reader);
        reader._cleanStyles(doc.body);
        expect(doc.body.outerHTML, name).toBe(ownDoc.body.outerHTML);
        expect(cleanStyles).toBe(reader._cleanStyles);
        ownReader._fixLazyImages(ownDoc.body);
        reader._fixLazyImages(doc.body);
        expect(doc.body.outerHTML, name).toBe(ownDoc.body.outerHTML);
        expect(fixLazyImages).toBe(reader._fixLazyImages);
        if (name === 'edges') {
          expect(doc.querySelector('table')!.outerHTML).toMatch(/^<table class="t"><tbody><tr><td data-x="1">c/);
          expect(doc.querySelector('svg')!.outerHTML).toContain('style="fill: red"');
          expect(doc.querySelector('img.lazyload')!.getAttribute('src')).toBe('/big.jpg');
          expect(doc.querySelector('figure img')!.getAttribute('src')).toBe('/fig.jpg');
        }
      }
    },
  );

  it("leave Readability's article as it was", { timeout: 120_000 }, () => {
    for (const [name, html] of PAGES) {
      const read = (cheap: boolean) => {
        const reader = new Readability(parsePage(html));
        listByTag(reader);
        if (cheap) checkCheaply(reader);
        const out = reader.parse();
        return out && { content: out.content, title: out.title, excerpt: out.excerpt, length: out.length };
      };
      const before = read(false);
      expect(before?.length, name).toBeGreaterThan(0);
      expect(read(true), name).toEqual(before);
    }
  });
});
