// Forum posts whose class names are hashed (CSS modules, a stylesheet's build step): two leans on names found by
// running the forum pages under `bench:extract --perturb classes` (session 67). A member's signature under the post
// known by its shape where no member posts twice (GameFAQs' message boards: `div.signature` under the message, the
// signature of every member who signs printed once), and a member's card whose "Joined:" date is the card's, not the
// post's (phpBB's `dl.postprofile`). Fixture pages: tests/fixtures/pages/forum-hashed-signature-shape and
// tests/fixtures/pages/forum-hashed-phpbb-card.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { loadPage } from '../../helpers/extraction-pages';
import { threadKept as kept } from '../../helpers/forum-thread';
import { signatureSlots } from '@/utils/extraction/signature-slots';
import { authorPane } from '@/utils/extraction/author-pane';
import { clean } from '@/utils/extraction/post-time';

const parse = (html: string) => new JSDOM(`<body>${html}</body>`).window.document;

/** A post's text block: the message (class `m`), then the signature box (class `s`) when `sig` is given. */
const body = (id: string, text: string, sig?: string, sigClass = 's') =>
  `<div id="${id}"><div class="m">${text}</div>${sig ? `<div class="${sigClass}">${sig}</div>` : ''}</div>`;

/** The signature test of signatureSlots over every block of `html`, nothing repeated; asked of `id`'s last box. */
const sigOf = (html: string, id: string) => {
  const doc = parse(html);
  const bodies = Array.from(doc.body.children);
  const test = signatureSlots(bodies, () => false);
  const b = doc.getElementById(id)!;
  return test(b.lastElementChild!, b, clean(b.textContent));
};

describe('a signature known by its shape (signatureSlots, no signature repeated)', () => {
  const THREAD =
    body('a', 'The lighthouse level crashes after the second bell, every time.', 'Building: a birdhouse') +
    body('b', 'Turn the shadows down to low; it got me through.', 'Favourite soup: leek') +
    body('c', 'That did it for me as well, thanks for the tip.') +
    body('d', 'The patch notes mention the lighthouse by name.', 'Friend code on request');

  it("drops the box that ends three posts' text after the message, each once", () => {
    expect(sigOf(THREAD, 'a')).toBe(true);
    expect(sigOf(THREAD, 'd')).toBe(true);
  });

  it('keeps it where fewer than three posts end in it', () => {
    const two =
      body('a', 'The lighthouse level crashes.', 'Building: a birdhouse') + body('b', 'Mine too.', 'Soup: leek');
    expect(sigOf(two, 'a')).toBe(false);
  });

  it("keeps a reply's box that holds the whole of another post's text (a quote's box before it elsewhere)", () => {
    const html =
      `<div id="a"><div class="q">Quoted: the level crashes</div><div class="r">Same here, handheld.</div></div>` +
      `<div id="b"><div class="q">Quoted: same here</div><div class="r">And on the big screen too.</div></div>` +
      `<div id="c"><div class="q">Quoted: on the big screen</div><div class="r">Patch next week.</div></div>` +
      `<div id="d"><div class="r">A reply that quotes nobody at all, its own box the whole of its text.</div></div>`;
    expect(sigOf(html, 'a')).toBe(false);
  });

  it('keeps boxes that hold half of the text of the posts they end (a short message above a long closing part)', () => {
    const long = 'The second half of the reply, longer than its first line, goes on about the fog and the bell.';
    const html =
      body('a', 'First line.', long) + body('b', 'One more.', long + ' b') + body('c', 'Three.', long + ' c');
    expect(sigOf(html, 'a')).toBe(false);
  });

  it('keeps a closing box that holds a quote or code', () => {
    const code = (t: string) => `<pre>${t}</pre>`;
    const html =
      body('a', 'Try this:', code('shadows = low')) +
      body('b', 'Or this:', code('fog = off')) +
      body('c', 'Or both:', code('bell = 2'));
    expect(sigOf(html, 'a')).toBe(false);
  });

  it('keeps the signatures out of the thread of the fixture page, hashed, and every message in', () => {
    const { heads, text } = kept(loadPage('forum-hashed-signature-shape'));
    expect(heads.length).toBe(5);
    expect(text).toContain('only on the handheld');
    expect(text).toContain('start again from the harbour');
    for (const sig of ['birdhouse that nobody asked for', 'Favourite soup', 'rare lamps', 'always greener'])
      expect(text).not.toContain(sig);
  });
});

describe("a member's card whose join date is labelled (authorPane, phpBB's card hashed)", () => {
  const POST =
    '<div id="post"><dl id="card"><dt><a id="name" href="./memberlist.php?mode=viewprofile&amp;u=7">ada</a></dt>' +
    '<dd>Moderator</dd><dd><strong>Posts:</strong> 4871</dd><dd><strong>Joined:</strong> 21. Nov 2011, 17:45</dd>' +
    '<dd><strong>Location:</strong> Lincolnshire</dd></dl><div><h3>Re: Kettle</h3>' +
    '<p>by ada » <time datetime="2024-05-04T09:02:00+00:00">4. May 2024, 11:02</time></p>' +
    '<div>Rinse once more and boil plain water.</div></div></div>';

  it('is the whole card, past its "Joined:" line', () => {
    const doc = parse(POST);
    expect(authorPane(doc.getElementById('post')!, doc.getElementById('name')!)?.id).toBe('card');
  });

  it('stops at a date that is not labelled a member\u2019s (the post\u2019s own date beside the name)', () => {
    const doc = parse(POST.replace('<strong>Joined:</strong> 21. Nov 2011, 17:45', '21. Nov 2011, 17:45'));
    expect(authorPane(doc.getElementById('post')!, doc.getElementById('name')!)?.tagName).toBe('DT');
  });

  it('keeps the short reply beside the long card, without the card, in the fixture page', () => {
    const { heads, text } = kept(loadPage('forum-hashed-phpbb-card'));
    expect(heads).toContain('Marlow Teasdale · 4. May 2024, 11:02');
    expect(text).toContain('boil a full kettle of plain water');
    for (const card of ['Lincolnshire', 'Very hard', 'Joined', '4871']) expect(text).not.toContain(card);
  });
});
