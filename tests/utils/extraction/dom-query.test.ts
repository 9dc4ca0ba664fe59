// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { closestMatch, queryAll, queryFirst } from '@/utils/extraction/dom-query';

const PAGE =
  '<main><article id="a"><p>one <a href="/x">x</a> <img src="i.png"></p>' +
  '<div role="button">b</div><div role="Button">B</div>' +
  '<section><figure><picture><img></picture><figcaption>c <span>d</span></figcaption></figure>' +
  '<button>go</button><a name="n">no href</a><time>t</time></section></article>' +
  '<ul><li><a href="/y"><h3>y</h3></a></li><li><pre><code data-language="ts">z</code></pre></li></ul>' +
  '<svg><a href="/s"><text>s</text></a></svg></main>';

const SELECTORS = [
  'a',
  'a[href], img[src]',
  'button, [role="button"]',
  'img, picture, video',
  'h1, h2, h3, h4, h5, h6, p, strong',
  'code[data-language]',
  'figure, figcaption',
  'table, blockquote, pre',
  'main, article, [role="main"], h1',
  'time',
];

describe('dom-query', () => {
  it('finds what querySelector, querySelectorAll and closest find, in document order', () => {
    document.body.innerHTML = PAGE;
    const all = Array.from(document.body.getElementsByTagName('*'));
    for (const sel of SELECTORS) {
      for (const el of all) {
        expect(queryAll(el, sel), `${sel} under ${el.localName}`).toEqual(Array.from(el.querySelectorAll(sel)));
        expect(queryFirst(el, sel), `${sel} under ${el.localName}`).toBe(el.querySelector(sel));
        expect(closestMatch(el, sel), `${sel} around ${el.localName}`).toBe(el.closest(sel));
      }
    }
  });

  it('compares attribute values as written', () => {
    document.body.innerHTML = '<div><span role="BUTTON">x</span><b role="button">y</b></div>';
    const div = document.body.firstElementChild!;
    expect(queryAll(div, '[role="button"]')).toEqual([div.lastElementChild]);
  });

  // jsdom's querySelectorAll lists a selector list's matches part by part; the DOM (and a browser) in document order.
  const inOrder = (els: Iterable<Element>) =>
    Array.from(els).sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));

  it('matches substrings of attribute values, in either case with the i flag', () => {
    document.body.innerHTML =
      '<div><p class="postSignature">a</p><p class="post-slogan x">b</p><p data-role="user-Signature">c</p>' +
      '<p class="sig">d</p><p itemtype="https://schema.org/Person">e</p><p itemtype="https://SCHEMA.org/Person">f</p>' +
      '<p class="">g</p><p class="İsignature">h</p></div>';
    const sels = [
      '[class*="signature" i], [class*="slogan" i], [data-role*="signature" i]',
      '[itemtype*="schema.org/Person" i]',
      'p[class*="Signature" i]',
    ];
    const all = Array.from(document.body.getElementsByTagName('*'));
    for (const sel of sels)
      for (const el of all) {
        expect(queryAll(el, sel), sel).toEqual(inOrder(el.querySelectorAll(sel)));
        expect(closestMatch(el, sel), sel).toBe(el.closest(sel));
      }
    expect(queryAll(document.body, sels[0]).map((el) => el.textContent)).toEqual(['a', 'b', 'c', 'h']);
  });

  it('refuses selectors it cannot match (combinators, pseudo-classes)', () => {
    document.body.innerHTML = '<p>x</p>';
    expect(() => queryFirst(document.body, 'p p')).toThrow(/unsupported/);
    expect(() => closestMatch(document.body, 'a:hover')).toThrow(/unsupported/);
    expect(() => queryAll(document.body, 'div > p')).toThrow(/unsupported/);
    expect(() => queryAll(document.body, '[class*="x"]')).toThrow(/unsupported/);
  });
});
