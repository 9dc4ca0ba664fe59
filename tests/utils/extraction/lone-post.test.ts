// @vitest-environment jsdom
// A thread of one post on a page labelled a website: Readability's block under the post's own header (a name and a
// date above it) is the post, not a part of a service page's region. Fixture page:
// tests/fixtures/pages/forum-lone-post-hashed (a vBulletin-like thread of one post, hashed class names, a side column
// of headed boxes; without the rule its region is kept, side column and all). The post keeps its own header above the
// block (loneHeads, loneHeader): tests/fixtures/pages/forum-phpbb-lone-post-short-subject (phpBB 3.0 under its own
// style, a subject of two words in a heading: the member's name, not the subject, is the header's).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { loneHeader, loneHeads, lonePost } from '@/utils/extraction/lone-post';

const parse = (html: string) => new JSDOM(`<body><div id="region">${html}</div></body>`).window.document;
const TEXT =
  'My tomato seedlings grew tall and thin on the windowsill within two weeks of sowing them in March.\n' +
  'Would a lamp help, or should I sow them later next year and keep the room cooler at night?';
const para = TEXT.split('\n')
  .map((l) => `<p>${l}</p>`)
  .join('');
const side =
  '<div><h3>Welcome</h3><div>A community of gardeners who share advice on seeds, soil and pests, free to join ' +
  'for everyone who grows anything at all.</div>' +
  '<h3>Statistics</h3><div>Topics 4,120 Posts 61,002 Members 1,833</div></div>';
const header = '<div><span>growerjo</span><span>Mar 28, 2024</span></div>';

describe('lonePost', () => {
  it("is the post's box under its name and date, beside a side column", () => {
    const doc = parse(`<div><div id="post">${header}<div>${para}</div></div></div>${side}`);
    expect(lonePost(doc.getElementById('region')!, TEXT)?.id).toBe('post');
  });

  it('takes a profile link and a <time> for the name and the date', () => {
    const doc = parse(
      `<div><article id="post"><a href="/members/growerjo.12/">Jo Green of the allotments</a>` +
        `<time datetime="2024-03-28">yesterday</time><div>${para}</div></article></div>${side}`,
    );
    expect(lonePost(doc.getElementById('region')!, TEXT)?.id).toBe('post');
  });

  it("takes a date line beside the post's icon (phpBB 3.0 under its own style: an <img> in the date's <span>)", () => {
    const dated =
      '<div><h3><a href="viewtopic.php?f=14&amp;t=212#p904">Seedlings</a></h3>' +
      '<span><img src="icon_post_target.gif" alt="Post"> Sat Mar 14, 2026 6:12 pm</span></div>' +
      '<div><span><span>growerjo</span></span><br><strong>Posts:</strong> 212</div>';
    const doc = parse(`<div><div id="post">${dated}<div>${para}</div></div></div>${side}`);
    expect(lonePost(doc.getElementById('region')!, TEXT)?.id).toBe('post');
  });

  it("keeps the post's header: the name, not the subject in a heading, and the date without the icon", () => {
    const dated =
      '<div><h3><a href="viewtopic.php?f=14&amp;t=212#p904">Seedlings</a></h3>' +
      '<span><img src="icon_post_target.gif" alt="Post"> Sat Mar 14, 2026 6:12 pm</span></div>' +
      '<div><span><span>growerjo</span></span><br><strong>Posts:</strong> 212</div>';
    const doc = parse(`<div><div id="post">${dated}<div>${para}</div></div></div>${side}`);
    const box = lonePost(doc.getElementById('region')!, TEXT)!;
    expect(loneHeads.get(box)).toEqual({ author: 'growerjo', date: 'Sat Mar 14, 2026 6:12 pm' });
    expect(loneHeader(doc, loneHeads.get(box)!).outerHTML).toBe(
      '<header><cite>growerjo</cite> · <time>Sat Mar 14, 2026 6:12 pm</time></header>',
    );
  });

  it("keeps a profile link's name and a <time>'s text for the header", () => {
    const doc = parse(
      `<div><article id="post"><a href="/members/growerjo.12/">Jo Green</a>` +
        `<time datetime="2024-03-28">Mar 28, 2024</time><div>${para}</div></article></div>${side}`,
    );
    const box = lonePost(doc.getElementById('region')!, TEXT)!;
    expect(loneHeads.get(box)).toEqual({ author: 'Jo Green', date: 'Mar 28, 2024' });
  });

  it('prints the date alone where the only name line is a heading (the subject)', () => {
    const dated =
      '<div><h3><a href="viewtopic.php?f=14&amp;t=212#p904">Seedlings</a></h3><span>Mar 28, 2024</span></div>';
    const doc = parse(`<div><div id="post">${dated}<div>${para}</div></div></div>${side}`);
    const box = lonePost(doc.getElementById('region')!, TEXT)!;
    expect(loneHeader(doc, loneHeads.get(box)!).outerHTML).toBe('<header><time>Mar 28, 2024</time></header>');
  });

  it("is none where the line beside an icon is no date (its own text, not its picture's, is read)", () => {
    const icon =
      '<div><span><span>growerjo</span></span>' +
      '<span><img src="icon_post_target.gif" alt="Post 12"> Topic 4</span></div>';
    const doc = parse(`<div><div id="post">${icon}<div>${para}</div></div></div>${side}`);
    expect(lonePost(doc.getElementById('region')!, TEXT)).toBeNull();
  });

  // phpBB 3.0 under a style of its own: the subject twice, the date, and a profile column (the name, a rank, the post
  // count, the member's place) above the text run past the block and 40 words.
  const profile =
    '<div><h3><a href="viewtopic.php?f=14&amp;t=318#p1207">Seedlings grown too tall on a cold windowsill</a></h3>' +
    '<span><img src="icon_post_target.gif" alt="Post"> Fri Oct 9, 2026 8:40 pm</span></div>' +
    '<div><h3><a href="viewtopic.php?f=14&amp;t=318#p1207">' +
    'Seedlings grown too tall on a cold windowsill</a></h3></div>' +
    '<div><span><span>growerjo</span></span><br><span>President of the allotment society committee</span><br>' +
    '<strong>Posts:</strong> 175<br><strong>Location:</strong> The third plot from the gate, beside the old ' +
    'greenhouse with the broken door<br></div>';

  it('takes a profile column of up to 60 words above the text (the box past the block and 40 words)', () => {
    const doc = parse(`<div><div id="post">${profile}<div>${para}</div></div></div>${side}`);
    expect(lonePost(doc.getElementById('region')!, TEXT)?.id).toBe('post');
  });

  it('is none where the box holds more than 40 words beyond the block below its first line', () => {
    const after =
      '<div><p>Related topics: watering seedlings, lamps for the windowsill, sowing dates for tomatoes and peppers, ' +
      'cold frames for beginners, hardening off young plants, the best compost for seeds, pricking out, feeding ' +
      'young plants, and keeping the greenhouse warm in March without a heater, and a guide to ' +
      'the pests of young tomato plants under glass in a wet spring.</p></div>';
    const doc = parse(`<div><div id="post">${header}<div>${para}</div>${after}</div></div>${side}`);
    expect(lonePost(doc.getElementById('region')!, TEXT)).toBeNull();
  });

  it('is none without a date above the text (a service page: a heading and its paragraphs)', () => {
    const doc = parse(`<div><div><h4>Our gardens</h4><div>${para}</div></div></div>${side}`);
    expect(lonePost(doc.getElementById('region')!, TEXT)).toBeNull();
  });

  it('is none for one of a list of dated boxes (a card, a review, a comment)', () => {
    const other =
      '<div><div><span>kim</span><span>Mar 29, 2024</span></div><div><p>Another card of the list.</p></div></div>';
    const doc = parse(`<div><div>${header}<div>${para}</div></div>${other}</div>${side}`);
    expect(lonePost(doc.getElementById('region')!, TEXT)).toBeNull();
  });

  it("is none for one entry of a block of several (a news stream's dated entries)", () => {
    const entry = (name: string, day: number, text: string) =>
      `<div><div><span>${name}</span><span>Mar ${day}, 2024</span></div><div><p>${text}</p></div></div>`;
    const [first, second] = TEXT.split('\n');
    const doc = parse(`<section>${entry('Ann Lee', 28, first)}${entry('Bo Tan', 27, second)}</section>${side}`);
    expect(lonePost(doc.getElementById('region')!, TEXT)).toBeNull();
  });

  it("is the post's box where a long post is most of its region (a line of breadcrumbs beside it)", () => {
    const long = Array.from({ length: 4 }, () => para).join('');
    const crumbs = '<div><a href="./index.php">Board index</a> › <a href="./viewforum.php?f=2">Seedlings</a></div>';
    const doc = parse(`${crumbs}<div><div id="post">${header}<div>${long}</div></div></div>`);
    expect(lonePost(doc.getElementById('region')!, TEXT.repeat(4))?.id).toBe('post');
  });

  it('is none where the region is the post (nothing beside it)', () => {
    const doc = parse(`${header}<div>${para}</div>`);
    expect(lonePost(doc.getElementById('region')!, TEXT)).toBeNull();
  });
});
