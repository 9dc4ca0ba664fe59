// @vitest-environment jsdom
// elementsWithTags answers Readability 0.6.0's `_getAllNodesWithTag` from tag lists instead of a selector: the same
// elements in the same order, and Readability's article the same with it as without.
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { elementsWithTags, listByTag } from '@/utils/extraction/readability-lists';

const PROSE = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story, with <a href="#n${i}">a note</a> and <a href="/more">a link</a>, long ` +
    `enough for Readability to take it as the article's prose: the harbour, the ferries and the weather.</p>`,
).join('');

const PAGE =
  '<html><head><title>A story</title><style>p{}</style><script type="application/ld+json">{"@type":"NewsArticle",' +
  '"headline":"A story"}</script></head><body><nav><a href="/">Home</a><h2>Menu</h2></nav><article><h1>A story</h1>' +
  '<h2>Part one</h2><figure><picture><source srcset="a.webp"><img src="a.jpg"></picture><figcaption>A picture' +
  '</figcaption></figure>' +
  PROSE +
  '<h3>Part two</h3><table><tr><td>1</td><td>2</td></tr></table><div>text<br><br>more text<br><br>and more</div>' +
  '<font>old</font><svg><a href="#x"><text>svg link</text></a><style>.s{}</style></svg><h2>Part three</h2>' +
  '<iframe src="https://www.youtube.com/embed/x"></iframe><noscript><img src="b.jpg"></noscript>' +
  PROSE +
  '</article><aside><h4>Related</h4><ul><li><a href="/a">A</a></li></ul></aside></body></html>';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('elementsWithTags', () => {
  it('lists what querySelectorAll lists for the tags, in page order, under a document and an element', () => {
    const doc = parse(PAGE);
    const lists = [
      ['a'],
      ['p'],
      ['style'],
      ['h1', 'h2'],
      ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      ['img', 'picture', 'figure'],
      ['script', 'noscript'],
      ['object', 'embed', 'iframe'],
      ['video', 'audio'],
    ];
    for (const root of [doc, doc.querySelector('article')!, doc.body])
      for (const tags of lists)
        expect(elementsWithTags(root, tags), tags.join(',')).toEqual(Array.from(root.querySelectorAll(tags.join(','))));
  });

  it("leaves Readability's article as it was", () => {
    const read = (listing: boolean) => {
      const reader = new Readability(parse(PAGE));
      if (listing) listByTag(reader);
      const out = reader.parse();
      return out && { content: out.content, title: out.title, excerpt: out.excerpt, length: out.length };
    };
    const before = read(false);
    expect(before?.content).toContain('Paragraph 6');
    expect(read(true)).toEqual(before);
  });
});
