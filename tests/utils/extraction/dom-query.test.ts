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

  it('refuses selectors it cannot match (combinators, pseudo-classes)', () => {
    document.body.innerHTML = '<p>x</p>';
    expect(() => queryFirst(document.body, 'p p')).toThrow(/unsupported/);
    expect(() => closestMatch(document.body, 'a:hover')).toThrow(/unsupported/);
    expect(() => queryAll(document.body, 'div > p')).toThrow(/unsupported/);
  });
});
