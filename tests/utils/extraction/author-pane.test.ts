// @vitest-environment jsdom
// A post's member pane where no landmark or class word names it (hashed class names, no `<aside>`): the largest box
// around a profile link that holds no date while the box around it does, and no prose. Fixture page:
// tests/fixtures/pages/forum-hashed-member-pane; a table row that holds the post's text beside the member's cell is no
// pane (besidePane): tests/fixtures/pages/forum-member-row.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { authorPane, authorPanes, besidePane, isCardList } from '@/utils/extraction/author-pane';
import { postParts } from '@/utils/extraction/extract-thread';

const parse = (html: string) => new JSDOM(`<body>${html}</body>`).window.document;
const row = (i: number) => `<li><h5>Part ${i}</h5><div>Model ${i} | spare ${i}</div></li>`;
const specs = (n: number) => `<ul>${Array.from({ length: n }, (_, i) => row(i)).join('')}</ul>`;

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
        '<div><time datetime="2024-03-19">March 19, 2024</time>' +
        '<div><a id="at" href="/profile/8-bo/">@bo</a> yes</div></div></div>',
    );
    const links = ['photo', 'name', 'at'].map((id) => doc.getElementById(id)!);
    expect(authorPanes(doc.getElementById('post')!, links).map((p) => p.id)).toEqual(['pane']);
  });
});

describe('besidePane', () => {
  it("is true for the post's text in the dated column beside the member's pane", () => {
    const doc = parse(
      '<div id="post"><div id="pane"><h3><a href="/profile/7-ada/">ada</a></h3>' +
        `<div>${specs(8)}</div></div><div><time datetime="2024-03-19">March 19, 2024</time>` +
        '<div id="text">A short reply.</div></div></div>',
    );
    expect(besidePane(doc.getElementById('text')!, [doc.getElementById('pane')!])).toBe(true);
  });

  it('is false where the row taken for a pane holds the text and leaves the footer row (the date above)', () => {
    const doc = parse(
      '<table><tbody id="post"><tr><td>March 3, 2024, 09:14 AM #1</td></tr>' +
        '<tr id="pane"><td><a href="/members/ada.html">ada</a><div>Posts: 14</div></td>' +
        '<td>Line one.<br>Line two.</td></tr>' +
        '<tr id="foot"><td>offline</td><td><a href="/reply?p=1">Reply</a></td></tr></tbody></table>',
    );
    const post = doc.getElementById('post')!;
    expect(authorPanes(post, [post.querySelector('a')!]).map((p) => p.id)).toEqual(['pane']);
    expect(besidePane(doc.getElementById('foot')!, [doc.getElementById('pane')!])).toBe(false);
  });

  it("is false for the post's header line beside the pane (it holds the date)", () => {
    const doc = parse(
      '<div id="post"><div id="pane"><a href="/profile/7-ada/">ada</a><div>Posts: 14</div><div>Line.</div></div>' +
        '<div id="head">Posted March 19, 2024 · #4 · Share</div></div>',
    );
    expect(besidePane(doc.getElementById('head')!, [doc.getElementById('pane')!])).toBe(false);
  });
});

describe('isCardList', () => {
  it("is true for a member's menu of label/value rows", () => {
    const doc = parse(`<div id="menu">${specs(7)}</div>`);
    expect(isCardList(doc.getElementById('menu')!)).toBe(true);
  });

  it("is true for a definition list of the member's lines", () => {
    const doc = parse('<dl id="card"><dt>ada</dt><dd>Member</dd><dd>Posts: 311</dd></dl>');
    expect(isCardList(doc.getElementById('card')!)).toBe(true);
  });

  it('is false for lines of text beside the name (no rows)', () => {
    const doc = parse('<div id="lines">Thanks, that did it<br>the screen was full of lint<br>all good now</div>');
    expect(isCardList(doc.getElementById('lines')!)).toBe(false);
  });
});

describe("a post's text where a member's pane stands (postParts, no class word naming the text)", () => {
  const body = (html: string) => {
    const doc = parse(html);
    return postParts(doc.getElementById('post')!, new Set(), () => false).body?.id;
  };

  it("looks past the pane's list of rows to the reply beside it", () => {
    const html =
      '<div id="post"><div><h3><a href="/profile/7-ada/">ada</a></h3><div>Members</div>' +
      `<div id="menu">${specs(9)}</div></div><div><time datetime="2024-03-19">March 19, 2024</time>` +
      '<div id="reply">A short reply beside the card.</div></div></div>';
    expect(body(html)).toBe('reply');
  });

  it('keeps the lines beside the name where they are no list (the date and a vote line in the other column)', () => {
    const html =
      '<div id="post"><div><div><a href="/members/wren">wren</a></div>' +
      '<div id="lines">Yes, mine is on a 6x4 shed.<br>The slimline diverters fit 50mm pipe.<br>' +
      'You cut the pipe only once.</div></div>' +
      '<div><time datetime="2024-03-11">March 11, 2024</time><div id="votes">8 plotholders found this helpful</div>' +
      '</div></div>';
    expect(body(html)).toBe('lines');
  });
});
