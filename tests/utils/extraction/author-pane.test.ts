// @vitest-environment jsdom
// A post's member pane where no landmark or class word names it (hashed class names, no `<aside>`): the largest box
// around a profile link that holds no date while the box around it does, and no prose. Fixture page:
// tests/fixtures/pages/forum-hashed-member-pane.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { authorPane, authorPanes } from '@/utils/extraction/author-pane';

const parse = (html: string) => new JSDOM(`<body>${html}</body>`).window.document;
const specs = (n: number) =>
  `<ul>${Array.from({ length: n }, (_, i) => `<li><h5>Part ${i}</h5><div>Model ${i} | spare ${i}</div></li>`).join('')}</ul>`;

describe('authorPane', () => {
  it("is the member's column beside the post's dated column", () => {
    const doc = parse(
      '<div id="post"><div id="pane"><h3><a id="name" href="/profile/7-ada/">ada</a></h3>' +
        `<div id="menu">${specs(8)}</div></div><div><time datetime="2024-03-19">March 19, 2024</time>` +
        '<div><p>A short reply.</p></div></div></div>',
    );
    const post = doc.getElementById('post')!;
    expect(authorPane(post, doc.getElementById('name')!)?.id).toBe('pane');
  });

  it('is none where the box around the name holds prose (the text beside the name, the date elsewhere)', () => {
    const doc = parse(
      '<div id="post"><div><a id="name" href="/profile/7-ada/">ada</a><p>The post, written under the name.</p></div>' +
        '<div><time datetime="2024-03-19">March 19, 2024</time></div></div>',
    );
    expect(authorPane(doc.getElementById('post')!, doc.getElementById('name')!)).toBeNull();
  });

  it('is none in a post without a date', () => {
    const doc = parse(
      `<div id="post"><div><a id="name" href="/profile/7-ada/">ada</a>${specs(3)}</div><p>Text.</p></div>`,
    );
    expect(authorPane(doc.getElementById('post')!, doc.getElementById('name')!)).toBeNull();
  });
});

describe('authorPanes', () => {
  it('leaves out an "@" mention and keeps the outermost pane of each name', () => {
    const doc = parse(
      '<div id="post"><div id="pane"><a id="photo" href="/profile/7-ada/"><img alt=""></a>' +
        `<h3><a id="name" href="/profile/7-ada/">ada</a></h3>${specs(4)}</div>` +
        '<div><time datetime="2024-03-19">March 19, 2024</time><div><a id="at" href="/profile/8-bo/">@bo</a> yes</div></div></div>',
    );
    const links = ['photo', 'name', 'at'].map((id) => doc.getElementById(id)!);
    expect(authorPanes(doc.getElementById('post')!, links).map((p) => p.id)).toEqual(['pane']);
  });
});
